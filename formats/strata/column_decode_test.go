package strata

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/pgstrata/pgstrata/snapshot"
)

// decodeBothWays decodes a column-wise body as a version 5 reader does
// (decodeColumns, straight from the streams) and as version 4 does
// (rebuild the row-wise body, then decode it). A file that the checksum of
// its frame lets past the digest reaches the first way unchecked, so it
// must refuse what it cannot read, within the budget, and never disagree
// with the second about what a body holds.
func decodeBothWays(t *testing.T, cols []byte, bodyLength int64) {
	t.Helper()
	shape, err := readShape(cols, bodyLength, false)
	if err != nil {
		return
	}
	var direct *snapshot.Catalog
	var directErr error
	withinMemory(t, func() { direct, _, directErr = decodeColumns(shape, fuzzOpts.maxMemory(), nil) })
	body, _, rebuildErr := rebuildShaped(shape)
	var rowWise *snapshot.Catalog
	rowErr := rebuildErr
	if rowErr == nil {
		rowWise, rowErr = decodeBody(body, fuzzOpts.maxMemory())
	}
	switch {
	case directErr == nil && rowErr == nil:
		if !reflect.DeepEqual(direct, rowWise) {
			t.Fatalf("the two ways decode different catalogs")
		}
		checkStable(t, direct)
	case directErr == nil && rebuildErr != nil:
		// The decoder reads every stream to its end and each header
		// against the shape: what it accepts weaves into a body.
		t.Fatalf("decoded from the streams, but they do not rebuild: %v", rebuildErr)
	case directErr == nil:
		t.Fatalf("decoded from the streams, refused row-wise: %v", rowErr)
	}
}

// columnSeeds are column-wise bodies of the sample catalogs and their
// declared lengths.
func columnSeeds(t testing.TB) (bodies [][]byte, lengths []int64) {
	cats := append(perKindCatalogs(), sampleCatalog(), syntheticCatalog(40, 6))
	for _, c := range cats {
		body := encodeBody(c)
		bodies = append(bodies, must(toColumns(body)))
		lengths = append(lengths, int64(len(body)))
	}
	return bodies, lengths
}

// TestColumnDecodeAgrees decodes every seed both ways: the same catalog.
func TestColumnDecodeAgrees(t *testing.T) {
	bodies, lengths := columnSeeds(t)
	for i, cols := range bodies {
		shape, err := readShape(cols, lengths[i], false)
		if err != nil {
			t.Fatalf("seed %d: %v", i, err)
		}
		direct, _, err := decodeColumns(shape, fuzzOpts.maxMemory(), nil)
		if err != nil {
			t.Fatalf("seed %d: %v", i, err)
		}
		want, err := decodeBody(must(fromColumns(cols, lengths[i])), fuzzOpts.maxMemory())
		if err != nil {
			t.Fatalf("seed %d: %v", i, err)
		}
		if !reflect.DeepEqual(direct, want) {
			t.Fatalf("seed %d: the two ways decode different catalogs", i)
		}
	}
}

// TestColumnDecodeHostile damages the seeds the ways a forger would: bytes
// flipped or set to msgpack codes that change what follows (a struct where
// a value was, a longer array or string header), bytes cut out or added
// in a stream, the declared length shrunk. Each must be refused or decode
// to what the row-wise way makes of it. The damage is seeded: the same
// inputs every run.
func TestColumnDecodeHostile(t *testing.T) {
	bodies, lengths := columnSeeds(t)
	codes := []byte{0xc0, 0x90, 0x91, 0x9f, 0xdc, 0xdd, 0xa0, 0xbf, 0xd9, 0xda, 0xdb, 0xcc, 0xcf, 0xd3, 0xc2, 0xc3, 0x7f, 0xff}
	rng := rand.New(rand.NewPCG(16, 5))
	rounds := 4000
	if testing.Short() {
		rounds = 400
	}
	for range rounds {
		i := rng.IntN(len(bodies))
		cols := append([]byte(nil), bodies[i]...)
		length := lengths[i]
		for range 1 + rng.IntN(3) {
			at := rng.IntN(len(cols))
			switch rng.IntN(5) {
			case 0:
				cols[at] ^= byte(1 << rng.IntN(8))
			case 1:
				cols[at] = codes[rng.IntN(len(codes))]
			case 2:
				cols = append(cols[:at], cols[min(len(cols), at+1+rng.IntN(4)):]...)
			case 3:
				cols = append(cols[:at], append([]byte{codes[rng.IntN(len(codes))]}, cols[at:]...)...)
			case 4:
				length -= int64(rng.IntN(16))
			}
			if len(cols) == 0 {
				cols = []byte{0}
			}
		}
		decodeBothWays(t, cols, length)
	}
}

// FuzzColumnDecode is TestColumnDecodeHostile for the fuzzer.
//
//	go test ./formats/strata -run=^$ -fuzz=FuzzColumnDecode -fuzztime=60s
func FuzzColumnDecode(f *testing.F) {
	bodies, lengths := columnSeeds(f)
	for i := range bodies {
		f.Add(bodies[i], lengths[i])
	}
	f.Fuzz(func(t *testing.T, cols []byte, bodyLength int64) {
		if bodyLength < 0 || bodyLength > 1<<20 {
			return // the header check refuses these first
		}
		decodeBothWays(t, cols, bodyLength)
	})
}

// The cache shares what repeats, and never mistakes one string for
// another, whatever their hashes or the stream they come from.
func TestStringCache(t *testing.T) {
	d := &decoder{budget: 1 << 30}
	c := newStringCache(3, false)
	var words []string
	for i := range 5000 {
		words = append(words, fmt.Sprintf("w%d", i), fmt.Sprintf("table_%04d_column_name_%d", i%50, i), strings.Repeat("x", i%100))
	}
	first := map[string]string{}
	for round := range 2 {
		for i, w := range words {
			if w == "" {
				continue
			}
			got := c.share(d, []byte(w), i%3)
			if got != w {
				t.Fatalf("shared %q as %q", w, got)
			}
			if round == 0 {
				first[w] = got
			}
		}
	}
	// Streams 0 and 1 never repeat (and stop sharing); stream 2 repeats.
	shared, repeated := 0, 0
	for i, w := range words[:600] {
		if w != "" && i%3 == 2 {
			repeated++
			if unsafe.StringData(c.share(d, []byte(w), 2)) == unsafe.StringData(first[w]) {
				shared++
			}
		}
	}
	if shared < repeated*9/10 {
		t.Errorf("only %d of %d repeated strings shared", shared, repeated)
	}
}

// A stream's runs share their string without the table; a stream whose
// strings seldom repeat stops using the table after its first
// probeStrings, and its runs are still shared.
func TestStringCacheStreams(t *testing.T) {
	d := &decoder{budget: 1 << 30}
	c := newStringCache(2, false)
	run := c.share(d, []byte("public"), 0)
	for range 1000 {
		if got := c.share(d, []byte("public"), 0); unsafe.StringData(got) != unsafe.StringData(run) {
			t.Fatal("a run of one string is not shared")
		}
	}
	if c.streams[0].seen != 1 {
		t.Errorf("a run looked %d strings up in the table, want 1", c.streams[0].seen)
	}
	for i := range 2 * probeStrings {
		name := fmt.Sprintf("orders_%d_pkey", i)
		if got := c.share(d, []byte(name), 1); got != name {
			t.Fatalf("shared %q as %q", name, got)
		}
	}
	if s := c.streams[1]; !s.unshared || s.seen != probeStrings {
		t.Errorf("a stream of distinct names: unshared %v after %d lookups, want true after %d", s.unshared, s.seen, probeStrings)
	}
	if c.streams[0].unshared {
		t.Error("a stream of runs should keep the table")
	}
	again := c.share(d, []byte("orders_1_pkey"), 1)
	if twice := c.share(d, []byte("orders_1_pkey"), 1); again != "orders_1_pkey" || unsafe.StringData(twice) != unsafe.StringData(again) {
		t.Error("an unshared stream's run is not shared")
	}
}

// A stream is judged after its first probeStrings looks in the table even
// when the last of them finds its string: one whose strings are all new
// (save that last one) stops using the table.
func TestStringCacheJudgedOnAHit(t *testing.T) {
	d := &decoder{budget: 1 << 30}
	c := newStringCache(2, false)
	for i := range probeStrings - 1 {
		c.share(d, []byte(fmt.Sprintf("orders_%d_idx", i)), 1)
	}
	c.share(d, []byte("shared_name"), 0) // now in the table
	c.share(d, []byte("shared_name"), 1) // the look that ends the window: found
	if !c.streams[1].unshared {
		t.Error("a stream of new names whose window ended on a found string keeps using the table")
	}
}

// TestGivenBackAsRead: a body large enough to be read from scratch pages,
// which the decoder gives back as it reads past them (a stream a MiB at a
// time, a list's streams once the next list starts), decodes to the
// catalog that a read which gives nothing back (checking the digest,
// which rebuilds the body from the same streams meanwhile) decodes.
func TestGivenBackAsRead(t *testing.T) {
	c := syntheticCatalog(4000, 12)
	file := encode(t, sampleHeader(), c)
	defer func(was int) { discardChunk = was }(discardChunk)
	discardChunk = 16 << 10 // a stream's pages too, not only a list's
	f, err := Decode(bytes.NewReader(file), "x", ReadOptions{SkipDigest: true})
	if err != nil {
		t.Fatal(err)
	}
	if f.Header.BodyLength < 2<<20 || !f.ChecksumOnly {
		t.Fatalf("a body of %d bytes, read checking the digest: %v; want a larger one, read by its checksum", f.Header.BodyLength, !f.ChecksumOnly)
	}
	full, err := Decode(bytes.NewReader(file), "x", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !sameCatalog(f.Catalog, full.Catalog) {
		t.Errorf("given back as read, the catalog differs: %s", firstDifference(f.Catalog, full.Catalog))
	}
}
