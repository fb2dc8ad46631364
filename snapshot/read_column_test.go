package snapshot

import (
	"reflect"
	"testing"
)

// TestStoreColumnsMergesFragments: columns.sql has no ORDER BY, so a
// relation's rows may come in pieces and out of attnum order (parallel
// workers, a column added by a later ALTER TABLE). They must end up whole
// and in attnum order, with attnums and facts alongside.
func TestStoreColumnsMergesFragments(t *testing.T) {
	r := &reader{cat: &Catalog{Tables: []Table{{Name: "t"}}, Views: []View{{Name: "v"}}},
		relations:   map[uint32]relationRef{10: {name: "t", table: 0, view: -1}, 20: {name: "v", table: -1, view: 0}},
		attnums:     map[uint32][]int16{},
		columnFacts: map[uint32][]columnFacts{}}
	col := func(name string, num int16) pendingColumn {
		return pendingColumn{Column{Name: name}, num, columnFacts{quoted: name}}
	}
	r.storeColumns(10, []pendingColumn{col("c", 3), col("a", 1)})
	r.storeColumns(20, []pendingColumn{col("x", 1)})
	r.storeColumns(10, []pendingColumn{col("e", 7), col("b", 2)})

	var names, quoted []string
	for i, c := range r.cat.Tables[0].Columns {
		names = append(names, c.Name)
		quoted = append(quoted, r.columnFacts[10][i].quoted)
	}
	want := []string{"a", "b", "c", "e"}
	if !reflect.DeepEqual(names, want) || !reflect.DeepEqual(quoted, want) {
		t.Errorf("columns %v, facts %v; want %v", names, quoted, want)
	}
	if got := r.attnums[10]; !reflect.DeepEqual(got, []int16{1, 2, 3, 7}) {
		t.Errorf("attnums %v", got)
	}
	if got := r.cat.Views[0].Columns; len(got) != 1 || got[0].Name != "x" {
		t.Errorf("view columns %v", got)
	}
	if id, ok := r.columnID(columnAddress{10, 7}); !ok || id.Name != "e" {
		t.Errorf("column 7 of t = %v, %v", id, ok)
	}
}
