package strata

import (
	"bufio"
	"bytes"
	"errors"

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

// decompress inflates the body and checks it has exactly the declared length.
// It decodes straight into one buffer, which zstd also uses as its window:
// no other buffer, and no copy. The output is capped at that buffer's
// capacity, at most the declared length plus one byte (to tell "longer"), so
// a zstd bomb costs at most BodyLength (already checked against the limit)
// before it is refused.
func (d *reader) decompress(compressed []byte, h Header) ([]byte, error) {
	dec, err := zstd.NewReader(nil,
		zstd.WithDecoderConcurrency(1),
		// A frame may ask for a window buffer of up to 3.75 TB: refuse
		// any larger than the writer's.
		zstd.WithDecoderMaxWindow(maxWindow),
		// Stop where dst's capacity ends, whatever the frames declare.
		zstd.WithDecodeAllCapLimit(true),
		// The decoder lowers its window limit to this when smaller, so
		// never below maxWindow; the cap above is the real bound.
		zstd.WithDecoderMaxMemory(uint64(max(h.BodyLength+1, maxWindow))),
	)
	if err != nil {
		return nil, d.fail(ErrCorrupt, err, "corrupt: zstd: %v", err)
	}
	defer dec.Close()
	// The buffer starts with room for what an honest body of this compressed
	// size decompresses to (catalogs compress about 10:1), but never with
	// more than a bomb's compressed size can justify; a body that compresses
	// better than that is decoded again into a bigger one.
	//
	// A buffer that is too small does not always show as
	// ErrDecoderSizeExceeded: when less room is left than a block, zstd
	// reports the block as too big for it ("output bigger than max block
	// size"). So any failure short of the full declared size is tried
	// again with more room, and only the full size's error is the body's.
	// (A body of 1,000 identical tenant schemas compresses about 60:1.)
	size := min(h.BodyLength+1, 32*int64(len(compressed))+1<<20)
	body, err := dec.DecodeAll(compressed, make([]byte, 0, size))
	for err != nil && !errors.Is(err, zstd.ErrWindowSizeExceeded) && size <= h.BodyLength {
		size = min(h.BodyLength+1, 4*size)
		body, err = dec.DecodeAll(compressed, make([]byte, 0, size))
	}
	switch {
	case errors.Is(err, zstd.ErrWindowSizeExceeded):
		return nil, d.fail(ErrTooLarge, err, "too large: the body's zstd frame asks for a window over %d bytes", maxWindow)
	case errors.Is(err, zstd.ErrDecoderSizeExceeded) || err == nil && int64(len(body)) > h.BodyLength:
		return nil, d.fail(ErrCorrupt, nil, "corrupt: the body decompresses to more than the %d bytes the header declares", h.BodyLength)
	case err != nil:
		return nil, d.fail(ErrCorrupt, err, "corrupt: the body does not decompress: %v", err)
	case int64(len(body)) < h.BodyLength:
		return nil, d.fail(ErrCorrupt, nil, "corrupt: the body decompresses to %d bytes, the header declares %d", len(body), h.BodyLength)
	}
	return body, nil
}

// maxDecodedSize bounds the memory msgpack may allocate for slices while
// decoding n bytes. Catalogs need a few times their encoded size in slices
// (1.3× for the sample, 2× for the synthetic 10k tables, 8× for thousands of
// one-letter enum labels, 15× for columns named "a" of type "int": see
// TestBudgetHeadroom), while a forged body of empty elements would need up to
// 416× (an Aggregate per byte), which is what this refuses. The floor keeps
// small bodies out of the question.
func maxDecodedSize(n int) int64 {
	return 32*int64(n) + 64<<20
}

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
	end, _, err := checkShape(data, s, budget)
	if err != nil {
		return err
	}
	if end != len(data) {
		return errors.New("unexpected data after the encoded value")
	}
	return nil
}

// decodeCatalog decodes the catalog from a second, streaming decompression
// of a body that decompress gave and vet passed: the same bytes, as
// decompression is a function of its input, and compressed is not changed
// in between. Decoding from the stream rather than from the decompressed
// body lets the caller drop the body first, so that a file being decoded
// holds the zstd window (8 MiB) next to its growing catalog rather than the
// whole body (18 MB at 10,000 tables); a diff decodes two files at once.
func decodeCatalog(compressed []byte) (*snapshot.Catalog, error) {
	zr, err := zstd.NewReader(bytes.NewReader(compressed),
		zstd.WithDecoderConcurrency(1),
		zstd.WithDecoderMaxWindow(maxWindow),
		// Caps the window of a single-segment frame, which is its content
		// size, in streaming mode.
		zstd.WithDecoderMaxMemory(maxWindow),
		// Stream even an input this small: never the whole body at once.
		zstd.WithDecodeBuffersBelow(0),
	)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	dec := msgpack.NewDecoder(bufio.NewReaderSize(zr, 64<<10))
	dec.UsePreallocateValues(true) // as msgpack.Unmarshal does
	c := new(snapshot.Catalog)
	if err := dec.Decode(c); err != nil {
		return nil, err
	}
	return c, nil
}
