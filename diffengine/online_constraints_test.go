package diffengine

import (
	"fmt"
	"testing"
)

// TestParseKeyDefinition takes apart the shapes pg_get_constraintdef (with
// the index's storage parameters the reader adds) prints for keys, and
// refuses what USING INDEX cannot express.
func TestParseKeyDefinition(t *testing.T) {
	cases := []struct {
		def   string
		index string // the CREATE INDEX tail; "" when refused
		tail  string // what follows USING INDEX name
	}{
		{"PRIMARY KEY (id)", " USING btree (id)", ""},
		{"UNIQUE (a, b)", " USING btree (a, b)", ""},
		{`UNIQUE ("x (y)", "q""r)")`, ` USING btree ("x (y)", "q""r)")`, ""},
		{"UNIQUE NULLS NOT DISTINCT (a) INCLUDE (b)", " USING btree (a) INCLUDE (b) NULLS NOT DISTINCT", ""},
		{"PRIMARY KEY (id) WITH (fillfactor='70')", " USING btree (id) WITH (fillfactor='70')", ""},
		{"UNIQUE (a) INCLUDE (b) WITH (fillfactor='90', deduplicate_items=off) DEFERRABLE INITIALLY DEFERRED",
			" USING btree (a) INCLUDE (b) WITH (fillfactor='90', deduplicate_items=off)", " DEFERRABLE INITIALLY DEFERRED"},
		{"UNIQUE (a) DEFERRABLE", " USING btree (a)", " DEFERRABLE"},
		{"UNIQUE (a) USING INDEX TABLESPACE fast DEFERRABLE", " USING btree (a) TABLESPACE fast", " DEFERRABLE"},
		{"PRIMARY KEY (id, during WITHOUT OVERLAPS)", "", ""},
		{"UNIQUE (a", "", ""},
		{"UNIQUE (a) NOT ENFORCED", "", ""},
		{"CHECK ((a > 0))", "", ""},
	}
	for _, c := range cases {
		k, ok := parseKeyDefinition(c.def)
		if !ok {
			if c.index != "" {
				t.Errorf("%q refused, want %q", c.def, c.index)
			}
			continue
		}
		got := " USING btree (" + k.columns + ")" + k.include + k.nulls + k.with + k.tablespace
		if c.index == "" || got != c.index || k.deferral != c.tail {
			t.Errorf("%q: index %q, tail %q; want %q, %q", c.def, got, k.deferral, c.index, c.tail)
		}
	}
}

// TestStorageParameterChange plans ALTER INDEX … SET / RESET where two
// definitions differ in their storage parameters only.
func TestStorageParameterChange(t *testing.T) {
	cases := []struct {
		from, to string
		want     []string // nil: not a storage-only change
	}{
		{"PRIMARY KEY (id)", "PRIMARY KEY (id) WITH (fillfactor='70')", []string{"ALTER INDEX s.i SET (fillfactor='70');"}},
		{"UNIQUE (a) WITH (fillfactor='70', deduplicate_items=off) DEFERRABLE", "UNIQUE (a) WITH (fillfactor='80') DEFERRABLE",
			[]string{"ALTER INDEX s.i RESET (deduplicate_items);", "ALTER INDEX s.i SET (fillfactor='80');"}},
		{"CREATE INDEX i ON s.t USING gist (r) WITH (buffering=on) WHERE (a > 0)", "CREATE INDEX i ON s.t USING gist (r) WHERE (a > 0)",
			[]string{"ALTER INDEX s.i RESET (buffering);"}},
		{`UNIQUE ("a WITH (b") WITH (fillfactor='70')`, `UNIQUE ("a WITH (b")`, []string{"ALTER INDEX s.i RESET (fillfactor);"}},
		{"CREATE INDEX i ON s.t USING gist (r) WITH (buffering=on, fillfactor='90')", "CREATE INDEX i ON s.t USING gist (r) WITH (buffering=off, fillfactor='90')",
			[]string{"ALTER INDEX s.i SET (buffering='off', fillfactor='90');"}},
		{"UNIQUE (a) WITH (fillfactor='70')", "UNIQUE (b) WITH (fillfactor='80')", nil},
		{"UNIQUE (a)", "UNIQUE (a)", nil},
	}
	for _, c := range cases {
		stmts, ok := storageParameterChange("s.i", c.from, c.to)
		var got []string
		for _, s := range stmts {
			got = append(got, s.SQL)
		}
		if ok != (c.want != nil) || fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q → %q: %v (%v), want %v", c.from, c.to, got, ok, c.want)
		}
	}
}
