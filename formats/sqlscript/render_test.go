package sqlscript

import (
	"testing"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/snapshot"
)

func TestRenderEmpty(t *testing.T) {
	for _, p := range []*diffengine.Plan{nil, {}, {Statements: []diffengine.Statement{}}} {
		if got := Render(p); got != "" {
			t.Errorf("Render(%#v) = %q, want empty", p, got)
		}
	}
}

func TestRender(t *testing.T) {
	table := snapshot.ObjectID{Kind: snapshot.KindTable, Schema: "app", Name: "t"}
	p := &diffengine.Plan{Statements: []diffengine.Statement{
		{SQL: "CREATE TABLE app.t (\n    id integer\n);", ID: table, Action: diffengine.ActionCreate},
		{SQL: "COMMENT ON TABLE app.t IS 'x';\n", ID: table, Action: diffengine.ActionComment},
		{SQL: "DROP TABLE app.u;", Action: diffengine.ActionDrop, Hazards: []diffengine.Hazard{{Kind: diffengine.HazardDataLoss, Message: "the table and its rows go"}}},
	}}
	want := "SET check_function_bodies = off;\n" +
		"\n" +
		"CREATE TABLE app.t (\n    id integer\n);\n" +
		"\n" +
		"COMMENT ON TABLE app.t IS 'x';\n" +
		"\n" +
		"DROP TABLE app.u;\n"
	got := Render(p)
	if got != want {
		t.Errorf("Render:\n%s\nwant:\n%s", got, want)
	}
	if again := Render(p); again != got {
		t.Errorf("Render is not deterministic")
	}
}

// A backslash anywhere in the script turns standard_conforming_strings on
// before the first statement, so that deparsed literals read the same in a
// session that has it off; other scripts stay as they were.
func TestRenderConformingStrings(t *testing.T) {
	col := snapshot.ObjectID{Kind: snapshot.KindColumn, Schema: "app", Table: "t", Name: "c"}
	p := &diffengine.Plan{Statements: []diffengine.Statement{
		{SQL: `ALTER TABLE app.t ALTER COLUMN c SET DEFAULT '\''; DROP TABLE app.victim; --'::text;`, ID: col, Action: diffengine.ActionAlter},
	}}
	want := "SET check_function_bodies = off;\n" +
		"SET standard_conforming_strings = on;\n" +
		"\n" +
		`ALTER TABLE app.t ALTER COLUMN c SET DEFAULT '\''; DROP TABLE app.victim; --'::text;` + "\n"
	if got := Render(p); got != want {
		t.Errorf("Render:\n%s\nwant:\n%s", got, want)
	}
}
