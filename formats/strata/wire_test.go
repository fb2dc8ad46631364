package strata

import (
	"bytes"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/vmihailenco/msgpack/v5"

	"github.com/pgstrata/pgstrata/formats/strata/internal/codecgen"
	"github.com/pgstrata/pgstrata/snapshot"
)

// TestCodecIsGenerated: codec_gen.go and layout.txt are what codecgen
// makes of the model now. A model change needs `go generate
// ./formats/strata`; a change that would move a slot fails there.
func TestCodecIsGenerated(t *testing.T) {
	oldLayout, err := os.ReadFile("layout.txt")
	if err != nil {
		t.Fatal(err)
	}
	layout, code, err := codecgen.Generate(reflect.TypeFor[snapshot.Catalog](), "strata", string(oldLayout))
	if err != nil {
		t.Fatal(err)
	}
	current, err := os.ReadFile("codec_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if layout != string(oldLayout) || !bytes.Equal(code, current) {
		t.Fatal("codec_gen.go or layout.txt is out of date with the model: run go generate ./formats/strata")
	}
}

// TestWireMatchesMsgpack: the primitives write what the msgpack library
// writes with compact integers, and read back what they wrote, at every
// boundary of the encodings.
func TestWireMatchesMsgpack(t *testing.T) {
	ints := []int64{0, 1, -1, 127, 128, -32, -33, 255, 256, -128, -129, math.MaxUint16, math.MaxUint16 + 1,
		-32768, -32769, math.MaxUint32, math.MaxUint32 + 1, math.MinInt32, math.MinInt32 - 1, math.MaxInt64, math.MinInt64}
	for _, i := range ints {
		e := &encoder{}
		e.intValue(i)
		want := libEncode(t, i)
		if !bytes.Equal(e.buf, want) {
			t.Errorf("int %d: wrote % x, msgpack writes % x", i, e.buf, want)
		}
		d := newDecoder(bytes.NewReader(e.buf), int64(len(e.buf)), 1<<20)
		if got := d.integer(); got != i || d.err != nil || d.consumed != int64(len(e.buf)) {
			t.Errorf("int %d: read back %d (%v)", i, got, d.err)
		}
	}
	for _, n := range []int{0, 1, 31, 32, 255, 256, math.MaxUint16, math.MaxUint16 + 1} {
		s := strings.Repeat("x", n)
		e := &encoder{}
		e.strValue(s)
		if want := libEncode(t, s); !bytes.Equal(e.buf, want) {
			t.Errorf("string of %d bytes: wrote a different encoding from msgpack's", n)
		}
		d := newDecoder(bytes.NewReader(e.buf), int64(len(e.buf)), 1<<20)
		if got := d.str(); got != s || d.err != nil || d.consumed != int64(len(e.buf)) {
			t.Errorf("string of %d bytes: read back %d bytes (%v)", n, len(got), d.err)
		}
	}
	for _, n := range []int{0, 15, 16, math.MaxUint16, math.MaxUint16 + 1} {
		e := &encoder{}
		e.arrayHeader(n)
		want := libEncode(t, make([]any, n))
		if !bytes.Equal(e.buf, want[:len(e.buf)]) {
			t.Errorf("array of %d: header % x, msgpack writes % x", n, e.buf, want[:len(e.buf)])
		}
	}
}

func libEncode(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := msgpack.NewEncoder(&buf)
	enc.UseCompactInts(true)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestBodyIsPlainMsgpack: any msgpack reader can walk a body (a tool that
// knows layout.txt needs nothing of ours), and the body has no maps.
func TestBodyIsPlainMsgpack(t *testing.T) {
	body, _, _ := EncodeBody(sampleCatalog())
	var v any
	if err := msgpack.Unmarshal(body, &v); err != nil {
		t.Fatalf("msgpack cannot read the body: %v", err)
	}
	if _, ok := v.([]any); !ok {
		t.Fatalf("the body is a %T, not an array", v)
	}
}

// TestOlderReaderSkipsNewSlots: fields that a newer build appends to a
// struct are trailing slots that this build skips, whatever they hold, at
// any level; everything else decodes as written.
func TestOlderReaderSkipsNewSlots(t *testing.T) {
	body, want := newerBody(t)
	got, err := decodeBody(body, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("decoded differently: %s", firstDifference(got, want))
	}
}

// newerBody is the body of a newer build whose Catalog and Table each
// have one more slot than this build's, holding a value of every msgpack
// kind; want is what this build decodes from it.
func newerBody(t *testing.T) (body []byte, want *snapshot.Catalog) {
	t.Helper()
	unknown := []byte{0x93, 0xa3, 'n', 'e', 'w', 0x81, 0x01, 0x92, 0xc3, 0xcb, 1, 2, 3, 4, 5, 6, 7, 8, 0xc4, 2, 0xff, 0xfe}
	table := snapshot.Table{Schema: "app", Name: "t", RelKind: "r", Columns: []snapshot.Column{{Name: "id", Type: "integer"}}}
	e := &encoder{}
	encodeTable(e, &table)
	_, tableSlots := layoutSlot(t, "snapshot.Table", "Columns")
	newerTable := withExtraSlot(t, e.buf, tableSlots, unknown)
	tablesSlot, slots := layoutSlot(t, "snapshot.Catalog", "Tables")
	body = withExtraSlot(t, withSlot(slots, tablesSlot, cat([]byte{0x91}, newerTable)), slots, unknown)
	return body, &snapshot.Catalog{Tables: []snapshot.Table{table}}
}

// TestHostileCurrentBodies: version 3 bodies with a correct digest, as a
// forger would make them. Each must be refused, cheaply.
func TestHostileCurrentBodies(t *testing.T) {
	tablesSlot, slots := layoutSlot(t, "snapshot.Catalog", "Tables")
	columnsSlot, tableSlots := layoutSlot(t, "snapshot.Table", "Columns")
	sequencesSlot, _ := layoutSlot(t, "snapshot.Catalog", "Sequences")
	startSlot, sequenceSlots := layoutSlot(t, "snapshot.Sequence", "SequenceOptions.Start")
	inTables := func(tables []byte) []byte { return withSlot(slots, tablesSlot, tables) }
	unknownSlot := func(value []byte) []byte { return withExtraSlot(t, withSlot(slots, 0, []byte{0xc0}), slots, value) }
	tests := []struct {
		name string
		body []byte
		kind error
		want string
	}{
		{"4 billion tables declared", inTables(array32(1<<32 - 1)), ErrCorrupt, "an array of 4294967295 elements in"},
		{"4 million empty tables", inTables(cat(array32(4<<20), bytes.Repeat([]byte{0x90}, 4<<20))),
			ErrTooLarge, "needs more than the memory limit"},
		{"16 million nil columns", inTables(cat([]byte{0x91}, withSlot(tableSlots, columnsSlot,
			cat(array32(16<<20), bytes.Repeat([]byte{0xc0}, 16<<20))))), ErrTooLarge, "needs more than the memory limit"},
		{"nested 100000 deep", unknownSlot(cat(bytes.Repeat([]byte{0x91}, 100000), []byte{0xc0})), ErrCorrupt,
			"values nested more than 32 deep"},
		{"string past the end", unknownSlot([]byte{0xdb, 0xff, 0xff, 0xff, 0xff}), ErrCorrupt, "runs past the end of the body"},
		{"map past the end", unknownSlot([]byte{0xdf, 0xff, 0xff, 0xff, 0xff}), ErrCorrupt, "a container of 8589934590 values"},
		{"invalid code", unknownSlot([]byte{0xc1}), ErrCorrupt, "found msgpack code 0xc1"},
		{"wrong type", inTables(fixstr("oops")), ErrCorrupt, "expected an array, found msgpack code 0xa4"},
		{"integer out of range", withSlot(slots, sequencesSlot, cat([]byte{0x91}, withSlot(sequenceSlots, startSlot,
			[]byte{0xcf, 0xff, 0, 0, 0, 0, 0, 0, 0}))), ErrCorrupt, "integer 18374686479671623680 out of range"},
		{"data after the catalog", []byte{0x90, 0x90}, ErrCorrupt, "1 bytes of unexpected data after the catalog"},
		{"not an array", []byte{0xc3}, ErrCorrupt, "expected an array, found msgpack code 0xc3"},
		{"a map where a struct belongs", []byte{0x80}, ErrCorrupt, "expected an array, found msgpack code 0x80"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertRefusedCheaply(t, fileWithBody(t, tt.body), tt.kind, tt.want)
			assertRefusedCheaply(t, streamedFileWithBody(t, tt.body), tt.kind, tt.want)
		})
	}
}

// TestUncompressed: a file written without compression (for git to pack,
// see `pgstrata convert`) reads back to the same catalog and digest.
func TestUncompressed(t *testing.T) {
	h := sampleHeader()
	h.Compression = CompressionNone
	var plain, packed bytes.Buffer
	written, err := Encode(&plain, h, sampleCatalog())
	if err != nil {
		t.Fatal(err)
	}
	if written.CompressedLength != written.BodyLength {
		t.Errorf("stored %d bytes of a %d-byte body", written.CompressedLength, written.BodyLength)
	}
	h.Compression = ""
	zstdHeader, err := Encode(&packed, h, sampleCatalog())
	if err != nil {
		t.Fatal(err)
	}
	f, err := Decode(bytes.NewReader(plain.Bytes()), name, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Header.Compression != CompressionNone || f.Header.BodyDigest != zstdHeader.BodyDigest {
		t.Errorf("compression %q, digest %s; the zstd file's digest is %s", f.Header.Compression, f.Header.BodyDigest, zstdHeader.BodyDigest)
	}
	if !sameCatalog(f.Catalog, sampleCatalog()) {
		t.Errorf("catalog changed: %s", firstDifference(f.Catalog, sampleCatalog()))
	}
	if _, err := Encode(&plain, Header{Compression: "lz4"}, sampleCatalog()); err == nil {
		t.Error("Encode accepted compression lz4")
	}
}
