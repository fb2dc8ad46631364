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
