package strata

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// fuzzOpts keeps the fuzzer's memory small: any length or allocation past
// it is refused by the same code that refuses one past the default.
var fuzzOpts = ReadOptions{MaxBodyLength: 8 << 20, MaxMemory: 64 << 20}

// fuzzMemoryBudget is the most one input may make the reader allocate, in
// all (garbage included): MaxMemory for the catalog, the two zstd passes
// and their buffers, and the re-encoding checkStable does. An input over
// it fails the run, however the process's memory fares: a reader that
// allocates more than its estimate is a hole, whether or not it crashes
// this machine.
const fuzzMemoryBudget = 192 << 20

// withinMemory runs fn and fails t if it allocated more than
// fuzzMemoryBudget.
func withinMemory(t *testing.T, fn func()) {
	t.Helper()
	if allocated := allocatedBy(fn); allocated > fuzzMemoryBudget {
		t.Fatalf("one input allocated %d MiB; the budget is %d MiB", allocated>>20, fuzzMemoryBudget>>20)
	}
}

// attackBodies are the memory attacks of issue 11 in version 3 bodies,
// small enough to seed the fuzzers: elements of one byte that decode to
// hundreds, long unknown slots, padding.
func attackBodies(tb testing.TB) [][]byte {
	_, slots := layoutSlot(tb, "snapshot.Catalog", "Tables")
	columnsSlot, tableSlots := layoutSlot(tb, "snapshot.Table", "Columns")
	table := withSlot(tableSlots, columnsSlot, cat(array32(1<<20), bytes.Repeat([]byte{0xc0}, 1<<20)))
	return [][]byte{
		nilAggregates(tb, 200_000, 0),
		// Padded to just under fuzzOpts.MaxBodyLength.
		nilAggregates(tb, 600_000, 7<<20),
		withSlot(slots, catalogSlot(tb, "Tables"), cat([]byte{0x91}, table)),
		withExtraSlot(tb, withSlot(slots, 0, []byte{0xc0}), slots, str32(6<<20)),
		withExtraSlot(tb, withSlot(slots, 0, []byte{0xc0}), slots, cat(array32(1<<20), make([]byte, 1<<20))),
	}
}

// legacyAttackBodies are the same attacks on format version 2 bodies.
func legacyAttackBodies() [][]byte {
	return [][]byte{
		legacyNilAggregates(200_000, 0),
		legacyNilAggregates(600_000, 7<<20),
		cat(fixmap(1), fixstr("Tables"), []byte{0x91}, fixmap(1), fixstr("Columns"),
			array32(1<<20), bytes.Repeat([]byte{0xc0}, 1<<20)),
		cat(fixmap(1), fixstr("Zzz"), str32(6<<20)),
		cat(fixmap(1), fixstr("Zzz"), array32(1<<20), make([]byte, 1<<20)),
	}
}

// legacyNilAggregates is nilAggregates as a version 2 body.
func legacyNilAggregates(n, pad int) []byte {
	return cat(fixmap(2), fixstr("Aggregates"), array32(uint32(n)), bytes.Repeat([]byte{0xc0}, n),
		fixstr("Zzz"), str32(pad))
}

// FuzzDecode feeds arbitrary files to Decode. With fixCRC the header
// checksum is recomputed first, so that mutated headers get past it and
// their decoding and checks are exercised too.
//
//	go test ./formats/strata -run=^$ -fuzz=FuzzDecode -fuzztime=60s
func FuzzDecode(f *testing.F) {
	for i, c := range perKindCatalogs() {
		file := encode(f, sampleHeader(), c)
		f.Add(file, i%2 == 0)
		if i%5 == 0 {
			f.Add(file[:len(file)/2], true)
		}
	}
	// Real snapshots of older formats and the same catalogs written now.
	for _, path := range []string{"testdata/format_v1.strata", "testdata/format_v2.strata", "testdata/format_v3.strata", "testdata/format_v4.strata", "testdata/format_v5.strata", "testdata/format_v6.strata"} {
		if real, err := os.ReadFile(path); err == nil {
			f.Add(real, false)
			if old, err := Decode(bytes.NewReader(real), "seed", ReadOptions{}); err == nil {
				f.Add(encode(f, old.Header, old.Catalog), false)
			}
		}
	}
	for _, c := range edgeCatalogs() { // version 5, edges by number
		f.Add(encode(f, sampleHeader(), c), true)
	}
	f.Add([]byte(Magic), false)
	f.Add([]byte("not a snapshot"), false)
	for _, body := range attackBodies(f) {
		f.Add(fileWithBody(f, body), false)
	}
	for _, body := range legacyAttackBodies() {
		f.Add(legacyFileWithBody(f, body), false)
	}
	f.Fuzz(func(t *testing.T, data []byte, fixCRC bool) {
		if fixCRC {
			data = withFixedCRC(data)
		}
		lenient := fuzzOpts
		lenient.AllowDigestMismatch = true
		trusting := fuzzOpts
		trusting.SkipDigest = true
		checking := lenient
		checking.CheckOnly = true
		for _, opts := range []ReadOptions{fuzzOpts, lenient, trusting, checking} {
			var file *File
			var err error
			withinMemory(t, func() { file, err = Decode(bytes.NewReader(data), "fuzz.strata", opts) })
			if err != nil {
				if file != nil {
					t.Fatalf("a file and an error: %v", err)
				}
				if !strings.HasPrefix(err.Error(), "fuzz.strata: ") || strings.Contains(err.Error(), "\n") {
					t.Fatalf("bad message %q", err)
				}
				if _, ok := errors.AsType[*Error](err); !ok {
					t.Fatalf("not an *Error: %T %v", err, err)
				}
				continue
			}
			if file.DigestOK != (file.Catalog != nil || file.ChecksumOnly && opts.CheckOnly) || file.DigestOK != (file.BodyErr == nil) {
				t.Fatalf("inconsistent file: DigestOK %v, Catalog %v, BodyErr %v", file.DigestOK, file.Catalog != nil, file.BodyErr)
			}
			if file.Catalog != nil {
				checkStable(t, file.Catalog)
			}
		}
	})
}

// perKindCatalogs splits the sample catalog into one catalog per field
// (one kind each), plus an empty one: small seeds that still show the
// fuzzer every field name. Large seeds would cost it most of its time in
// minimizing every new input it finds.
func perKindCatalogs() []*snapshot.Catalog {
	sample := reflect.ValueOf(sampleCatalog()).Elem()
	cats := []*snapshot.Catalog{{}}
	for i := range sample.NumField() {
		if !sample.Type().Field(i).IsExported() {
			continue
		}
		c := new(snapshot.Catalog)
		reflect.ValueOf(c).Elem().Field(i).Set(sample.Field(i))
		cats = append(cats, c)
	}
	return cats
}

// FuzzDecodeBody feeds arbitrary version 3 bodies to the body decoder,
// behind the digest check that FuzzDecode can rarely get past: this is where
// a forged but well-digested body lands.
func FuzzDecodeBody(f *testing.F) {
	for _, c := range perKindCatalogs() {
		body, _, _ := EncodeBody(c)
		f.Add(body)
	}
	for _, body := range attackBodies(f) {
		if len(body) < 4<<20 { // the padded one is for FuzzDecode, compressed
			f.Add(body)
		}
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		withinMemory(t, func() {
			c, err := decodeBody(body, fuzzOpts.maxMemory())
			if err != nil {
				return
			}
			checkStable(t, c)
		})
	})
}

// FuzzColumns feeds arbitrary column-wise bodies (version 4) to the joiner
// and what it rebuilds to the body decoder: a forged shape or stream must
// be refused, or rebuild a body of at most the declared length.
func FuzzColumns(f *testing.F) {
	for _, c := range perKindCatalogs() {
		body := encodeBody(c)
		f.Add(must(toColumns(body)), int64(len(body)))
	}
	f.Fuzz(func(t *testing.T, cols []byte, bodyLength int64) {
		if bodyLength < 0 || bodyLength > 1<<20 {
			return // the header check refuses these before the joiner runs
		}
		withinMemory(t, func() {
			body, err := fromColumns(cols, bodyLength)
			if err != nil {
				return
			}
			if int64(len(body)) != bodyLength {
				t.Fatalf("rebuilt %d bytes, %d declared", len(body), bodyLength)
			}
			if c, err := decodeBody(body, fuzzOpts.maxMemory()); err == nil {
				checkStable(t, c)
			}
		})
	})
}

// FuzzLegacyBody feeds arbitrary version 2 bodies to the guard and the
// msgpack library behind it.
func FuzzLegacyBody(f *testing.F) {
	for _, c := range perKindCatalogs() {
		f.Add(legacyBody(f, c))
	}
	f.Add([]byte{0x81, 0xa6, 'T', 'a', 'b', 'l', 'e', 's', 0xdd, 0xff, 0xff, 0xff, 0xff})
	// Names equal to field names: struct keys written as references.
	keys := &snapshot.Catalog{Tables: []snapshot.Table{{Schema: "Name", Name: "Columns", Columns: []snapshot.Column{
		{Name: "Name", Type: "Type"}, {Name: "Type", Type: "Name"}}}}}
	f.Add(legacyBody(f, keys))
	for _, body := range legacyAttackBodies() {
		if len(body) < 4<<20 {
			f.Add(body)
		}
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		withinMemory(t, func() {
			registerLegacyCodecs()
			c := new(snapshot.Catalog)
			if err := unmarshal(body, c, catalogShape(), fuzzOpts.maxMemory()); err != nil {
				return
			}
			checkStable(t, c)
		})
	})
}

// checkStable: whatever decodes must re-encode, and decode again to a
// catalog that encodes the same (the canonical form is a fixed point).
func checkStable(t *testing.T, c *snapshot.Catalog) {
	body, digest, err := EncodeBody(c)
	if err != nil {
		t.Fatalf("a decoded catalog does not encode: %v", err)
	}
	again, err := decodeBody(body, fuzzOpts.maxMemory())
	if err != nil {
		t.Fatalf("a canonical body does not decode: %v", err)
	}
	if _, digest2, _ := EncodeBody(again); digest2 != digest {
		t.Fatalf("re-encoding is not stable: %s then %s", digest, digest2)
	}
}

// withFixedCRC returns data with the header checksum recomputed, if data is
// long enough to have one.
func withFixedCRC(data []byte) []byte {
	at := len(Magic)
	if len(data) < at+6 {
		return data
	}
	end := at + 6 + int(binary.BigEndian.Uint32(data[at+2:]))
	if end < at+6 || end+4 > len(data) {
		return data
	}
	out := bytes.Clone(data)
	binary.BigEndian.PutUint32(out[end:], crc32.Checksum(out[at:end], castagnoli))
	return out
}

func FuzzRedactSource(f *testing.F) {
	for _, s := range []string{"postgres://u:p@h/d?password=x", "host=h password='a b' user=u", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := RedactSource(s)
		if twice := RedactSource(once); twice != once {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, once, twice)
		}
	})
}

// FuzzEdgeSection feeds arbitrary edge sections (format version 5) to the
// edge decoder, numbered by the sample catalog: it must fail cleanly or
// give edges whose every end is an object of the catalog.
func FuzzEdgeSection(f *testing.F) {
	for _, c := range edgeCatalogs() {
		if edges, ok := encodeEdges(c); ok {
			f.Add(edges)
		}
	}
	f.Fuzz(func(t *testing.T, section []byte) {
		c := sampleCatalog()
		c.Dependencies = nil
		withinMemory(t, func() {
			if err := decodeEdges(c, section, fuzzOpts.maxMemory()); err != nil {
				return
			}
			// Every accessor of the numbered edges answers for whatever
			// was accepted, and every end is one of the catalog's objects.
			c.DependenciesByTarget()
			c.EachDependencyTarget(func(int, snapshot.ObjectID) {})
			for e := range c.AllDependencyEnds() {
				e.Type()
				e.FromKind()
				e.ToKind()
			}
			if err := c.ValidateObjects(); err != nil && !strings.Contains(err.Error(), "on itself") {
				t.Fatalf("edges that Validate refuses: %v", err)
			}
			for _, d := range c.AllDependencies() {
				if _, ok := c.Find(d.From); !ok {
					t.Fatalf("an edge from %s, which the catalog does not hold", d.From)
				}
				if _, ok := c.Find(d.To); !ok {
					t.Fatalf("an edge to %s, which the catalog does not hold", d.To)
				}
			}
		})
	})
}

// FuzzVersion5Payload feeds arbitrary decompressed payloads (the
// column-wise catalog without edges, then the edges) to the version 5
// reader behind an honest zstd frame: rebuild, decode, numbering and the
// digest's splice must fail cleanly, within memory.
func FuzzVersion5Payload(f *testing.F) { fuzzPayload(f, 5) }

// FuzzVersion6Payload is FuzzVersion5Payload for version 6 payloads,
// whose streams refer to repeated strings (string_refs.go).
func FuzzVersion6Payload(f *testing.F) { fuzzPayload(f, 6) }

func fuzzPayload(f *testing.F, version int) {
	for _, c := range append(edgeCatalogs(), syntheticCatalog(3, 4)) {
		edges, _ := encodeEdges(c)
		columns, _, err := toColumnsFramed(encodeBody(c.WithoutDependencies()), 0, 0, version >= 6)
		if err != nil {
			f.Fatal(err)
		}
		payload := binary.AppendUvarint(nil, uint64(len(columns)))
		f.Add(append(append(payload, columns...), edges...), int64(len(encodeBody(c))))
	}
	f.Fuzz(func(t *testing.T, payload []byte, bodyLength int64) {
		if bodyLength < 0 || bodyLength > 1<<20 {
			return
		}
		compressed := compressColumns(payload)
		h := Header{FormatVersion: version, Compression: CompressionZstd, BodyDigest: "sha256:00",
			BodyLength: bodyLength, CompressedLength: int64(len(compressed))}
		data := craft(t, h, compressed)
		for _, skip := range []bool{false, true} {
			withinMemory(t, func() {
				file, err := Decode(bytes.NewReader(data), "fuzz.strata", ReadOptions{AllowDigestMismatch: true, SkipDigest: skip, MaxMemory: fuzzOpts.MaxMemory})
				if err != nil {
					if !strings.HasPrefix(err.Error(), "fuzz.strata: ") || strings.Contains(err.Error(), "\n") {
						t.Fatalf("bad message %q", err)
					}
					return
				}
				if file.DigestOK && !skip {
					t.Fatal("a forged digest passed")
				}
			})
		}
	})
}
