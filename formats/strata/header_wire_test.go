package strata

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"reflect"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
	"github.com/vmihailenco/msgpack/v5"
)

// headerBytes returns the header of an encoded file as stored.
func headerBytes(file []byte) []byte {
	n := binary.BigEndian.Uint32(file[len(Magic)+2:])
	return file[len(Magic)+6 : len(Magic)+6+int(n)]
}

// TestShortHeader: from format version 7 the header is keyed by one letter
// and holds the digest as its 32 bytes; it reads back as written, every
// field of it, and is smaller than the same header keyed by field names.
func TestShortHeader(t *testing.T) {
	file := encode(t, sampleHeader(), sampleCatalog())
	var raw map[string]any
	if err := msgpack.Unmarshal(headerBytes(file), &raw); err != nil {
		t.Fatal(err)
	}
	for k := range raw {
		if len(k) != 1 {
			t.Errorf("header key %q: want one letter", k)
		}
	}
	if sum, ok := raw["h"].([]byte); !ok || len(sum) != 32 {
		t.Errorf("digest %#v: want 32 bytes", raw["h"])
	}
	f, err := Decode(bytes.NewReader(file), "x", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	long, err := encodePrefixAs(f.Header, 6)
	if err != nil {
		t.Fatal(err)
	}
	short, _ := encodePrefixAs(f.Header, FormatVersion)
	if saved := len(long) - len(short); saved < 150 {
		t.Errorf("the short header saves %d bytes (%d against %d), want 150 or more", saved, len(short), len(long))
	}

	// Every field, Contents' lists included, comes back.
	full := f.Header
	full.Contents = &Contents{
		Objects:      []KindCount{{Kind: snapshot.KindTable, Count: 3}},
		Dependencies: 7,
		NotModeled:   []snapshot.CatalogCount{{Catalog: "pg_transform", Count: 2}},
		NotReadable:  []snapshot.CatalogCount{{Catalog: "pg_user_mapping", Count: 1}},
	}
	prefix, err := encodePrefixAs(full, FormatVersion)
	if err != nil {
		t.Fatal(err)
	}
	back, err := decodeHeader(headerBytes(prefix), FormatVersion)
	if err != nil {
		t.Fatal(err)
	}
	back.CapturedAt = back.CapturedAt.UTC() // as the reader's checks leave it
	if !reflect.DeepEqual(back, full) {
		t.Errorf("header read back as\n%+v %+v\nwant\n%+v %+v", back, *back.Contents, full, *full.Contents)
	}
}

// TestShortHeaderSkipsUnknownKeys: a key this build does not know (a
// field a later build of version 7 adds) is skipped, as in the field-name
// headers before.
func TestShortHeaderSkipsUnknownKeys(t *testing.T) {
	file := encode(t, sampleHeader(), sampleCatalog())
	var raw map[string]any
	if err := msgpack.Unmarshal(headerBytes(file), &raw); err != nil {
		t.Fatal(err)
	}
	raw["x"] = []string{"a field of a later build"}
	f, err := Decode(bytes.NewReader(withHeader(t, file, raw)), "x", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Header.Database != "prod" || !f.DigestOK {
		t.Errorf("header %+v, digest ok %v", f.Header, f.DigestOK)
	}
}

// TestBadShortHeaders: version 7 headers whose digest is not a SHA-256 sum,
// or which are keyed by field names as version 6 wrote them, are corrupt.
func TestBadShortHeaders(t *testing.T) {
	file := encode(t, sampleHeader(), sampleCatalog())
	tests := []struct {
		name string
		edit func(map[string]any)
		want string
	}{
		{"short digest", func(m map[string]any) { m["h"] = m["h"].([]byte)[:31] }, "a body digest of 31 bytes, want 32"},
		{"digest as text", func(m map[string]any) { m["h"] = "sha256:" + strings.Repeat("0", 64) }, "a body digest of 71 bytes, want 32"},
		{"no digest", func(m map[string]any) { delete(m, "h") }, "a body digest of 0 bytes, want 32"},
		{"digest of another type", func(m map[string]any) { m["h"] = 7 }, "msgpack: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var raw map[string]any
			if err := msgpack.Unmarshal(headerBytes(file), &raw); err != nil {
				t.Fatal(err)
			}
			tt.edit(raw)
			msg := mustFail(t, withHeader(t, file, raw), ReadOptions{}, ErrCorrupt)
			if want := name + ": corrupt: the header does not decode: " + tt.want; !strings.HasPrefix(msg, want) {
				t.Errorf("message %q\n   want %q…", msg, want)
			}
		})
	}

	t.Run("keyed by field name", func(t *testing.T) {
		f, err := Decode(bytes.NewReader(file), "x", ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		hb, err := marshal(f.Header)
		if err != nil {
			t.Fatal(err)
		}
		var raw map[string]any
		if err := msgpack.Unmarshal(hb, &raw); err != nil {
			t.Fatal(err)
		}
		msg := mustFail(t, withHeader(t, file, raw), ReadOptions{}, ErrCorrupt)
		if want := name + ": corrupt: the header does not decode: a body digest of 0 bytes"; !strings.HasPrefix(msg, want) {
			t.Errorf("message %q\n   want %q…", msg, want)
		}
	})
}

// withHeader returns file with its header replaced by raw (and the
// checksum that goes with it, as a forger would compute it).
func withHeader(t *testing.T, file []byte, raw map[string]any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := msgpack.NewEncoder(&buf)
	enc.SetSortMapKeys(true)
	if err := enc.Encode(raw); err != nil {
		t.Fatal(err)
	}
	hb := buf.Bytes()
	old := headerBytes(file)
	body := file[len(Magic)+6+len(old)+4:]
	out := append([]byte(Magic), file[len(Magic):len(Magic)+2]...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(hb)))
	out = append(out, hb...)
	out = binary.BigEndian.AppendUint32(out, crc32.Checksum(out[len(Magic):], castagnoli))
	return append(out, body...)
}
