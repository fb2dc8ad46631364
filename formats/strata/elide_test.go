package strata

import (
	"bytes"
	"reflect"
	"testing"

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
