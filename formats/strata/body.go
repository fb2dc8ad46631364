package strata

import (
	"bytes"
	"errors"
	"io"

	"github.com/klauspost/compress/zstd"
	"github.com/vmihailenco/msgpack/v5"
)

// maxWindow is the largest zstd window a reader accepts: the one the writer
// uses. A frame may ask the decoder for a window buffer of up to 3.75 TB, so
// this is what keeps a forged frame header from costing memory. (A frame
// small enough to be a single segment has a window of its own size, at most
// windowSize too.)
const maxWindow = windowSize

// decompress inflates the body and checks it has exactly the declared length.
// It streams, so memory follows the bytes actually produced, and it stops
// reading one byte past the declared length: a zstd bomb costs at most
// BodyLength (already checked against the limit) before it is refused.
func (d *reader) decompress(compressed []byte, h Header) ([]byte, error) {
	dec, err := zstd.NewReader(nil,
		// One goroutine: no decoding ahead of what we consume.
		zstd.WithDecoderConcurrency(1),
		zstd.WithDecoderMaxWindow(maxWindow),
		// In streaming mode this caps the window of a single-segment frame,
		// which is its declared content size: without it a forged frame
		// could ask for a 1 GiB window however short the body.
		zstd.WithDecoderMaxMemory(maxWindow),
		// Never decode a whole in-memory input at once, which would skip
		// our length check until the end.
		zstd.WithDecodeBuffersBelow(0),
	)
	if err != nil {
		return nil, d.fail(ErrCorrupt, err, "corrupt: zstd: %v", err)
	}
	defer dec.Close()
	if err := dec.Reset(bytes.NewReader(compressed)); err != nil {
		return nil, d.fail(ErrCorrupt, err, "corrupt: the body does not decompress: %v", err)
	}
	// Start with room for what an honest body of this compressed size
	// decompresses to (catalogs compress about 10:1), so the buffer is not
	// regrown and copied a dozen times, but never with more than a bomb's
	// compressed size can justify.
	body, err := readAtMost(dec, h.BodyLength, min(h.BodyLength+1, 32*int64(len(compressed))+1<<20))
	switch {
	case errors.Is(err, zstd.ErrDecoderSizeExceeded) || errors.Is(err, zstd.ErrWindowSizeExceeded):
		return nil, d.fail(ErrTooLarge, err, "too large: the body's zstd frame asks for a window over %d bytes", maxWindow)
	case err != nil:
		return nil, d.fail(ErrCorrupt, err, "corrupt: the body does not decompress: %v", err)
	case int64(len(body)) > h.BodyLength:
		return nil, d.fail(ErrCorrupt, nil, "corrupt: the body decompresses to more than the %d bytes the header declares", h.BodyLength)
	case int64(len(body)) < h.BodyLength:
		return nil, d.fail(ErrCorrupt, nil, "corrupt: the body decompresses to %d bytes, the header declares %d", len(body), h.BodyLength)
	}
	return body, nil
}

// readAtMost reads r to its end but no further than n+1 bytes, so that the
// caller can tell "more than n" without reading it all; the buffer starts
// with room for initial bytes. The buffer grows as
// data arrives, never past n+1.
func readAtMost(r io.Reader, n, initial int64) ([]byte, error) {
	limit := n + 1
	buf := make([]byte, 0, min(limit, max(initial, 1)))
	idle := 0
	for int64(len(buf)) < limit {
		if len(buf) == cap(buf) {
			grown := make([]byte, len(buf), min(int64(cap(buf))*2, limit))
			copy(grown, buf)
			buf = grown
		}
		m, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		// A reader that keeps returning nothing would spin here forever.
		if m > 0 {
			idle = 0
		} else if idle++; idle > 100 {
			return nil, io.ErrNoProgress
		}
	}
	return buf, nil
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

// unmarshal decodes data into v only after checkShape has vetted every
// length in it against the data and the allocation budget: msgpack v5.4.1
// allocates a slice of the declared length before decoding its elements
// (its allocation limit is never applied), so a five-byte array header could
// otherwise demand terabytes.
func unmarshal(data []byte, v any, s *shape, budget int64) error {
	end, _, err := checkShape(data, s, budget)
	if err != nil {
		return err
	}
	if end != len(data) {
		return errors.New("unexpected data after the encoded value")
	}
	return msgpack.Unmarshal(data, v)
}
