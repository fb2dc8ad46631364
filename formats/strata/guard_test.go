package strata

import (
	"bytes"
	"encoding/binary"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
	"github.com/vmihailenco/msgpack/v5"
	"github.com/vmihailenco/msgpack/v5/msgpcode"

	"github.com/pgstrata/pgstrata/snapshot"
)

// allocatedBy returns how many bytes fn allocated.
func allocatedBy(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// fileWithBody wraps a body, however forged, in a file whose header and
// digest are honest about it: a version 4 file as Encode writes it when the
// body has the model's shape, else a version 3 file (zstd, row-wise; the
// decoder reads it as it is decompressed). The decoder's checks are the
// same either way; streamedFileWithBody forces the second.
func fileWithBody(t testing.TB, body []byte) []byte {
	t.Helper()
	columns, err := toColumns(body)
	if err != nil {
		return streamedFileWithBody(t, body)
	}
	compressed := compressColumns(columns)
	return craft(t, honest(body, compressed), compressed)
}

// streamedFileWithBody wraps body in a version 3 file.
func streamedFileWithBody(t testing.TB, body []byte) []byte {
	t.Helper()
	return rowWiseFile(t, body, 3)
}

// rowWiseFile wraps body, compressed row-wise, in a file of version.
func rowWiseFile(t testing.TB, body []byte, version int) []byte {
	t.Helper()
	compressed := rowWise(body)
	h := honest(body, compressed)
	h.FormatVersion = version
	return craft(t, h, compressed)
}

// rowWise compresses a row-wise body as version 3 did, for a version 3
// file or a version 2 one.
func rowWise(body []byte) []byte {
	return newEncoder(zstd.SpeedBetterCompression).EncodeAll(body, nil)
}

// legacyFileWithBody is fileWithBody for a format version 2 file, whose
// body is read through the msgpack library behind the guard.
func legacyFileWithBody(t testing.TB, body []byte) []byte {
	t.Helper()
	return rowWiseFile(t, body, 2)
}

// legacyBody encodes c as format version 2 did: msgpack maps keyed by
// field name, with interned strings.
func legacyBody(t testing.TB, c *snapshot.Catalog) []byte {
	t.Helper()
	registerLegacyCodecs()
	body, err := marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return body
}

// assertRefusedCheaply checks that file is refused as kind, saying want
// (and, when corrupt, that the body does not decode), within 64 MiB.
func assertRefusedCheaply(t *testing.T, file []byte, kind error, want string) {
	t.Helper()
	var msg string
	allocated := allocatedBy(func() { msg = mustFail(t, file, ReadOptions{}, kind) })
	if kind == ErrCorrupt && !strings.Contains(msg, "the body does not decode as a catalog") || !strings.Contains(msg, want) {
		t.Errorf("message %q\nwant it to say %q", msg, want)
	}
	if limit := uint64(64 << 20); allocated > limit {
		t.Errorf("refusing it allocated %d MiB", allocated>>20)
	}
}

// Builders for raw msgpack.
func fixmap(n int) []byte        { return []byte{0x80 | byte(n)} }
func fixstr(s string) []byte     { return append([]byte{0xa0 | byte(len(s))}, s...) }
func array32(n uint32) []byte    { return binary.BigEndian.AppendUint32([]byte{0xdd}, n) }
func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// TestHostileBodies: format version 2 bodies with a correct digest, as a
// forger would make them, that would make msgpack allocate without bound or
// recurse without end. Each must be refused as corrupt, cheaply.
// (TestHostileCurrentBodies does the same for version 3.)
func TestHostileBodies(t *testing.T) {
	deep := cat(fixmap(1), fixstr("Zzz"), bytes.Repeat([]byte{0x91}, 100000), []byte{0xc0})
	tests := []struct {
		name string
		body []byte
		kind error
		want string
	}{
		{"4 billion tables declared", cat(fixmap(1), fixstr("Tables"), array32(1<<32-1)), ErrCorrupt,
			"an array of 4294967295 elements in 0 bytes"},
		{"4 million empty tables", cat(fixmap(1), fixstr("Tables"), array32(4<<20), bytes.Repeat([]byte{0x80}, 4<<20)),
			ErrTooLarge, "needs more than the memory limit"},
		{"16 million empty columns", cat(fixmap(1), fixstr("Tables"), []byte{0x91}, fixmap(1), fixstr("Columns"),
			array32(16<<20), bytes.Repeat([]byte{0xc0}, 16<<20)), ErrTooLarge, "needs more than the memory limit"},
		{"nested 100000 deep", deep, ErrCorrupt, "values nested more than 32 deep"},
		{"string past the end", cat(fixmap(1), fixstr("Zzz"), []byte{0xdb, 0xff, 0xff, 0xff, 0xff}), ErrCorrupt, "runs past the end"},
		{"map past the end", cat([]byte{0xdf, 0xff, 0xff, 0xff, 0xff}), ErrCorrupt, "a map of 4294967295 entries"},
		{"invalid code", cat(fixmap(1), fixstr("Zzz"), []byte{0xc1}), ErrCorrupt, "invalid msgpack code 0xc1"},
		{"wrong type", cat(fixmap(1), fixstr("Tables"), fixstr("oops")), ErrCorrupt, "msgpack"},
		{"data after the catalog", cat(fixmap(0), fixmap(0)), ErrCorrupt, "unexpected data after the encoded value"},
		{"not a map", []byte{0xc3}, ErrCorrupt, "msgpack"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertRefusedCheaply(t, legacyFileWithBody(t, tt.body), tt.kind, tt.want)
		})
	}
}

// fill sets every field of v to a non-zero value, a few levels deep.
func fill(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(1)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0), depth+1)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), depth+1)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Unix(1, 0)))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && depth < 4 {
				fill(v.Field(i), depth+1)
			}
		}
	}
}

// TestShapesMatchMsgpack checks the field order the guard assumes for
// structs encoded as arrays against msgpack's own, for every struct type in
// the model, and that a catalog encoded with array-encoded structs passes
// the guard and decodes.
func TestShapesMatchMsgpack(t *testing.T) {
	registerLegacyCodecs()
	seen := map[reflect.Type]bool{}
	var visit func(reflect.Type, *shape)
	visit = func(typ reflect.Type, s *shape) {
		for typ.Kind() == reflect.Slice || typ.Kind() == reflect.Pointer {
			typ, s = typ.Elem(), s.elem
		}
		if typ.Kind() != reflect.Struct || typ == reflect.TypeFor[time.Time]() || seen[typ] {
			return
		}
		seen[typ] = true
		// msgpack writes map keys in its field order; with every field set,
		// none is omitted and the keys list them all.
		v := reflect.New(typ).Elem()
		fill(v, 0)
		var buf bytes.Buffer
		if err := msgpack.NewEncoder(&buf).Encode(v.Interface()); err != nil {
			t.Fatal(err)
		}
		var keys []string
		dec := msgpack.NewDecoder(&buf)
		if code, _ := dec.PeekCode(); msgpcode.IsFixedArray(code) || code == msgpcode.Array16 || code == msgpcode.Array32 {
			// A struct encoded as an array (`msgpack:",as_array"`): its
			// elements are the fields in order, which the guard follows by
			// position.
			n, _ := dec.DecodeArrayLen()
			if n != len(s.names) {
				t.Errorf("%s: msgpack writes %d array elements, the guard knows %d fields %v", typ, n, len(s.names), s.names)
			}
		} else {
			n, _ := dec.DecodeMapLen()
			for range n {
				k, _ := dec.DecodeString()
				keys = append(keys, k)
				dec.Skip()
			}
			if !slices.Equal(keys, s.names) {
				t.Errorf("%s: msgpack's fields %v, the guard's %v", typ, keys, s.names)
			}
		}
		for _, f := range reflect.VisibleFields(typ) {
			name, _, _ := strings.Cut(f.Tag.Get("msgpack"), ",")
			if name == "" {
				name = f.Name
			}
			if fs, ok := s.fields[name]; ok && !f.Anonymous {
				visit(f.Type, fs)
			}
		}
	}
	visit(reflect.TypeFor[snapshot.Catalog](), catalogShape())
	visit(reflect.TypeFor[Header](), headerShape())
	visit(reflect.TypeFor[headerWire](), headerWireShape())
	if len(seen) < 20 {
		t.Errorf("visited only %d struct types", len(seen))
	}

	var buf bytes.Buffer
	enc := msgpack.NewEncoder(&buf)
	enc.UseArrayEncodedStructs(true)
	if err := enc.Encode(sampleCatalog()); err != nil {
		t.Fatal(err)
	}
	f, err := Decode(bytes.NewReader(legacyFileWithBody(t, buf.Bytes())), name, ReadOptions{})
	if err != nil {
		t.Fatalf("array-encoded catalog: %v", err)
	}
	if !sameCatalog(f.Catalog, sampleCatalog()) {
		t.Errorf("array-encoded catalog decoded differently: %s", firstDifference(f.Catalog, sampleCatalog()))
	}
}
