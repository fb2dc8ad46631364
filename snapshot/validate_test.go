package snapshot

import (
	"fmt"
	"strings"
	"testing"
)

// TestValidateEdgeSources: in a sorted catalog the sources of dependency
// edges are looked up by galloping from the previous one of their kind.
// An edge from an object the catalog lacks must be refused wherever it
// falls: before the first object, between two, after the last, and after a
// run of edges from objects that exist.
func TestValidateEdgeSources(t *testing.T) {
	const tables = 300
	build := func(missing string) *Catalog {
		c := &Catalog{Schemas: []Schema{{Name: "app"}}}
		for i := range tables {
			c.Tables = append(c.Tables, Table{Schema: "app", Name: fmt.Sprintf("t%03d", 2*i+1), RelKind: "r"})
		}
		for i := range tables {
			if i%3 != 0 {
				c.Dependencies = append(c.Dependencies, Dependency{From: ObjectID{Kind: KindTable, Schema: "app", Name: fmt.Sprintf("t%03d", 2*i+1)}, To: ObjectID{Kind: KindSchema, Name: "app"}, Type: "n"})
			}
		}
		if missing != "" {
			c.Dependencies = append(c.Dependencies, Dependency{From: ObjectID{Kind: KindTable, Schema: "app", Name: missing}, To: ObjectID{Kind: KindSchema, Name: "app"}, Type: "n"})
		}
		c.Sort()
		return c
	}
	if err := build("").Validate(); err != nil {
		t.Fatalf("a consistent catalog refused: %v", err)
	}
	// Edges out of order (a file written by hand) are still looked up
	// correctly, not refused for having passed their object.
	shuffled := build("")
	d := shuffled.Dependencies
	d[10], d[11], d[12] = d[12], d[10], d[11]
	if err := shuffled.Validate(); err != nil {
		t.Fatalf("a consistent catalog with edges out of order refused: %v", err)
	}
	for _, missing := range []string{"t000", "t002", "t100", "t298", "t300", "t598", "t600", "t999", "a", "z"} {
		err := build(missing).Validate()
		if err == nil || !strings.Contains(err.Error(), "table app."+missing+" is not in the catalog") {
			t.Errorf("an edge from missing table %s: error %v", missing, err)
		}
	}
}

// TestValidateDuplicateColumns: duplicate column names are found in a
// narrow table (checked pair by pair) and in a wide one (checked with a
// set), wherever the duplicate sits.
func TestValidateDuplicateColumns(t *testing.T) {
	for _, width := range []int{2, 5, 32, 33, 200} {
		for _, at := range []int{0, width / 2, width - 1} {
			table := Table{Schema: "app", Name: "t", RelKind: "r"}
			for i := range width {
				table.Columns = append(table.Columns, Column{Name: fmt.Sprintf("c%d", i), Type: "integer"})
			}
			table.Columns = append(table.Columns, Column{Name: fmt.Sprintf("c%d", at), Type: "text"})
			c := &Catalog{Schemas: []Schema{{Name: "app"}}, Tables: []Table{table}}
			err := c.Validate()
			if want := fmt.Sprintf(`table app.t has two columns named "c%d"`, at); err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%d columns, c%d twice: %v", width, at, err)
			}
			c.Tables[0].Columns = c.Tables[0].Columns[:width]
			if err := c.Validate(); err != nil {
				t.Errorf("%d distinct columns: %v", width, err)
			}
		}
	}
}

// TestValidateIndexConstraints: an index that enforces a constraint names
// one the catalog holds, whose index it is. In a sorted catalog the
// constraints are found by galloping from the last one; the indexes ask
// mostly in order (an index is named as its constraint), but not always
// (an index named otherwise, or renamed), so a missing or mismatched
// constraint must be reported wherever it falls, and every consistent one
// found.
func TestValidateIndexConstraints(t *testing.T) {
	build := func(edit func(c *Catalog)) *Catalog {
		c := &Catalog{Schemas: []Schema{{Name: "a"}, {Name: "b"}}}
		for _, s := range []string{"a", "b"} {
			for i := range 40 {
				table := fmt.Sprintf("t%02d", i)
				c.Tables = append(c.Tables, Table{Schema: s, Name: table, RelKind: "r", Columns: []Column{{Name: "id", Type: "integer"}}})
				for _, con := range []string{"pk", "uq"} {
					name := table + "_" + con
					index := name
					if i%7 == 3 {
						index = "z_" + name // sorts after every other index of its table
					}
					if i%11 == 5 {
						index = "a_" + name // sorts before
					}
					c.Constraints = append(c.Constraints, Constraint{Schema: s, Table: table, Name: name, Type: "u", Index: index, Definition: "UNIQUE (id)"})
					c.Indexes = append(c.Indexes, Index{Schema: s, Table: table, Name: index, Constraint: name})
				}
			}
		}
		if edit != nil {
			edit(c)
		}
		c.Sort()
		return c
	}
	if err := build(nil).Validate(); err != nil {
		t.Fatalf("a consistent catalog refused: %v", err)
	}
	for _, at := range []int{0, 1, 33, 80, 159} {
		missing := build(func(c *Catalog) { c.Constraints = append(c.Constraints[:at], c.Constraints[at+1:]...) })
		if err := missing.Validate(); err == nil || !strings.Contains(err.Error(), "which is not in the catalog") {
			t.Errorf("constraint %d missing: error %v", at, err)
		}
		other := build(func(c *Catalog) { c.Constraints[at].Index = "other" })
		if err := other.Validate(); err == nil || !strings.Contains(err.Error(), `whose index is "other"`) {
			t.Errorf("constraint %d naming another index: error %v", at, err)
		}
	}
}
