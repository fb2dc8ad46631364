package snapshot

import (
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// edgesCatalog is a sorted catalog whose edges reach columns (stored out of
// name order, in two relations of one name in different schemas and a
// view), tables, views, an index, a constraint and a function, with runs
// of edges from one object.
func edgesCatalog() *Catalog {
	cols := func(names ...string) []Column {
		var out []Column
		for _, n := range names {
			out = append(out, Column{Name: n, Type: "integer"})
		}
		return out
	}
	c := &Catalog{
		Schemas: []Schema{{Name: "a"}, {Name: "b"}},
		Tables: []Table{
			{Schema: "a", Name: "t", Columns: cols("z", "b", "m")},
			{Schema: "b", Name: "t", Columns: cols("y", "a")},
			{Schema: "b", Name: "u"}, // no columns
		},
		Views:       []View{{Schema: "a", Name: "v", Definition: " SELECT 1", Columns: cols("q", "c")}},
		Indexes:     []Index{{Schema: "a", Name: "t_b", Table: "t", Definition: "CREATE INDEX t_b ON a.t USING btree (b)"}},
		Constraints: []Constraint{{Schema: "a", Table: "t", Name: "t_pk", Type: "p", Definition: "PRIMARY KEY (m)", Index: "t_pk"}},
		Functions:   []Function{{Schema: "a", Name: "f", Result: "integer", Language: "sql", Definition: "CREATE FUNCTION a.f() RETURNS integer LANGUAGE sql AS $$select 1$$"}},
	}
	tID, bt := Table{Schema: "a", Name: "t"}.ID(), Table{Schema: "b", Name: "t"}.ID()
	v := View{Schema: "a", Name: "v"}.ID()
	c.Dependencies = []Dependency{
		{From: v, To: ColumnID("a", "t", "z"), Type: "n"},
		{From: v, To: ColumnID("a", "t", "b"), Type: "n"},
		{From: v, To: ColumnID("b", "t", "a"), Type: "n"},
		{From: v, To: c.Functions[0].ID(), Type: "n"},
		{From: c.Indexes[0].ID(), To: ColumnID("a", "t", "b"), Type: "a"},
		{From: c.Indexes[0].ID(), To: tID, Type: "a"},
		{From: c.Constraints[0].ID(), To: ColumnID("a", "t", "m"), Type: "a"},
		{From: ColumnID("b", "t", "y"), To: c.Functions[0].ID(), Type: "n"},
		{From: ColumnID("a", "v", "c"), To: bt, Type: "n"},
	}
	c.Sort()
	return c
}

// numbered returns a copy of c whose edges are held by number, as a
// decoded file holds them.
func numbered(t *testing.T, c *Catalog) *Catalog {
	t.Helper()
	out := *c
	seen := map[Kind]bool{}
	for _, d := range c.Dependencies {
		seen[d.From.Kind], seen[d.To.Kind] = true, true
	}
	n, ok := NumberObjects(&out, slices.Sorted(maps.Keys(seen)), func(int64) bool { return true })
	if !ok {
		t.Fatal("NumberObjects refused")
	}
	var from, to []int32
	var typeOf []uint8
	types := []string{}
	for _, d := range c.Dependencies {
		f, ok1 := n.Number(d.From)
		k, ok2 := n.Number(d.To)
		if !ok1 || !ok2 {
			t.Fatalf("edge %v -> %v: an end has no number", d.From, d.To)
		}
		if !slices.Contains(types, d.Type) {
			types = append(types, d.Type)
		}
		from, to, typeOf = append(from, int32(f)), append(to, int32(k)), append(typeOf, uint8(slices.Index(types, d.Type)))
	}
	out.SetNumberedDependencies(n, from, to, types, typeOf)
	if out.Dependencies != nil {
		t.Fatal("SetNumberedDependencies left Dependencies set")
	}
	return &out
}

// TestNumberedEdgesAnswerAsIdentities: every way of reading the edges gives
// the same for a catalog that holds them by number as for one that holds
// them as identities.
func TestNumberedEdgesAnswerAsIdentities(t *testing.T) {
	c := edgesCatalog()
	n := numbered(t, c)
	if n.DependencyCount() != len(c.Dependencies) {
		t.Fatalf("DependencyCount = %d, want %d", n.DependencyCount(), len(c.Dependencies))
	}
	var got []Dependency
	for i, d := range n.AllDependencies() {
		if d != n.DependencyAt(i) {
			t.Errorf("edge %d: AllDependencies %v, DependencyAt %v", i, d, n.DependencyAt(i))
		}
		got = append(got, d)
	}
	if !reflect.DeepEqual(got, c.Dependencies) {
		t.Errorf("AllDependencies:\n got %v\nwant %v", got, c.Dependencies)
	}
	if !reflect.DeepEqual(n.DependencyList(), c.Dependencies) || n.DependencyCount() != len(c.Dependencies) {
		t.Error("DependencyList differs")
	}
	if got, want := n.DependenciesByTarget(), c.DependenciesByTarget(); !slices.Equal(got, want) {
		t.Errorf("DependenciesByTarget = %v, want %v", got, want)
	}
	keep := func(id ObjectID) bool { return id.Schema != "b" }
	if got, want := n.Filter(keep), c.Filter(keep); !reflect.DeepEqual(got, want) {
		t.Errorf("Filter:\n got %v\nwant %v", got.Dependencies, want.Dependencies)
	}
	if err := n.Validate(); err != nil {
		t.Errorf("Validate: %v", err)
	}
	n.ExpandDependencies()
	if !reflect.DeepEqual(n, c) {
		t.Errorf("expanded, the catalog differs:\n got %v\nwant %v", n.Dependencies, c.Dependencies)
	}
}

// TestNumberedEdgesOnSelf: Validate finds an edge from an object to itself
// among numbered edges too.
func TestNumberedEdgesOnSelf(t *testing.T) {
	c := edgesCatalog()
	c.Dependencies = append(c.Dependencies, Dependency{From: c.Functions[0].ID(), To: c.Functions[0].ID(), Type: "n"})
	c.Sort()
	if err := numbered(t, c).ValidateObjects(); err == nil || !strings.Contains(err.Error(), "on itself") {
		t.Errorf("ValidateObjects = %v, want an edge on itself", err)
	}
}

// TestNumberedEdgesCatchAChangedList: a list changed under numbered edges
// would make them name other objects; reading them then panics instead
// (a mistake in pgstrata, never in its input), and Sort expands first.
func TestNumberedEdgesCatchAChangedList(t *testing.T) {
	n := numbered(t, edgesCatalog())
	n.Functions = append(n.Functions, Function{Schema: "a", Name: "g", Result: "integer"})
	func() {
		defer func() {
			if recover() == nil {
				t.Error("AllDependencies over a changed list did not panic")
			}
		}()
		for range n.AllDependencies() {
		}
	}()
	m := numbered(t, edgesCatalog())
	m.Sort()
	if m.numbered != nil || len(m.Dependencies) != m.DependencyCount() {
		t.Error("Sort left the edges numbered")
	}
}

// TestEdgesReadThroughAccessors: outside this package, code reads a
// catalog's edges with DependencyCount, DependencyAt and AllDependencies,
// which answer for edges held by number too; a direct read of the
// Dependencies field sees none in a decoded catalog. The files listed may
// name the field: they write it, expand first, or name another type's
// field of that name.
func TestEdgesReadThroughAccessors(t *testing.T) {
	allowed := map[string]string{
		"formats/strata/codec_gen.go": "the version 3 codec, given expanded catalogs (encodeBody)",
		"formats/strata/codec.go":     "encodeBody expands",
		"formats/strata/contents.go":  "Contents.Dependencies, a count",
		"formats/strata/edges.go":     "the slot's name",
		"cmd/pgstrata/inspect.go":     "the report's count",
		"diffengine/crossmajor.go":    "renames edges of expanded copies",
	}
	field := regexp.MustCompile(`\.Dependencies\b`)
	root := ".."
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Skip("not run from the module")
	}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == "snapshot" || strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") || strings.HasSuffix(rel, "_test.go") || allowed[rel] != "" {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(src), "\n") {
			if field.MatchString(line) && !strings.HasPrefix(strings.TrimSpace(line), "//") {
				t.Errorf("%s:%d reads Catalog.Dependencies (use AllDependencies, DependencyAt, DependencyCount): %s", rel, i+1, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
