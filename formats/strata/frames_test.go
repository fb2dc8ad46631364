package strata

import (
	"bytes"
	"testing"

	"github.com/klauspost/compress/zstd"
)

// TestTwoFrames: a body of splitFramesFrom bytes or more is stored as two
// frames, its halves, and every way of reading a file takes it whole:
// checking the digest, trusting the frames' checksums, checking only
// (streamed), and the frame-by-frame checks of a damaged second frame.
// The bytes are the same on every write.
func TestTwoFrames(t *testing.T) {
	c := syntheticCatalog(10000, 12)
	file := encode(t, sampleHeader(), c)
	stored := file[bodyStart(t, file):]
	var first zstd.Header
	if err := first.Decode(stored); err != nil {
		t.Fatal(err)
	}
	payload, err := decompressInto(stored, make([]byte, 0, 64<<20))
	if err != nil {
		t.Fatal(err)
	}
	if len(payload) < splitFramesFrom {
		t.Fatalf("the payload is %d bytes, under splitFramesFrom (%d): make the catalog bigger", len(payload), splitFramesFrom)
	}
	if !first.HasFCS || first.FrameContentSize != uint64(len(payload)/2) || !first.HasCheckSum {
		t.Fatalf("first frame: content size %d (known %v), checksum %v; want the first half of %d bytes, with a checksum",
			first.FrameContentSize, first.HasFCS, first.HasCheckSum, len(payload))
	}
	if again := encode(t, sampleHeader(), c); !bytes.Equal(again, file) {
		t.Fatal("two writes of the same catalog differ")
	}
	for _, opts := range []ReadOptions{{}, {SkipDigest: true}, {CheckOnly: true}} {
		f, err := Decode(bytes.NewReader(file), "x", opts)
		if err != nil {
			t.Fatalf("%+v: %v", opts, err)
		}
		if !opts.CheckOnly && !sameCatalog(f.Catalog, c) {
			t.Errorf("%+v: the catalog read differs: %s", opts, firstDifference(f.Catalog, c))
		}
	}
	// Every frame must carry a checksum for a read to trust the frames
	// instead of the digest: with a second frame written without one, the
	// body is rebuilt and its digest checked.
	half := len(payload) / 2
	noChecksum := newEncoder(zstdLevel)
	mixed := append(compressFrame(payload[:half], nil), noChecksum.EncodeAll(payload[half:], nil)...)
	if !everyFrameHasChecksum(stored) || everyFrameHasChecksum(mixed) || everyFrameHasChecksum(stored[:len(stored)-1]) ||
		everyFrameHasChecksum(append(bytes.Clone(stored), 0)) {
		t.Error("everyFrameHasChecksum: want true for two frames with checksums only, false with one without, cut short or with a byte after")
	}
	h, err := Decode(bytes.NewReader(file), "x", ReadOptions{SkipDigest: true})
	if err != nil || !h.ChecksumOnly {
		t.Fatalf("two frames with checksums: %v, checksum only %v; want trusted", err, err == nil && h.ChecksumOnly)
	}
	header := h.Header
	header.CompressedLength = int64(len(mixed))
	f, err := Decode(bytes.NewReader(craft(t, header, mixed)), "x", ReadOptions{SkipDigest: true})
	if err != nil || f.ChecksumOnly || !f.DigestOK || !sameCatalog(f.Catalog, c) {
		t.Errorf("a second frame without a checksum: %v, checksum only %v; want the digest checked", err, err == nil && f.ChecksumOnly)
	}

	// A byte changed in the second frame is caught by its checksum
	// whatever the read.
	damaged := bytes.Clone(file)
	damaged[len(damaged)-len(stored)/4] ^= 0x40
	for _, opts := range []ReadOptions{{}, {SkipDigest: true}, {CheckOnly: true}} {
		if _, err := Decode(bytes.NewReader(damaged), "x", opts); err == nil {
			t.Errorf("%+v: a damaged second frame read without an error", opts)
		}
	}
}

// FuzzEveryFrameHasChecksum: walking the frames of any bytes ends without
// a panic, and so does decompressing what it lets through.
func FuzzEveryFrameHasChecksum(f *testing.F) {
	payload := bytes.Repeat([]byte("CREATE INDEX i ON s.t USING btree (a); "), 200)
	f.Add(compressFrame(payload, nil))
	f.Add(append(compressFrame(payload[:100], nil), compressFrame(payload[100:], nil)...))
	f.Add(newEncoder(zstdLevel).EncodeAll(payload, nil))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, stored []byte) {
		if everyFrameHasChecksum(stored) && len(stored) > 0 {
			_, _ = decompressInto(stored, make([]byte, 0, 1<<20))
		}
	})
}
