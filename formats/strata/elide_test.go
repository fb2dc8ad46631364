package strata

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/pgstrata/pgstrata/snapshot"
)

// TestIndexDefinitionElided: definitions that restate their index's name
// and table are stored without that prefix, every other one as it is, and
// all read back unchanged.
func TestIndexDefinitionElided(t *testing.T) {
	indexes := []snapshot.Index{
		{Schema: "shop", Table: "orders", Name: "orders_note_idx", Definition: "CREATE INDEX orders_note_idx ON shop.orders USING btree (note)"},
		{Schema: "shop", Table: "orders", Name: "orders_ref_key", Unique: true, Definition: "CREATE UNIQUE INDEX orders_ref_key ON shop.orders USING btree (lower(ref)) WHERE (ref IS NOT NULL)"},
		{Schema: "Shop", Table: "My Orders", Name: "Odd", Definition: `CREATE INDEX "Odd" ON "Shop"."My Orders" USING btree (a)`},
		{Schema: "shop", Table: "orders", Name: "forged", Definition: "\x01 USING btree (a)"},
		{Schema: "shop", Table: "orders", Name: "orders_pkey", Constraint: "orders_pkey"},
		{Schema: "shop", Table: "orders", Name: "other", Definition: "CREATE INDEX not_other ON shop.orders USING btree (a)"},
	}
	for i := range indexes {
		e := &encoder{}
		encodeIndex(e, &indexes[i])
		got, err := decodeIndexes(e.buf)
		if err != nil {
			t.Fatalf("%s: %v", indexes[i].Name, err)
		}
		if !reflect.DeepEqual(got, indexes[i]) {
			t.Errorf("%s: read back %+v", indexes[i].Name, got)
		}
		holdsPrefix := bytes.Contains(e.buf, []byte("CREATE"))
		if want := i >= 2 && bytes.Contains([]byte(indexes[i].Definition), []byte("CREATE")); holdsPrefix != want {
			t.Errorf("%s: the body holds the prefix: %v, want %v", indexes[i].Name, holdsPrefix, want)
		}
	}
}

func decodeIndexes(body []byte) (snapshot.Index, error) {
	d := newDecoder(bytes.NewReader(body), int64(len(body)), 1<<20)
	var v snapshot.Index
	decodeIndex(d, &v)
	return v, d.err
}

// TestIndexNamesWithoutCopies: read column-wise, an index's name is the
// part of its definition that restates it, or the name of the constraint
// it enforces; a constraint's index is the constraint's own name when
// they agree; and every other name is a copy of its own, whichever slots
// the index has. The catalog reads back the same, also when the decoder
// gives back the pages it has read (the names it did not copy must
// survive that until their index is done).
func TestIndexNamesWithoutCopies(t *testing.T) {
	c := syntheticCatalog(1500, 12)
	extra := []snapshot.Index{
		{Schema: "s000", Table: "table_00000", Name: "bare"}, // three slots: no definition to share
		{Schema: "s000", Table: "table_00000", Name: "Odd", Definition: `CREATE INDEX "Odd" ON s000.table_00000 USING btree (a)`},
		{Schema: "s000", Table: "table_00000", Name: "other", Definition: "CREATE INDEX not_other ON s000.table_00000 USING btree (a)"},
		{Schema: "s000", Table: "table_00000", Name: "commented", Comment: "no definition, a comment"},
	}
	c.Indexes = append(c.Indexes, extra...)
	c.Sort()
	file := encode(t, sampleHeader(), c)
	defer func(was int) { discardChunk = was }(discardChunk)
	discardChunk = 4 << 10
	f, err := Decode(bytes.NewReader(file), "x", ReadOptions{SkipDigest: true})
	if err != nil {
		t.Fatal(err)
	}
	if !f.ChecksumOnly {
		t.Fatal("read checking the digest; the test needs the direct read")
	}
	if !sameCatalog(f.Catalog, c) {
		t.Fatalf("read back differently: %s", firstDifference(f.Catalog, c))
	}
	within := func(s, in string) bool {
		p, q := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(in)))
		return len(s) > 0 && len(in) > 0 && p >= q && p+uintptr(len(s)) <= q+uintptr(len(in))
	}
	for _, con := range f.Catalog.Constraints {
		if con.Index == con.Name && unsafe.StringData(con.Index) != unsafe.StringData(con.Name) {
			t.Errorf("constraint %s: its index's name is a copy of its own", con.Name)
		}
	}
	var inDefinition, asConstraint, copied int
	for _, ix := range f.Catalog.Indexes {
		switch {
		case within(ix.Name, ix.Definition):
			inDefinition++
		case ix.Constraint != "" && unsafe.StringData(ix.Name) == unsafe.StringData(ix.Constraint):
			asConstraint++
		default:
			copied++
			if strings.Contains(ix.Definition, " "+ix.Name+" ON ") {
				t.Errorf("index %s: its name is a copy, though its definition restates it", ix.Name)
			}
		}
	}
	// The primary keys' indexes restate their names in their definitions;
	// the four extra ones are copies, bar none.
	if inDefinition != len(c.Indexes)-len(extra) || asConstraint != 0 || copied != len(extra) {
		t.Errorf("names in their definitions %d, shared with constraints %d, copied %d; want %d, 0, %d",
			inDefinition, asConstraint, copied, len(c.Indexes)-len(extra), len(extra))
	}

	// An index that enforces a constraint and has no definition shares
	// the constraint's name.
	for i := range c.Indexes {
		if c.Indexes[i].Constraint != "" {
			c.Indexes[i].Definition = ""
		}
	}
	f, err = Decode(bytes.NewReader(encode(t, sampleHeader(), c)), "x", ReadOptions{SkipDigest: true})
	if err != nil {
		t.Fatal(err)
	}
	if !sameCatalog(f.Catalog, c) {
		t.Fatalf("read back differently: %s", firstDifference(f.Catalog, c))
	}
	for _, ix := range f.Catalog.Indexes {
		if ix.Constraint != "" && unsafe.StringData(ix.Name) != unsafe.StringData(ix.Constraint) {
			t.Errorf("index %s: a copy of the name of the constraint it enforces", ix.Name)
		}
	}
}
