package diffengine_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/snapshot"
)

// syntheticCatalog builds a catalog of n tables of ten columns each, with a
// primary key, two indexes, a foreign key to the previous table and a view
// on every tenth table, spread over n/100 schemas, with the dependency edges
// a real catalog has. changed alters about 5% of the objects.
func syntheticCatalog(n int, changed bool) *snapshot.Catalog {
	c := &snapshot.Catalog{ServerVersionNum: 150000}
	schemas := max(n/100, 1)
	for s := 0; s < schemas; s++ {
		c.Schemas = append(c.Schemas, snapshot.Schema{Name: fmt.Sprintf("s%d", s), Common: snapshot.Common{Owner: "app"}})
	}
	for i := 0; i < n; i++ {
		schema, name := fmt.Sprintf("s%d", i%schemas), fmt.Sprintf("t%d", i)
		t := snapshot.Table{Schema: schema, Name: name, RelKind: "r", Common: snapshot.Common{Owner: "app"}}
		cols := 10
		if changed && i%20 == 0 {
			cols = 11 // an added column
		}
		for j := 0; j < cols; j++ {
			col := snapshot.Column{Name: fmt.Sprintf("c%d", j), Type: "integer"}
			if j == 0 {
				col.NotNull = true
			}
			if changed && i%20 == 1 && j == 3 {
				col.Type = "bigint" // a type change
			}
			t.Columns = append(t.Columns, col)
		}
		c.Tables = append(c.Tables, t)
		pk := snapshot.Constraint{Schema: schema, Table: name, Name: name + "_pkey", Type: "p", Definition: "PRIMARY KEY (c0)", Index: name + "_pkey"}
		c.Constraints = append(c.Constraints, pk)
		c.Indexes = append(c.Indexes, snapshot.Index{Schema: schema, Name: name + "_pkey", Table: name, Unique: true, Constraint: pk.Name,
			Definition: fmt.Sprintf("CREATE UNIQUE INDEX %s_pkey ON %s.%s USING btree (c0)", name, schema, name)})
		for k := 1; k <= 2; k++ {
			def := fmt.Sprintf("CREATE INDEX %s_c%d ON %s.%s USING btree (c%d)", name, k, schema, name, k)
			if changed && i%20 == 2 && k == 1 {
				def += " WHERE (c1 > 0)"
			}
			c.Indexes = append(c.Indexes, snapshot.Index{Schema: schema, Name: fmt.Sprintf("%s_c%d", name, k), Table: name, Definition: def})
		}
		tableID := t.ID()
		c.Dependencies = append(c.Dependencies,
			snapshot.Dependency{From: tableID, To: snapshot.ObjectID{Kind: snapshot.KindSchema, Name: schema}, Type: "n"},
			snapshot.Dependency{From: pk.ID(), To: snapshot.ColumnID(schema, name, "c0"), Type: "a"})
		if i > 0 {
			prev := c.Tables[i-1]
			fk := snapshot.Constraint{Schema: schema, Table: name, Name: name + "_fk", Type: "f",
				Definition: fmt.Sprintf("FOREIGN KEY (c1) REFERENCES %s.%s(c0)", prev.Schema, prev.Name),
				References: &snapshot.QualifiedName{Schema: prev.Schema, Name: prev.Name}}
			c.Constraints = append(c.Constraints, fk)
			c.Dependencies = append(c.Dependencies,
				snapshot.Dependency{From: fk.ID(), To: snapshot.ColumnID(prev.Schema, prev.Name, "c0"), Type: "n"},
				snapshot.Dependency{From: fk.ID(), To: snapshot.ObjectID{Kind: snapshot.KindIndex, Schema: prev.Schema, Name: prev.Name + "_pkey"}, Type: "n"})
		}
		if i%10 == 0 {
			v := snapshot.View{Schema: schema, Name: name + "_v", Definition: fmt.Sprintf(" SELECT c0, c3 FROM %s.%s;", schema, name),
				Columns: []snapshot.Column{{Name: "c0", Type: "integer"}, {Name: "c3", Type: "integer"}}, Common: snapshot.Common{Owner: "app"}}
			c.Views = append(c.Views, v)
			c.Dependencies = append(c.Dependencies,
				snapshot.Dependency{From: v.ID(), To: snapshot.ColumnID(schema, name, "c0"), Type: "n"},
				snapshot.Dependency{From: v.ID(), To: snapshot.ColumnID(schema, name, "c3"), Type: "n"})
		}
	}
	c.Sort()
	return c
}

// BenchmarkDiff10kTables plans the migration between two 10,000-table
// catalogs that differ in about 5% of their objects.
func BenchmarkDiff10kTables(b *testing.B) {
	from, to := syntheticCatalog(10000, false), syntheticCatalog(10000, true)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		plan, err := diffengine.Diff(from, to, diffengine.Options{WithPrivileges: true})
		if err != nil || plan.Empty() {
			b.Fatalf("plan: %v, empty %v", err, plan.Empty())
		}
	}
}

// BenchmarkDiffIdentical10kTables measures the common case of a drift check
// that finds nothing.
func BenchmarkDiffIdentical10kTables(b *testing.B) {
	from, to := syntheticCatalog(10000, false), syntheticCatalog(10000, false)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		plan, err := diffengine.Diff(from, to, diffengine.Options{})
		if err != nil || !plan.Empty() {
			b.Fatalf("plan: %v, empty %v", err, plan.Empty())
		}
	}
}

// BenchmarkDiffFiles plans the migration between the two snapshot files
// PGSTRATA_BENCH_FILES names ("from.strata,to.strata"), decoded once: the
// planner alone on real catalogs, such as bench/run.sh's 10,000-table pair.
// Skipped without it.
func BenchmarkDiffFiles(b *testing.B) {
	fromPath, toPath, ok := strings.Cut(os.Getenv("PGSTRATA_BENCH_FILES"), ",")
	if !ok {
		b.Skip("PGSTRATA_BENCH_FILES not set")
	}
	var catalogs [2]*snapshot.Catalog
	for i, path := range []string{fromPath, toPath} {
		f, err := strata.ReadFile(path, strata.ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		catalogs[i] = f.Catalog
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := diffengine.Diff(catalogs[0], catalogs[1], diffengine.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
