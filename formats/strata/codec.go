package strata

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"math"
	"sync"

	"github.com/klauspost/compress/zstd"

	"github.com/pgstrata/pgstrata/snapshot"
)

//go:generate go run ./internal/codecgen/cmd/codecgen

// encodeBody writes c as a version 3 body (codec_gen.go, from layout.txt).
// Edges held by number (a decoded catalog's) are written out as identities.
func encodeBody(c *snapshot.Catalog) []byte {
	if c.DependencyCount() != len(c.Dependencies) {
		listed := *c
		listed.Dependencies = c.DependencyList()
		c = &listed
	}
	e := &encoder{buf: make([]byte, 0, bodySizeHint(c))}
	encodeCatalog(e, c)
	return e.buf
}

// bodySizeHint guesses how long c's row-wise body is, so that the
// encoder's buffer is allocated once instead of doubled from a small
// start: at 10,000 tables a dozen doublings allocated twice the body and
// copied it once more, garbage that a snapshot's collector then ran for
// while encoding. It counts the objects of the big lists at objectBytes
// each and the dependency edges (when the body holds them) at edgeBytes,
// plus the long texts of views and functions. The bench catalogs and the
// example fixture take 68-93 bytes an object and 100-102 an edge, so the
// guess is generous (1.8-1.9 times their bodies without edges): pages of
// it never written cost address space only, and a tighter guess (80 bytes
// an object) peaked no lower: 151-160 MB against 149-151 MB for a
// 10,000-table snapshot, six alternating runs. A guess too small is grown
// from as before.
func bodySizeHint(c *snapshot.Catalog) int {
	const objectBytes, edgeBytes = 128, 112
	n := len(c.Indexes) + len(c.Constraints) + len(c.Sequences) + len(c.Triggers) + len(c.Policies)
	for _, t := range c.Tables {
		n += 1 + len(t.Columns)
	}
	text := 0
	for _, v := range c.Views {
		n += 1 + len(v.Columns)
		text += len(v.Definition)
	}
	for _, f := range c.Functions {
		n++
		text += len(f.Definition)
	}
	return max(64<<10, n*objectBytes+c.DependencyCount()*edgeBytes+text)
}

func bodyDigest(body []byte) string {
	sum := sha256.Sum256(body)
	return digestString(sum[:])
}

// digestString is how Header.BodyDigest writes a SHA-256 sum.
func digestString(sum []byte) string {
	return "sha256:" + hex.EncodeToString(sum)
}

// bodyStream is a body as it is decompressed, counted and through the
// digest; one byte past the declared length is let through, enough to
// tell "longer".
type bodyStream struct {
	io.Reader // counted, teed into hash
	counted   *countingReader
	hash      hash.Hash
}

// openBody starts decompressing a body (or reading an uncompressed one);
// release gives the decompressor back.
func (d *reader) openBody(stored []byte, h Header) (body *bodyStream, release func(), err error) {
	var src io.Reader = bytes.NewReader(stored)
	release = func() {}
	if h.Compression != CompressionNone {
		zr, err := newBodyReader(stored)
		if err != nil {
			return nil, nil, d.fail(ErrCorrupt, err, "corrupt: zstd: %v", err)
		}
		src, release = zr, func() { releaseBodyReader(zr) }
	}
	counted := &countingReader{r: io.LimitReader(src, h.BodyLength+1)}
	hash := sha256.New()
	return &bodyStream{Reader: io.TeeReader(counted, hash), counted: counted, hash: hash}, release, nil
}

// checkBody reads what is left of body (when its reader stopped early,
// the rest still counts) and says what is wrong with it as bytes: it does
// not decompress (readErr, or an error now), not to the declared length,
// or its digest is wrong. Such an error takes precedence over what is
// wrong with the bytes as a catalog: a damaged body is reported as
// damaged, and ReadOptions.AllowDigestMismatch lets it through.
func (d *reader) checkBody(body *bodyStream, h Header, readErr error) error {
	if readErr == nil {
		_, readErr = io.Copy(io.Discard, body)
	}
	switch n := body.counted.n; {
	case errors.Is(readErr, zstd.ErrWindowSizeExceeded) || errors.Is(readErr, zstd.ErrDecoderSizeExceeded):
		return d.fail(ErrTooLarge, readErr, "too large: the body's zstd frame asks for a window over %d bytes", maxWindow)
	case readErr != nil:
		return d.fail(ErrCorrupt, readErr, "corrupt: the body does not decompress: %v", readErr)
	case n > h.BodyLength:
		return d.fail(ErrCorrupt, nil, "corrupt: the body decompresses to more than the %d bytes the header declares", h.BodyLength)
	case n < h.BodyLength:
		return d.fail(ErrCorrupt, nil, "corrupt: the body decompresses to %d bytes, the header declares %d", n, h.BodyLength)
	}
	if got := digestString(body.hash.Sum(nil)); got != h.BodyDigest {
		return d.fail(ErrCorrupt, nil, "digest mismatch: the body is corrupt (expected %s, got %s)", h.BodyDigest, got)
	}
	return nil
}

// readCurrent decodes a version 3 body as it is decompressed, then checks
// the body as bytes (checkBody). bodyErr is what is wrong with the bytes;
// decodeErr, when they are right, what is wrong with them as a catalog.
func (d *reader) readCurrent(stored []byte, h Header, budget int64) (c *snapshot.Catalog, bodyErr, decodeErr error) {
	body, release, err := d.openBody(stored, h)
	if err != nil {
		return nil, err, nil
	}
	defer release()
	c, decodeErr, readErr := decodeFrom(body, h.BodyLength, budget)
	if bodyErr := d.checkBody(body, h, readErr); bodyErr != nil {
		return nil, bodyErr, nil
	}
	return c, nil, decodeErr
}

// readColumns reads a version 4 or 5 zstd body: decompressed whole (the
// stored shape and stream lengths come before the streams, at most
// maxColumnsPrefix bytes), decoded and checked. Both the decompressed
// body and a row-wise one count against budget before they are
// allocated. A version 5 or 6 body is decoded straight from its streams
// (readByNumber); a version 4 one is rebuilt row-wise (fromColumns), its
// digest checked, then decoded in place: the catalog's strings point into
// the rebuilt body rather than being copied.
func (d *reader) readColumns(stored []byte, h Header, budget int64) (c *snapshot.Catalog, bodyErr, decodeErr error) {
	limit := maxPayload(h.BodyLength)
	if h.BodyLength+limit > budget {
		return nil, nil, fmt.Errorf("a body of %d bytes: %w", h.BodyLength, errDecodeBudget)
	}
	budget -= h.BodyLength + limit
	if edgesByNumber(h) {
		return d.readByNumber(stored, h, budget, limit)
	}
	payload, release, readErr := decompressWhole(stored, int(limit))
	// Everything kept is copied out of payload: the body is rebuilt into a
	// buffer of its own.
	defer release()
	if readErr != nil {
		return nil, d.decompressionError(h, readErr), nil
	}
	if int64(len(payload)) > h.BodyLength+maxColumnsPrefix {
		return nil, d.fail(ErrCorrupt, nil, "corrupt: the body decompresses to more than the %d bytes the header declares", h.BodyLength), nil
	}
	body, err := fromColumns(payload, h.BodyLength)
	if err != nil {
		return nil, d.fail(ErrCorrupt, err, "corrupt: %v", err), nil
	}
	if got := bodyDigest(body); got != h.BodyDigest {
		return nil, d.fail(ErrCorrupt, nil, "digest mismatch: the body is corrupt (expected %s, got %s)", h.BodyDigest, got), nil
	}
	c, _, err = decodeInPlace(body, budget)
	return c, nil, err
}

// decompressionError is what a version 4 or 5 body that does not
// decompress (readErr) is reported as.
func (d *reader) decompressionError(h Header, readErr error) error {
	switch {
	case errors.Is(readErr, zstd.ErrWindowSizeExceeded):
		return d.fail(ErrTooLarge, readErr, "too large: the body's zstd frame asks for a window over %d bytes", maxWindow)
	case errors.Is(readErr, zstd.ErrDecoderSizeExceeded):
		return d.fail(ErrCorrupt, nil, "corrupt: the body decompresses to more than the %d bytes the header declares", h.BodyLength)
	case errors.Is(readErr, zstd.ErrCRCMismatch):
		return d.fail(ErrCorrupt, nil, "checksum mismatch: the body is corrupt (its zstd frame's content checksum does not match)")
	}
	return d.fail(ErrCorrupt, readErr, "corrupt: the body does not decompress: %v", readErr)
}

// wholeDecoders decompress a version 4 or 5 body in one call
// (decompressWhole).
var wholeDecoders sync.Pool

// decompressWhole decompresses a body of at most limit bytes into a buffer
// allocated once at that size (scratch memory: call release once the
// result is no longer used): zstd then writes straight into it and uses it
// as its window, where a stream would fill an 8 MiB window of its own and
// copy every byte out of it (a tenth of reading a large file). The limit
// is enforced by the buffer's capacity, not by what the frame header
// claims, so a frame that lies about its size cannot make it grow. A body
// over the limit is zstd.ErrDecoderSizeExceeded.
func decompressWhole(compressed []byte, limit int) (out []byte, release func(), err error) {
	buf, release := scratch(limit)
	out, err = decompressInto(compressed, buf[:0])
	return out, release, err
}

// decompressInto decompresses a whole frame into buf, whose capacity is
// the limit (see decompressWhole).
func decompressInto(compressed, buf []byte) (out []byte, err error) {
	zr, ok := wholeDecoders.Get().(*zstd.Decoder)
	if !ok {
		zr, err = zstd.NewReader(nil, decoderOptions(
			// The buffer's capacity is the limit (below); this only keeps
			// the library's own default cap out of the way.
			zstd.WithDecoderMaxMemory(math.MaxInt64),
			zstd.WithDecodeAllCapLimit(true),
		)...)
		if err != nil {
			// Only reachable if the constant options are invalid.
			panic("strata: zstd decoder options: " + err.Error())
		}
	}
	defer wholeDecoders.Put(zr)
	return zr.DecodeAll(compressed, buf)
}

// splitPayload splits a version 5 payload into its column-wise body and
// its edges.
func splitPayload(payload []byte) (columns, edges []byte, err error) {
	n, size := binary.Uvarint(payload)
	if size <= 0 || n > uint64(len(payload)-size) {
		return nil, nil, fmt.Errorf("%w: the length of the catalog without edges is damaged", errColumns)
	}
	return payload[size : size+int(n)], payload[size+int(n):], nil
}

// decodeInPlace decodes a version 3 body that the catalog may keep, and
// returns what is left of budget.
func decodeInPlace(body []byte, budget int64) (*snapshot.Catalog, int64, error) {
	dec := &decoder{buf: body, end: len(body), total: int64(len(body)), budget: budget, inPlace: true}
	c := new(snapshot.Catalog)
	decodeCatalog(dec, c)
	if dec.err == nil && dec.consumed != dec.total {
		dec.fail("%d bytes of unexpected data after the catalog", dec.total-dec.consumed)
	}
	if dec.err != nil {
		return nil, 0, dec.err
	}
	return c, dec.budget, nil
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
