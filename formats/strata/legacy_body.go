package strata

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"sync"

	"github.com/klauspost/compress/zstd"
	"github.com/vmihailenco/msgpack/v5"

	"github.com/pgstrata/pgstrata/snapshot"
)

// maxWindow is the largest zstd window a reader accepts: the one the writer
// uses. A frame may ask the decoder for a window buffer of up to 3.75 TB, so
// this is what keeps a forged frame header from costing memory. (A frame
// small enough to be a single segment has a window of its own size, at most
// windowSize too.)
const maxWindow = windowSize

// scan reads the body once as it is decompressed, never holding it whole:
// it checks its length and digest and vets it (checkShape) against budget
// on the way. bodyErr is what is wrong with the body as bytes (it does not
// decompress to the declared length, or its digest is wrong), which
// ReadOptions.AllowDigestMismatch lets through; shapeErr, when the bytes are
// right, is what is wrong with them as a catalog. A body padded to its
// declared limit (a forger's ignored string of a gigabyte compresses to a
// few kilobytes) costs the time to read it, not its length in memory.
func (d *reader) scan(compressed []byte, h Header, budget int64) (bodyErr, shapeErr error) {
	body, release, err := d.openBody(compressed, h)
	if err != nil {
		return err, nil
	}
	defer release()
	src := streamSource(body, h.BodyLength)
	end, _, shapeErr := checkShape(src, catalogShape(), budget)
	if shapeErr == nil && end != h.BodyLength {
		shapeErr = errors.New("unexpected data after the encoded value")
	}
	if bodyErr := d.checkBody(body, h, src.err); bodyErr != nil {
		return bodyErr, nil
	}
	return nil, shapeErr
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// headerBudget bounds what decoding a header (at most MaxHeaderLength
// bytes) may allocate.
const headerBudget = 64 << 20

// unmarshal decodes data into v only after vet has vetted it.
func unmarshal(data []byte, v any, s *shape, budget int64) error {
	if err := vet(data, s, budget); err != nil {
		return err
	}
	return msgpack.Unmarshal(data, v)
}

// vet checks that data is one value that msgpack can decode into shape s
// within the allocation budget, and nothing after it: checkShape vets every
// length in it against the data and the budget, as msgpack v5.4.1
// allocates a slice of the declared length before decoding its elements
// (its allocation limit is never applied), so a five-byte array header could
// otherwise demand terabytes.
func vet(data []byte, s *shape, budget int64) error {
	end, _, err := checkShape(bytesSource(data), s, budget)
	if err != nil {
		return err
	}
	if end != int64(len(data)) {
		return errors.New("unexpected data after the encoded value")
	}
	return nil
}

// bodyReaders keeps zstd decoders between bodies. A new decoder allocates
// (and clears) its 8 MiB window on first use: for a small snapshot that
// costs more than the decompression itself, and `log` reads hundreds.
var bodyReaders sync.Pool

// newBodyReader streams the decompression of a body: scan and
// decodeCatalog each read it once. releaseBodyReader gives it back.
func newBodyReader(compressed []byte) (*zstd.Decoder, error) {
	if zr, ok := bodyReaders.Get().(*zstd.Decoder); ok {
		if err := zr.Reset(bytes.NewReader(compressed)); err == nil {
			return zr, nil
		}
		zr.Close()
	}
	return zstd.NewReader(bytes.NewReader(compressed), decoderOptions(
		// Caps the window of a single-segment frame, which is its content
		// size, in streaming mode.
		zstd.WithDecoderMaxMemory(maxWindow),
		// Stream even an input this small: never the whole body at once.
		zstd.WithDecodeBuffersBelow(0),
	)...)
}

// decoderOptions are those of every body decoder, then more.
func decoderOptions(more ...zstd.DOption) []zstd.DOption {
	return append([]zstd.DOption{
		zstd.WithDecoderConcurrency(1),
		// A frame may ask for a window buffer of up to 3.75 TB: refuse
		// any larger than the writer's.
		zstd.WithDecoderMaxWindow(maxWindow),
		// Frames from version 4 on name the dictionary they were written
		// with; older frames name none and decode as before.
		zstd.WithDecoderDictRaw(dictionaryID, dictionary1),
	}, more...)
}

// releaseBodyReader keeps zr for the next body, letting go of this one.
func releaseBodyReader(zr *zstd.Decoder) {
	if err := zr.Reset(nil); err != nil {
		zr.Close()
		return
	}
	bodyReaders.Put(zr)
}

// decodeCatalog decodes the catalog from a second, streaming decompression
// of a body that scan passed: the same bytes, as decompression is a
// function of its input, and compressed is not changed in between. Neither
// pass holds the whole body: a file being decoded holds the zstd window
// (8 MiB) next to its growing catalog rather than the whole body (18 MB at
// 10,000 tables); a diff decodes two files at once.
func legacyDecodeCatalog(compressed []byte) (*snapshot.Catalog, error) {
	registerLegacyCodecs()
	zr, err := newBodyReader(compressed)
	if err != nil {
		return nil, err
	}
	defer releaseBodyReader(zr)
	dec := msgpack.NewDecoder(bufio.NewReaderSize(zr, 64<<10))
	dec.UsePreallocateValues(true) // as msgpack.Unmarshal does
	c := new(snapshot.Catalog)
	if err := dec.Decode(c); err != nil {
		return nil, err
	}
	return c, nil
}

// registerLegacyCodecs registers, once and only when a file of format
// version 1 or 2 is read (or written by a test), the msgpack codecs that
// decode their bodies without msgpack's slower reflection. The
// registrations are process-wide: a program that imports this package and
// never reads an old file keeps msgpack's behaviour to itself.
var registerLegacyCodecs = sync.OnceFunc(func() {
	registerLegacyStructCodecs()
	registerLegacyIdentityCodecs()
	registerLegacySliceDecoders()
})
