package strata

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"

	"github.com/klauspost/compress/zstd"

	"github.com/pgstrata/pgstrata/snapshot"
)

//go:generate go run ./internal/codecgen/cmd/codecgen

// encodeBody writes c as a version 3 body (codec_gen.go, from layout.txt).
func encodeBody(c *snapshot.Catalog) []byte {
	e := &encoder{buf: make([]byte, 0, 64<<10)}
	encodeCatalog(e, c)
	return e.buf
}

func bodyDigest(body []byte) string {
	sum := sha256.Sum256(body)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// readCurrent decodes a version 3 body as it is decompressed, through
// the digest, and then checks the body's length and digest. bodyErr is what
// is wrong with the body as bytes (it does not decompress, or not to the
// declared length, or its digest is wrong), which takes precedence and
// which ReadOptions.AllowDigestMismatch lets through; decodeErr, when the
// bytes are right, is what is wrong with them as a catalog.
func (d *reader) readCurrent(stored []byte, h Header, budget int64) (c *snapshot.Catalog, bodyErr, decodeErr error) {
	var src io.Reader = bytes.NewReader(stored)
	if h.Compression != CompressionNone {
		zr, err := newBodyReader(stored)
		if err != nil {
			return nil, d.fail(ErrCorrupt, err, "corrupt: zstd: %v", err), nil
		}
		defer releaseBodyReader(zr)
		src = zr
	}
	// One byte past the declared length is enough to tell "longer".
	counted := &countingReader{r: io.LimitReader(src, h.BodyLength+1)}
	hash := sha256.New()
	body := io.TeeReader(counted, hash)
	c, decodeErr, readErr := decodeFrom(body, h.BodyLength, budget)
	// The rest, if decoding stopped early, still counts towards the
	// length and digest, which take precedence: a damaged body is
	// reported as damaged, not as a malformed catalog.
	if readErr == nil {
		_, readErr = io.Copy(io.Discard, body)
	}
	switch {
	case errors.Is(readErr, zstd.ErrWindowSizeExceeded) || errors.Is(readErr, zstd.ErrDecoderSizeExceeded):
		return nil, d.fail(ErrTooLarge, readErr, "too large: the body's zstd frame asks for a window over %d bytes", maxWindow), nil
	case readErr != nil:
		return nil, d.fail(ErrCorrupt, readErr, "corrupt: the body does not decompress: %v", readErr), nil
	case counted.n > h.BodyLength:
		return nil, d.fail(ErrCorrupt, nil, "corrupt: the body decompresses to more than the %d bytes the header declares", h.BodyLength), nil
	case counted.n < h.BodyLength:
		return nil, d.fail(ErrCorrupt, nil, "corrupt: the body decompresses to %d bytes, the header declares %d", counted.n, h.BodyLength), nil
	}
	if got := "sha256:" + hex.EncodeToString(hash.Sum(nil)); got != h.BodyDigest {
		return nil, d.fail(ErrCorrupt, nil, "digest mismatch: the body is corrupt (expected %s, got %s)", h.BodyDigest, got), nil
	}
	if decodeErr != nil {
		return nil, nil, decodeErr
	}
	return c, nil, nil
}

// decodeFrom decodes a version 3 body of total bytes (as declared) read
// from r, allocating at most budget bytes (counted before each
// allocation). readErr is a failure to read r, which says nothing of the
// body's form.
func decodeFrom(r io.Reader, total, budget int64) (c *snapshot.Catalog, decodeErr, readErr error) {
	d := newDecoder(r, total, budget)
	c = new(snapshot.Catalog)
	decodeCatalog(d, c)
	if d.err == nil && d.consumed != total {
		d.fail("%d bytes of unexpected data after the catalog", total-d.consumed)
	}
	switch {
	case d.readErr != nil:
		return nil, nil, d.readErr
	case d.err != nil:
		return nil, d.err, nil
	}
	return c, nil, nil
}

// decodeBody decodes a version 3 body held in memory.
func decodeBody(body []byte, budget int64) (*snapshot.Catalog, error) {
	c, err, _ := decodeFrom(bytes.NewReader(body), int64(len(body)), budget)
	return c, err
}
