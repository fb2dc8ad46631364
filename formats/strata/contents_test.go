package strata

import (
	"bytes"
	"errors"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// reheader rewrites an encoded file's header with edit, keeping its body
// and giving the header a valid checksum: a file whose header says what
// its body does not, as a buggy or hostile writer would leave it.
func reheader(t *testing.T, file []byte, edit func(*Header)) []byte {
	t.Helper()
	f, err := Decode(bytes.NewReader(file), "x", ReadOptions{AllowDigestMismatch: true})
	if err != nil {
		t.Fatal(err)
	}
	h := f.Header
	h.Contents = cloneContents(h.Contents)
	edit(&h)
	return craft(t, h, file[len(file)-int(h.CompressedLength):])
}

func cloneContents(ct *Contents) *Contents {
	if ct == nil {
		return nil
	}
	c := *ct
	c.Objects = append([]KindCount(nil), ct.Objects...)
	return &c
}

// TestContentsWritten: Encode counts the catalog into the header, as
// Catalog.Counts and the catalog's lists do, in either compression.
func TestContentsWritten(t *testing.T) {
	c := sampleCatalog()
	for _, compression := range []string{CompressionZstd, CompressionNone} {
		h := sampleHeader()
		h.Compression = compression
		h.Contents = &Contents{Dependencies: 12345} // Encode must overwrite it
		f, err := Decode(bytes.NewReader(encode(t, h, c)), "x", ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ct := f.Header.Contents
		if ct == nil {
			t.Fatalf("%s: no contents in the header", compression)
		}
		for k, n := range c.Counts() {
			if got := ct.ObjectCount(k); got != n {
				t.Errorf("%s: %d objects of kind %s, want %d", compression, got, k, n)
			}
		}
		if len(ct.Objects) != len(c.Counts()) || ct.Dependencies != len(c.Dependencies) ||
			!reflect.DeepEqual(ct.NotModeled, c.NotModeled) || !reflect.DeepEqual(ct.NotReadable, c.NotReadable) {
			t.Errorf("%s: contents %+v do not count the catalog", compression, ct)
		}
		if len(c.Dependencies) == 0 || len(c.NotModeled) == 0 {
			t.Error("the sample catalog should have edges and objects not modeled")
		}
	}
}

// TestCheckOnly: a check-only read of a version 5 file checks the body
// without decoding the catalog, and says so; a file it cannot check that
// way (no checksum, no contents, uncompressed) is read in full.
func TestCheckOnly(t *testing.T) {
	c := sampleCatalog()
	file := encode(t, sampleHeader(), c)
	f, err := Decode(bytes.NewReader(file), "x", ReadOptions{CheckOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if f.Catalog != nil || !f.DigestOK || !f.ChecksumOnly {
		t.Errorf("check-only read: catalog %v, DigestOK %v, ChecksumOnly %v; want nil, true, true", f.Catalog != nil, f.DigestOK, f.ChecksumOnly)
	}
	full, err := Decode(bytes.NewReader(file), "x", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if full.Catalog == nil || full.ChecksumOnly {
		t.Errorf("full read: catalog %v, ChecksumOnly %v", full.Catalog != nil, full.ChecksumOnly)
	}
	skip, err := Decode(bytes.NewReader(file), "x", ReadOptions{SkipDigest: true})
	if err != nil || !skip.ChecksumOnly {
		t.Errorf("SkipDigest read of a file with a checksum: ChecksumOnly false (%v)", err)
	}

	others := map[string][]byte{
		"no contents": reheader(t, file, func(h *Header) { h.Contents = nil }),
		"uncompressed": func() []byte {
			h := sampleHeader()
			h.Compression = CompressionNone
			return encode(t, h, c)
		}(),
	}
	for name, other := range others {
		f, err := Decode(bytes.NewReader(other), "x", ReadOptions{CheckOnly: true})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if f.Catalog == nil || f.ChecksumOnly {
			t.Errorf("%s: a check-only read should read it in full", name)
		}
	}
}

// TestContentsDisagree: a header whose counts the body does not bear out
// is refused by a full read, whatever count is wrong, and by a check-only
// read where the body's outline says otherwise (the edges, and the
// objects of each kind they number).
func TestContentsDisagree(t *testing.T) {
	c := sampleCatalog()
	file := encode(t, sampleHeader(), c)
	numbered := func(k snapshot.Kind) bool {
		for _, d := range c.Dependencies {
			if d.From.Kind == k || d.To.Kind == k {
				return true
			}
		}
		return false
	}
	type forgery struct {
		name      string
		edit      func(*Header)
		checkOnly bool // a check-only read sees it too
	}
	forgeries := []forgery{
		{"one edge more", func(h *Header) { h.Contents.Dependencies++ }, true},
		{"objects not modeled", func(h *Header) { h.Contents.NotModeled = nil }, false},
		{"a kind the body lacks", func(h *Header) {
			h.Contents.Objects = append(h.Contents.Objects, KindCount{Kind: "zzz", Count: 1})
		}, false},
	}
	for i, kc := range f0(t, file).Header.Contents.Objects {
		forgeries = append(forgeries, forgery{"one more " + string(kc.Kind), func(h *Header) { h.Contents.Objects[i].Count++ }, numbered(kc.Kind)})
	}
	for _, fg := range forgeries {
		forged := reheader(t, file, fg.edit)
		_, err := Decode(bytes.NewReader(forged), "x", ReadOptions{})
		if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "the body holds") {
			t.Errorf("%s: full read: %v, want the body to disagree with the header", fg.name, err)
		}
		if _, err := Decode(bytes.NewReader(forged), "x", ReadOptions{SkipDigest: true}); err != nil {
			t.Errorf("%s: a SkipDigest read takes the counts as written, as the digest: %v", fg.name, err)
		}
		f, err := Decode(bytes.NewReader(forged), "x", ReadOptions{CheckOnly: true, AllowDigestMismatch: true})
		switch {
		case err != nil:
			t.Errorf("%s: check-only read: %v", fg.name, err)
		case fg.checkOnly && (f.DigestOK || !strings.Contains(f.BodyErr.Error(), "the header counts")):
			t.Errorf("%s: a check-only read should see it: DigestOK %v, %v", fg.name, f.DigestOK, f.BodyErr)
		case !fg.checkOnly && !f.DigestOK:
			t.Errorf("%s: check-only read: %v", fg.name, f.BodyErr)
		}
	}
}

// f0 decodes file in full.
func f0(t *testing.T, file []byte) *File {
	t.Helper()
	f, err := Decode(bytes.NewReader(file), "x", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestCheckOnlyDamage: a single-bit change to a version 5 body is caught
// by a check-only read wherever a full read catches it. (A few change
// nothing that the body decompresses to, such as the bits a Huffman
// table description leaves unused: both reads accept those.)
func TestCheckOnlyDamage(t *testing.T) {
	file := encode(t, sampleHeader(), sampleCatalog())
	start := bodyStart(t, file)
	for pos := start; pos < len(file); pos++ {
		for _, flip := range []byte{0x01, 0x80} {
			damaged := bytes.Clone(file)
			damaged[pos] ^= flip
			f, err := Decode(bytes.NewReader(damaged), "x", ReadOptions{CheckOnly: true, AllowDigestMismatch: true})
			full, fullErr := Decode(bytes.NewReader(damaged), "x", ReadOptions{AllowDigestMismatch: true})
			if err == nil && f.DigestOK && (fullErr != nil || !full.DigestOK) {
				t.Fatalf("byte %d of the body xor 0x%02x: a check-only read finds nothing wrong, a full read %v", pos-start, flip, full.BodyErr)
			}
		}
	}
}

// TestCheckOnlyStreams: a check-only read keeps only the heads of a body
// (its shape, the front of its edges) and the decompressor's window (the
// frame's content up to maxWindow), never the body beside it.
func TestCheckOnlyStreams(t *testing.T) {
	for _, tables := range []int{200, 4000} {
		file := encode(t, sampleHeader(), syntheticCatalog(tables, 12))
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f, err := Decode(bytes.NewReader(file), "x", ReadOptions{CheckOnly: true})
		runtime.ReadMemStats(&after)
		if err != nil || !f.ChecksumOnly {
			t.Fatalf("%d tables: %v, checksum only %v", tables, err, err == nil && f.ChecksumOnly)
		}
		allocated, window := after.TotalAlloc-before.TotalAlloc, min(uint64(f.Header.BodyLength), maxWindow)
		if allocated > window+1<<20 {
			t.Errorf("%d tables: a check-only read allocated %d bytes for a %d-byte body", tables, allocated, f.Header.BodyLength)
		}
	}
}
