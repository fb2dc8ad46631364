package snapshot

import (
	"slices"
	"testing"
)

// TestNumberingMixedLists: in lists that hold several kinds (tables and
// foreign tables, views and materialized views), each kind is numbered in
// identity order, the same whether the list is sorted (where a kind's
// objects are a run of places) or not (where their places are listed),
// and Number finds every object at its number.
func TestNumberingMixedLists(t *testing.T) {
	sorted := &Catalog{
		Schemas: []Schema{{Name: "a"}, {Name: "b"}},
		Tables: []Table{{Schema: "a", Name: "t1"}, {Schema: "b", Name: "f1", RelKind: "f"}, {Schema: "a", Name: "f2", RelKind: "f"},
			{Schema: "b", Name: "t0"}, {Schema: "a", Name: "t3"}},
		Views: []View{{Schema: "b", Name: "v1", Definition: " SELECT 1"}, {Schema: "a", Name: "m1", Definition: " SELECT 1", Materialized: true},
			{Schema: "a", Name: "v0", Definition: " SELECT 1"}, {Schema: "a", Name: "m0", Definition: " SELECT 1", Materialized: true}},
	}
	sorted.Sort()
	unsorted := *sorted
	unsorted.Tables = slices.Clone(sorted.Tables)
	unsorted.Views = slices.Clone(sorted.Views)
	slices.Reverse(unsorted.Tables)
	slices.Reverse(unsorted.Views)
	kinds := []Kind{KindForeignTable, KindMaterializedView, KindSchema, KindTable, KindView}
	all := func(int64) bool { return true }
	n, _ := NumberObjects(sorted, kinds, all)
	m, _ := NumberObjects(&unsorted, kinds, all)
	if n.Total() != 11 || m.Total() != 11 {
		t.Fatalf("numbered %d and %d objects, want 11", n.Total(), m.Total())
	}
	for i, k := range kinds {
		var previous ObjectID
		for j := range n.Count(i) {
			number := n.starts[i] + j
			id := n.ID(number)
			if id.Kind != k || (j > 0 && previous.Compare(id) >= 0) {
				t.Errorf("number %d is %v: not the next %s in identity order after %v", number, id, k, previous)
			}
			if other := m.ID(number); other != id {
				t.Errorf("number %d is %v in the sorted catalog, %v in the unsorted one", number, id, other)
			}
			if got, ok := n.Number(id); !ok || got != number {
				t.Errorf("Number(%v) = %d, %v; want %d", id, got, ok, number)
			}
			previous = id
		}
	}
}

// TestNumberCursor: a NumberCursor answers what Number answers, asked in
// identity order (its fast path), backwards, shuffled, and for identities
// the catalog does not hold (before, between and after its objects),
// columns included: of tables and views, and of a table and a view with
// one name, which only a damaged catalog has.
func TestNumberCursor(t *testing.T) {
	c := &Catalog{Schemas: []Schema{{Name: "a"}, {Name: "b"}}}
	for _, s := range []string{"a", "b"} {
		for _, name := range []string{"t1", "t3", "t5", "t7"} {
			c.Tables = append(c.Tables, Table{Schema: s, Name: name, Columns: []Column{{Name: "z"}, {Name: "b"}, {Name: "m"}}})
			c.Indexes = append(c.Indexes, Index{Schema: s, Table: name, Name: name + "_idx"})
		}
		c.Views = append(c.Views, View{Schema: s, Name: "v2", Definition: " SELECT 1", Columns: []Column{{Name: "y"}, {Name: "a"}}})
	}
	c.Views = append(c.Views, View{Schema: "b", Name: "t5", Definition: " SELECT 1", Columns: []Column{{Name: "q"}}})
	c.Sort()
	kinds := []Kind{KindColumn, KindIndex, KindSchema, KindTable, KindView}
	n, _ := NumberObjects(c, kinds, func(int64) bool { return true })
	var ids []ObjectID
	for k := range n.Total() {
		ids = append(ids, n.ID(k))
	}
	for _, s := range []string{"", "a", "aa", "b", "c"} {
		for _, name := range []string{"", "t0", "t1", "t4", "t5", "t9", "v2"} {
			ids = append(ids, ObjectID{Kind: KindTable, Schema: s, Name: name}, ObjectID{Kind: KindIndex, Schema: s, Name: name + "_idx"},
				ColumnID(s, name, "b"), ColumnID(s, name, "q"), ColumnID(s, name, "x"))
		}
	}
	ids = append(ids, ObjectID{Kind: KindFunction, Schema: "a", Name: "f"})
	slices.SortFunc(ids, ObjectID.Compare)
	ids = slices.Compact(ids)
	backwards := slices.Clone(ids)
	slices.Reverse(backwards)
	shuffled := slices.Clone(ids)
	for i := range shuffled { // a fixed shuffle
		j := (i * 7919) % len(shuffled)
		shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
	}
	for name, order := range map[string][]ObjectID{"in order": ids, "backwards": backwards, "shuffled": shuffled} {
		cursor := n.Cursor()
		found := 0
		for _, id := range order {
			want, wantOK := n.Number(id)
			got, ok := cursor.Number(id)
			if ok != wantOK || (ok && got != want) {
				t.Errorf("%s: Number(%v) = %d, %v; want %d, %v", name, id, got, ok, want, wantOK)
			}
			if ok {
				found++
			}
		}
		if found != n.Total() {
			t.Errorf("%s: found %d objects, want all %d", name, found, n.Total())
		}
	}
}
