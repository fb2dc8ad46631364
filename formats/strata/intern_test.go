package strata

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// TestReadsOlderFormats reads files written by older format versions, kept
// in testdata: archived snapshots must stay readable. format_v1.strata (no
// interned strings) is testdata/example/fixture.strata as first committed;
// format_v2.strata (interned strings) was written by the last version 2
// build from testdata/snapshot/*.sql, every kind the reader knew;
// format_v3.strata (positional structs, zstd row-wise) is that catalog as
// the last version 3 build wrote it, format_v4.strata (column-wise, edges
// written out) as the last version 4 build did, format_v5.strata (edges by
// number, every string written out) as the last version 5 build did,
// format_v6.strata (repeated strings by number, the header keyed by field
// name) as the last version 6 build did.
func TestReadsOlderFormats(t *testing.T) {
	for version, path := range map[int]string{1: "testdata/format_v1.strata", 2: "testdata/format_v2.strata", 3: "testdata/format_v3.strata", 4: "testdata/format_v4.strata", 5: "testdata/format_v5.strata", 6: "testdata/format_v6.strata"} {
		t.Run(path, func(t *testing.T) { checkReadsOlderFormat(t, version, path) })
	}
}

func checkReadsOlderFormat(t *testing.T, version int, path string) {
	f, err := ReadFile(path, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if version == 5 && (f.Header.Contents == nil || len(f.Header.Contents.Objects) == 0 || f.Header.Contents.Objects[0].Count == 0) {
		// Version 5 wrote each kind's count as a map, keyed by field name.
		t.Errorf("version 5 header: contents %+v", f.Header.Contents)
	}
	if f.Header.FormatVersion != version || !f.DigestOK || len(f.Catalog.Tables) == 0 {
		t.Fatalf("format version %d, digest ok %v, %d tables", f.Header.FormatVersion, f.DigestOK, len(f.Catalog.Tables))
	}
	// Written again, it is a current file that reads back to the same catalog.
	var buf bytes.Buffer
	if _, err := Encode(&buf, f.Header, f.Catalog); err != nil {
		t.Fatal(err)
	}
	again, err := Decode(bytes.NewReader(buf.Bytes()), "again", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Header.FormatVersion != FormatVersion || !sameCatalog(again.Catalog, f.Catalog) {
		t.Errorf("rewritten as version %d: catalog changed: %s", again.Header.FormatVersion, firstDifference(again.Catalog, f.Catalog))
	}
	// Each version wrote smaller files than the one before; but this
	// catalog's version 4 body is the zstd dictionary itself (see
	// dictionary.go), so its version 4 file is a few hundred bytes.
	if raw, _ := os.ReadFile(path); version < 4 && buf.Len() >= len(raw) {
		t.Errorf("version %d file is %d bytes, version %d was %d", FormatVersion, buf.Len(), version, len(raw))
	}
}

// TestInternedKeys: names equal to the model's field names ("Name",
// "Schema", "Columns"…) are interned, so the encoder writes later struct
// keys with those names as references. Both the guard and the decoder must
// resolve them to the right fields.
func TestInternedKeys(t *testing.T) {
	c := &snapshot.Catalog{
		Schemas: []snapshot.Schema{{Name: "Columns"}, {Name: "Name"}, {Name: "Schema"}},
		Tables: []snapshot.Table{{Schema: "Name", Name: "Columns", RelKind: "r", Columns: []snapshot.Column{
			{Name: "Name", Type: "integer"}, {Name: "Type", Type: "bigint", Default: "Default"}, {Name: "Default", Type: "text"},
		}}},
	}
	c.Sort()
	body := legacyBody(t, c)
	if !bytes.Contains(body, []byte{0xd4, internedStringExt}) {
		t.Fatal("the body has no interned-string reference: the test no longer tests anything")
	}
	got, err := Decode(bytes.NewReader(legacyFileWithBody(t, body)), "keys", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !sameCatalog(got.Catalog, c) {
		t.Errorf("catalog changed: %s", firstDifference(got.Catalog, c))
	}
}

// TestHostileReferences: in a format version 2 body, references to interned strings that do not exist,
// or extensions where a string belongs, are refused as corrupt.
func TestHostileReferences(t *testing.T) {
	tests := []struct {
		name string
		body []byte
		want string
	}{
		{"reference before any string", cat(fixmap(1), fixstr("Schemas"), []byte{0x91}, fixmap(1), fixstr("Name"),
			[]byte{0xd4, internedStringExt, 0}), "a reference to interned string 0 of 0"},
		{"reference past the table", cat(fixmap(1), fixstr("Tables"), []byte{0x92}, fixmap(1), fixstr("Name"), fixstr("abc"),
			fixmap(1), fixstr("Name"), []byte{0xd5, internedStringExt, 0, 1}), "a reference to interned string 1 of 1"},
		{"key reference before any string", cat(fixmap(1), []byte{0xd4, internedStringExt, 0}, []byte{0xc0}),
			"a reference to interned string 0 of 0"},
		{"other extension as a string", cat(fixmap(1), fixstr("Schemas"), []byte{0x91}, fixmap(1), fixstr("Name"),
			[]byte{0xd4, 5, 0}), "extension type 5 where a string belongs"},
		{"wide extension as a string", cat(fixmap(1), fixstr("Schemas"), []byte{0x91}, fixmap(1), fixstr("Name"),
			[]byte{0xd7, internedStringExt, 0, 0, 0, 0, 0, 0, 0, 0}), "an extension of 8 bytes where a string belongs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := mustFail(t, legacyFileWithBody(t, tt.body), ReadOptions{}, ErrCorrupt)
			if !strings.Contains(msg, tt.want) {
				t.Errorf("message %q\nwant it to say %q", msg, tt.want)
			}
		})
	}
}

// TestInternTagsPinned lists the model fields tagged intern. A version 2
// body refers to strings by their order among those its writer interned, so
// reading one needs exactly the tags of the last version 2 build: tagging a
// field or removing a tag would misread every archived version 2 file. A type written as another
// (wireTypes: a Column is written as a columnWire) is walked as that one.
// (Moving a field between Go types, as Column's rare fields moved to
// ColumnDetails, renames its entry here but changes nothing in the file.)
func TestInternTagsPinned(t *testing.T) {
	var tagged []string
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if wire, ok := wireTypes[t]; ok {
			t = wire
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			f := t.Field(i)
			if strings.Contains(f.Tag.Get("msgpack"), "intern") {
				tagged = append(tagged, t.Name()+"."+f.Name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[snapshot.Catalog]())
	slices.Sort(tagged)
	got := strings.Join(tagged, " ")
	const want = pinnedInternTags
	if got != want {
		t.Errorf("fields tagged intern changed (needs a format version bump):\n got %s\nwant %s", got, want)
	}
}

const pinnedInternTags = "ACLItem.GrantOptions ACLItem.Grantee ACLItem.Grantor ACLItem.Privileges Aggregate.Schema " +
	"Collation.Schema ColumnDetails.Collation ColumnRef.Schema " +
	"ColumnRef.Table Common.Owner CompositeType.Schema Constraint.Schema Constraint.Table " +
	"DefaultPrivilege.Schema Domain.Name Domain.Schema Enum.Name Enum.Schema EventTrigger.Owner " +
	"Extension.Schema Function.Name Function.Schema Index.Schema Index.Table ObjectID.Args ObjectID.Kind " +
	"ObjectID.Name ObjectID.Schema ObjectID.Table Operator.Owner Operator.Schema Policy.Schema " +
	"Policy.Table Publication.Owner QualifiedName.Name QualifiedName.Schema RangeType.Schema Rule.Schema " +
	"Rule.Table Sequence.Name Sequence.Schema Statistics.Owner Statistics.Schema Table.Name Table.Schema " +
	"Trigger.Schema Trigger.Table View.Name View.Schema columnWire.Default columnWire.Name columnWire.Type"
