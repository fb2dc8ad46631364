package render_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/formats/render/rendertest"
	"github.com/pgstrata/pgstrata/formats/sqlscript"
	"github.com/pgstrata/pgstrata/internal/testdiff"
	"github.com/pgstrata/pgstrata/snapshot"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// fixture is a plan as the planner makes them for a column type change
// under a view, a changed function body and a dropped column, with the
// two catalogs it was planned from. No database.
func fixture(t *testing.T) render.Input {
	t.Helper()
	view := func(def string) snapshot.View {
		return snapshot.View{Schema: "app", Name: "v", Definition: def, Columns: []snapshot.Column{{Name: "id", Type: "bigint"}}}
	}
	fn := func(body string) snapshot.Function {
		return snapshot.Function{Schema: "app", Name: "f", IdentityArgs: "", Definition: "CREATE OR REPLACE FUNCTION app.f()\n RETURNS integer\n LANGUAGE sql\nAS $function$\n" + body + "\n$function$\n"}
	}
	from := &snapshot.Catalog{ServerVersionNum: 150004,
		Tables: []snapshot.Table{{Schema: "app", Name: "t", RelKind: "r", Columns: []snapshot.Column{
			{Name: "id", Type: "integer"}, {Name: "old", Type: "text"}, {Name: "note", Type: "text", Default: "'a'::text"}}}},
		Views:     []snapshot.View{view(" SELECT t.id\n   FROM app.t;")},
		Functions: []snapshot.Function{fn("SELECT 1 -- one\n  + 0")},
	}
	to := &snapshot.Catalog{ServerVersionNum: 150004,
		Tables: []snapshot.Table{{Schema: "app", Name: "t", RelKind: "r", Columns: []snapshot.Column{
			{Name: "id", Type: "bigint"}, {Name: "note", Type: "text", Default: "'b'::text"}}}},
		Views:     []snapshot.View{view(" SELECT t.id\n   FROM app.t\n  WHERE t.id > 0;")},
		Functions: []snapshot.Function{fn("SELECT 2 -- two\n  + 0")},
	}
	from.Sort()
	to.Sort()
	table := snapshot.ObjectID{Kind: snapshot.KindTable, Schema: "app", Name: "t"}
	v := snapshot.ObjectID{Kind: snapshot.KindView, Schema: "app", Name: "v"}
	idCol := snapshot.ColumnID("app", "t", "id")
	lock := &diffengine.Lock{Mode: "AccessExclusiveLock", Relation: table}
	stmts := []diffengine.Statement{
		{SQL: "DROP VIEW app.v;", ID: v, Action: diffengine.ActionDrop, Cause: &idCol, Lock: &diffengine.Lock{Mode: "AccessExclusiveLock", Relation: v},
			Hazards: []diffengine.Hazard{{Kind: diffengine.HazardDependentRebuild, Message: "re-created because column app.t.id changes type"}}},
		{SQL: "ALTER TABLE app.t DROP COLUMN old;", ID: snapshot.ColumnID("app", "t", "old"), Action: diffengine.ActionDrop, Lock: lock,
			Hazards: []diffengine.Hazard{{Kind: diffengine.HazardDataLoss, Message: "the column and its values go"},
				{Kind: diffengine.HazardAccessExclusive, Message: "reads and writes of app.t wait"}}},
		{SQL: "ALTER TABLE app.t ALTER COLUMN id TYPE bigint;", ID: idCol, Action: diffengine.ActionAlter, Lock: lock, Rewrites: true,
			Changes: []diffengine.Change{{Attribute: "type", From: "integer", To: "bigint"}},
			Hazards: []diffengine.Hazard{{Kind: diffengine.HazardTableRewrite, Message: "app.t is rewritten"}}},
		{SQL: "ALTER TABLE app.t ALTER COLUMN note SET DEFAULT 'b'::text;", ID: snapshot.ColumnID("app", "t", "note"), Action: diffengine.ActionAlter,
			Changes: []diffengine.Change{{Attribute: "default", From: "'a'::text", To: "'b'::text"}}},
		{SQL: "CREATE VIEW app.v AS\n SELECT t.id\n   FROM app.t\n  WHERE t.id > 0;", ID: v, Action: diffengine.ActionCreate, Cause: &idCol,
			Changes: []diffengine.Change{{Attribute: "definition", From: from.Views[0].Definition, To: to.Views[0].Definition}}},
		{SQL: "CREATE OR REPLACE FUNCTION app.f()\n RETURNS integer\n LANGUAGE sql\nAS $function$\nSELECT 2 -- two\n  + 0\n$function$;",
			ID: snapshot.ObjectID{Kind: snapshot.KindFunction, Schema: "app", Name: "f"}, Action: diffengine.ActionReplace,
			Changes: []diffengine.Change{{Attribute: "definition", From: from.Functions[0].Definition, To: to.Functions[0].Definition}}},
	}
	plan := &diffengine.Plan{Statements: stmts, Settings: diffengine.SettingsFor(stmts), Warnings: []string{"a cycle was broken\nhere"}}
	side := func(c *snapshot.Catalog, source string) render.Side {
		s, err := render.SideOf(c)
		if err != nil {
			t.Fatal(err)
		}
		s.Source, s.Database, s.ServerVersion = source, "app", "15.4"
		s.CapturedAt = time.Date(2026, 12, 3, 18, 0, 0, 123456789, time.UTC)
		return s
	}
	return render.Input{Plan: plan, From: from, To: to, FromSide: side(from, "prod.strata"), ToSide: side(to, "postgres://u@h/app"),
		ToolVersion: "1.2.3", Withheld: true}
}

func renderString(t *testing.T, name string, in render.Input) string {
	t.Helper()
	var b bytes.Buffer
	if err := render.Render(&b, name, in); err != nil {
		t.Fatalf("Render %s: %v", name, err)
	}
	return b.String()
}

func golden(t *testing.T, file, got string) {
	t.Helper()
	path := filepath.Join("testdata", file)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != got {
		t.Errorf("%s differs (- golden, + got; -update rewrites it):\n%s", path, testdiff.Text(string(want), got))
	}
}

// TestFormatsGolden pins each format's output for the fixture, and checks
// that rendering twice gives the same bytes.
func TestFormatsGolden(t *testing.T) {
	in := fixture(t)
	comments := in
	comments.Comments = true
	color := in
	color.Color = true
	for _, c := range []struct {
		file, format string
		in           render.Input
	}{
		{"fixture.sql", "sql", in},
		{"fixture_comments.sql", "sql", comments},
		{"fixture.json", "json", in},
		{"fixture.review.md", "review", in},
		{"fixture_color.review.txt", "review", color},
		{"fixture.html", "html", in},
	} {
		t.Run(c.file, func(t *testing.T) {
			got := renderString(t, c.format, c.in)
			golden(t, c.file, got)
			if again := renderString(t, c.format, c.in); again != got {
				t.Error("a second rendering differs")
			}
		})
	}
}

// TestSQLIsSqlscript: the default format is today's script, byte for byte,
// and --comments adds only "--" lines to it.
func TestSQLIsSqlscript(t *testing.T) {
	in := fixture(t)
	if got, want := renderString(t, "sql", in), sqlscript.Render(in.Plan); got != want {
		t.Errorf("sql format differs from sqlscript.Render:\n%s", testdiff.Text(want, got))
	}
	in.Comments = true
	var kept []string
	for _, line := range strings.SplitAfter(renderString(t, "sql", in), "\n") {
		if !strings.HasPrefix(line, "--") {
			kept = append(kept, line)
		}
	}
	if got, want := strings.Join(kept, ""), sqlscript.Render(in.Plan); got != want {
		t.Errorf("--comments changes more than comments:\n%s", testdiff.Text(want, got))
	}
}

// TestEmptyPlan: every format renders a plan without statements (and a
// nil plan), json still validates, sql prints nothing even with comments.
func TestEmptyPlan(t *testing.T) {
	for _, plan := range []*diffengine.Plan{nil, {}} {
		in := render.Input{Plan: plan, Comments: true}
		for _, name := range render.Names() {
			got := renderString(t, name, in)
			if name == "sql" && got != "" {
				t.Errorf("sql of an empty plan = %q", got)
			}
			if name == "json" {
				if err := rendertest.ValidateJSON([]byte(got)); err != nil {
					t.Errorf("json of an empty plan: %v\n%s", err, got)
				}
			}
		}
	}
}

// TestJSONSchema validates the fixture's JSON, and checks that the schema
// rejects what the contract forbids.
func TestJSONSchema(t *testing.T) {
	got := renderString(t, "json", fixture(t))
	if err := rendertest.ValidateJSON([]byte(got)); err != nil {
		t.Fatalf("fixture JSON does not validate: %v", err)
	}
	for name, edit := range map[string][2]string{
		"unknown key":    {`"withheld": true`, `"withheld": true, "extra": 1`},
		"wrong version":  {`"version": 1`, `"version": 2`},
		"no semicolon":   {`"sql": "DROP VIEW app.v;"`, `"sql": "DROP VIEW app.v"`},
		"unknown action": {`"action": "drop"`, `"action": "explode"`},
	} {
		bad := strings.Replace(got, edit[0], edit[1], 1)
		if bad == got {
			t.Fatalf("%s: the edit does not apply", name)
		}
		if err := rendertest.ValidateJSON([]byte(bad)); err == nil {
			t.Errorf("%s: the schema accepts it", name)
		}
	}
}

func TestLookup(t *testing.T) {
	if _, err := render.Lookup("yaml"); err == nil || !strings.Contains(err.Error(), "sql, json, review, html") {
		t.Errorf("Lookup(yaml) = %v", err)
	}
	if names := render.Names(); names[0] != "sql" {
		t.Errorf("the default format is %s, want sql", names[0])
	}
}

// TestHostileText: names, messages and warnings with newlines, backticks
// and comment markers stay inside their comment line (sql) or code span
// (review), and are escaped text in html.
func TestHostileText(t *testing.T) {
	evil := "x\nDROP TABLE y; -- `*/` <b>\r"
	id := snapshot.ObjectID{Kind: snapshot.KindTable, Schema: evil, Name: evil}
	stmts := []diffengine.Statement{{SQL: `CREATE TABLE "x" ();`, ID: id, Action: diffengine.ActionCreate, Cause: &id,
		Changes: []diffengine.Change{{Attribute: evil, From: evil, To: "y"}},
		Hazards: []diffengine.Hazard{{Kind: diffengine.HazardAuthorization, Message: evil}}}}
	in := render.Input{Plan: &diffengine.Plan{Statements: stmts, Warnings: []string{evil}}, Comments: true,
		FromSide: render.Side{Source: evil}, ToolVersion: evil}
	var kept []string
	for _, line := range strings.SplitAfter(renderString(t, "sql", in), "\n") {
		if !strings.HasPrefix(line, "--") {
			kept = append(kept, line)
		}
	}
	if got, want := strings.Join(kept, ""), sqlscript.Render(in.Plan); got != want {
		t.Errorf("hostile text escapes the comments:\n%s", testdiff.Text(want, got))
	}
	review := renderString(t, "review", in)
	if strings.Contains(review, "\nDROP TABLE") || strings.Contains(review, "\r") {
		t.Errorf("hostile text breaks a review line:\n%s", review)
	}
	if err := rendertest.ValidateJSON([]byte(renderString(t, "json", in))); err != nil {
		t.Error(err)
	}
	// html escapes every catalog string: no tag of the name survives.
	html := renderString(t, "html", in)
	if strings.Contains(html, "<b>") || strings.Contains(html, "\r") || !strings.Contains(html, "&lt;b&gt;") {
		t.Errorf("hostile text is not escaped in html:\n%s", html)
	}
}
