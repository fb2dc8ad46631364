package strata

import (
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// TestInconsistentCatalogs: catalogs no database produces, honestly
// encoded (a forger's digest is right), are refused with one line that
// names the file and the problem, rather than diffed into a nonsense
// script.
func TestInconsistentCatalogs(t *testing.T) {
	table := func(schema, name string, columns ...string) snapshot.Table {
		tb := snapshot.Table{Schema: schema, Name: name, RelKind: "r"}
		for _, c := range columns {
			tb.Columns = append(tb.Columns, snapshot.Column{Name: c, Type: "integer"})
		}
		return tb
	}
	id := func(kind snapshot.Kind, schema, name string) snapshot.ObjectID {
		return snapshot.ObjectID{Kind: kind, Schema: schema, Name: name}
	}
	tests := []struct {
		name string
		c    snapshot.Catalog
		want string
	}{
		{"duplicate table", snapshot.Catalog{Tables: []snapshot.Table{table("app", "t", "a"), table("app", "t", "b")}},
			"table app.t occurs more than once"},
		{"duplicate schema", snapshot.Catalog{Schemas: []snapshot.Schema{{Name: "app"}, {Name: "app"}}},
			"schema app occurs more than once"},
		{"duplicate column", snapshot.Catalog{Tables: []snapshot.Table{table("app", "t", "a", "a")}},
			`table app.t has two columns named "a"`},
		{"empty table name", snapshot.Catalog{Tables: []snapshot.Table{table("app", "", "a")}},
			`a table in schema "app" has an empty name`},
		{"table without a schema", snapshot.Catalog{Tables: []snapshot.Table{table("", "t", "a")}},
			"has no schema"},
		{"empty schema name", snapshot.Catalog{Schemas: []snapshot.Schema{{}}},
			`a schema in schema "" has an empty name`},
		{"empty column name", snapshot.Catalog{Tables: []snapshot.Table{table("app", "t", "")}},
			"table app.t has a column with an empty name"},
		{"cast without a type", snapshot.Catalog{Casts: []snapshot.Cast{{Source: "integer", Method: "b"}}},
			"lacks a source or target type"},
		{"edge to a missing object", snapshot.Catalog{Schemas: []snapshot.Schema{{Name: "app"}},
			Dependencies: []snapshot.Dependency{{From: id(snapshot.KindView, "app", "v"), To: id(snapshot.KindSchema, "", "app"), Type: "n"}}},
			"view app.v is not in the catalog"},
		{"edge on itself", snapshot.Catalog{Schemas: []snapshot.Schema{{Name: "app"}},
			Dependencies: []snapshot.Dependency{{From: id(snapshot.KindSchema, "", "app"), To: id(snapshot.KindSchema, "", "app"), Type: "n"}}},
			"dependency of schema app on itself"},
		{"index of a missing table", snapshot.Catalog{Indexes: []snapshot.Index{{Schema: "app", Table: "t", Name: "i",
			Definition: "CREATE INDEX i ON app.t USING btree (a)"}}},
			"index app.i belongs to app.t, which is not in the catalog"},
		{"a line break in a name", snapshot.Catalog{Tables: []snapshot.Table{table("app", "t\nx", "a"), table("app", "t\nx", "a")}},
			`occurs more than once`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.c.Sort()
			body, _, err := EncodeBody(&tt.c)
			if err != nil {
				t.Fatal(err)
			}
			msg := mustFail(t, fileWithBody(t, body), ReadOptions{}, ErrCorrupt)
			if !strings.HasPrefix(msg, name+": corrupt: inconsistent catalog: ") || !strings.Contains(msg, tt.want) {
				t.Errorf("message %q\nwant it to say %q", msg, tt.want)
			}
		})
	}
}
