package strata

import (
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

// readBody returns the uncompressed body of a version 3 file and what is
// wrong with it as bytes (bodyErr: it does not decompress to the declared
// length, or its digest is wrong), which ReadOptions.AllowDigestMismatch
// lets through. The buffer grows as bytes arrive, so a small file that
// declares a long body costs what it really holds.
func (d *reader) readBody(stored []byte, h Header) (body []byte, bodyErr error) {
	if h.Compression == CompressionNone {
		body = stored // checkHeader made sure its length is BodyLength
	} else {
		var err error
		if body, err = decompress(stored, h.BodyLength); err != nil {
			switch {
			case errors.Is(err, zstd.ErrWindowSizeExceeded) || errors.Is(err, zstd.ErrDecoderSizeExceeded):
				return nil, d.fail(ErrTooLarge, err, "too large: the body's zstd frame asks for a window over %d bytes", maxWindow)
			default:
				return nil, d.fail(ErrCorrupt, err, "corrupt: the body does not decompress: %v", err)
			}
		}
	}
	switch n := int64(len(body)); {
	case n > h.BodyLength:
		return nil, d.fail(ErrCorrupt, nil, "corrupt: the body decompresses to more than the %d bytes the header declares", h.BodyLength)
	case n < h.BodyLength:
		return nil, d.fail(ErrCorrupt, nil, "corrupt: the body decompresses to %d bytes, the header declares %d", n, h.BodyLength)
	}
	if got := bodyDigest(body); got != h.BodyDigest {
		return nil, d.fail(ErrCorrupt, nil, "digest mismatch: the body is corrupt (expected %s, got %s)", h.BodyDigest, got)
	}
	return body, nil
}

// decompress inflates a zstd frame, reading at most declared+1 bytes (one
// more tells "longer than declared").
func decompress(stored []byte, declared int64) ([]byte, error) {
	zr, err := newBodyReader(stored)
	if err != nil {
		return nil, err
	}
	defer releaseBodyReader(zr)
	limit := declared + 1
	// Start near the size the body will have: catalogs compress 20–60
	// times; grow by doubling past that, never beyond the limit.
	buf := make([]byte, 0, min(limit, max(int64(len(stored))*64, 1<<20)))
	for {
		if int64(len(buf)) == limit {
			return buf, nil
		}
		if len(buf) == cap(buf) {
			grown := make([]byte, len(buf), min(limit, int64(cap(buf))*2))
			copy(grown, buf)
			buf = grown
		}
		n, err := zr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// decodeBody decodes a version 3 body that readBody passed, allocating at
// most budget bytes (counted before each allocation). Strings share body's
// bytes, which the catalog then keeps alive.
func decodeBody(body []byte, budget int64) (*snapshot.Catalog, error) {
	d := &decoder{b: body, budget: budget}
	c := new(snapshot.Catalog)
	decodeCatalog(d, c)
	if d.err == nil && d.off != len(body) {
		d.fail("%d bytes of unexpected data after the catalog", len(body)-d.off)
	}
	if d.err != nil {
		return nil, d.err
	}
	return c, nil
}
