package diffengine

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

func TestSameAcrossMajors(t *testing.T) {
	cases := []struct {
		a, b string
		same bool
	}{
		{" SELECT person.id,\n    person.name\n   FROM app.person;", " SELECT id,\n    name\n   FROM app.person;", true},
		{`"Alt S".json`, `"Alt S"."json"`, true},
		{"SELECT t.*\n FROM t", "SELECT * FROM t", true},
		{"SELECT a.id FROM a JOIN b USING (x)", "SELECT b.id FROM a JOIN b USING (x)", false},
		{"SELECT 'a  b'::text", "SELECT 'a b'::text", false}, // literals are exact
		{"SELECT $$x  y$$", "SELECT $$x y$$", false},         // bodies are exact
		{`SELECT "Foo"`, `SELECT foo`, false},                // case matters in quotes
		{"SELECT id FROM t WHERE id > 1", "SELECT id FROM t", false},
		{"IN job_id integer, INOUT n integer", "job_id integer, INOUT n integer", true},
		{"CREATE PROCEDURE p(IN a integer)", "CREATE PROCEDURE p(a integer)", true},
		{"WHERE x IN (1)", "WHERE x (1)", false},
	}
	for _, c := range cases {
		if got := sameAcrossMajors(c.a, c.b); got != c.same {
			t.Errorf("sameAcrossMajors(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
		if got := sameAcrossMajors(c.b, c.a); got != c.same {
			t.Errorf("sameAcrossMajors(%q, %q) = %v, want %v", c.b, c.a, got, c.same)
		}
	}
}

func TestAlignMajors(t *testing.T) {
	owner := []snapshot.ACLItem{{Grantee: "app", Grantor: "app", Privileges: "arwdDxtm"}}
	from := &snapshot.Catalog{ServerVersionNum: 150010,
		Views:     []snapshot.View{{Schema: "s", Name: "v", Definition: " SELECT t.id\n   FROM s.t;", Common: snapshot.Common{Owner: "app"}}},
		Functions: []snapshot.Function{{Schema: "s", Name: "f", IdentityArgs: "x s.json", Definition: "CREATE FUNCTION s.f(x s.json)"}},
	}
	to := &snapshot.Catalog{ServerVersionNum: 170002,
		Views: []snapshot.View{{Schema: "s", Name: "v", Definition: " SELECT id\n   FROM s.t;",
			Common: snapshot.Common{Owner: "app", ACL: owner}}},
		Functions: []snapshot.Function{{Schema: "s", Name: "f", IdentityArgs: `x s."json"`, Definition: `CREATE FUNCTION s.f(x s."json")`}},
		Dependencies: []snapshot.Dependency{{
			From: snapshot.ObjectID{Kind: snapshot.KindFunction, Schema: "s", Name: "f", Args: `x s."json"`},
			To:   snapshot.ObjectID{Kind: snapshot.KindSchema, Name: "s"}, Type: "n"}},
	}
	toBefore := copyCatalog(to)
	gotFrom, gotTo, _ := alignMajors(from, to)
	if !reflect.DeepEqual(to, toBefore) {
		t.Fatal("alignMajors changed its input")
	}
	if gotTo.Views[0].Definition != from.Views[0].Definition {
		t.Errorf("view text not aligned: %q", gotTo.Views[0].Definition)
	}
	if got := gotTo.Views[0].ACL; len(got) != 1 || got[0].Privileges != "arwdDxt" {
		t.Errorf("MAINTAIN not stripped: %+v", got)
	}
	if gotTo.Functions[0].ID() != gotFrom.Functions[0].ID() || gotTo.Dependencies[0].From != gotFrom.Functions[0].ID() {
		t.Errorf("function identity or its edge not aligned: %v, %v", gotTo.Functions[0].ID(), gotTo.Dependencies[0].From)
	}
	same := &snapshot.Catalog{ServerVersionNum: 150002}
	if a, b, _ := alignMajors(from, same); a != from || b != same {
		t.Error("catalogs of one major were copied")
	}
}

func TestExtensionWithoutUpdatePath(t *testing.T) {
	ext := func(version string, known bool, targets ...string) *snapshot.Catalog {
		return &snapshot.Catalog{ServerVersionNum: 150010, Extensions: []snapshot.Extension{{
			Name: "hstore", Schema: "public", Version: version, UpdatesKnown: known, UpdateTargets: targets}}}
	}
	cases := []struct {
		name     string
		from     *snapshot.Catalog
		unsafe   bool
		warnings int
	}{
		{"path offered", ext("1.4", true, "1.5", "1.8"), false, 0},
		{"no path", ext("1.4", true, "1.5"), true, 1},
		{"nothing offered", ext("1.4", true), true, 1},
		{"file without update paths", ext("1.4", false), false, 0},
	}
	for _, c := range cases {
		plan, err := Diff(c.from, ext("1.8", true), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(plan.Statements) != 1 || !plan.Statements[0].Has(HazardExtensionChange) {
			t.Fatalf("%s: want one extension_change statement, got %+v", c.name, plan.Statements)
		}
		if got := len(plan.Unsafe()) > 0; got != c.unsafe || len(plan.Warnings) != c.warnings {
			t.Errorf("%s: unsafe %v, warnings %q", c.name, got, plan.Warnings)
		}
	}
}

// TestAlignSequencePersistence: an unlogged table's serial sequence is
// unlogged from PostgreSQL 15 on and logged before; across 15 that is a
// difference of the majors, not of the schemas, and a new sequence for a
// source before 15 is planned logged (SET UNLOGGED does not exist there).
func TestAlignSequencePersistence(t *testing.T) {
	seqs := func(unlogged ...bool) []snapshot.Sequence {
		var out []snapshot.Sequence
		for i, u := range unlogged {
			out = append(out, snapshot.Sequence{Schema: "app", Name: fmt.Sprintf("s%d", i), Unlogged: u})
		}
		return out
	}
	old := &snapshot.Catalog{ServerVersionNum: 140010, Sequences: seqs(false)}
	newer := &snapshot.Catalog{ServerVersionNum: 150005, Sequences: seqs(true, true)}
	if _, to, _ := alignMajors(old, newer); to.Sequences[0].Unlogged || to.Sequences[1].Unlogged {
		t.Errorf("14 → 15: target sequences %+v; want both logged", to.Sequences)
	}
	if _, to, _ := alignMajors(newer, old); !to.Sequences[0].Unlogged {
		t.Errorf("15 → 14: target sequence %+v; want the source's (unlogged)", to.Sequences[0])
	}
	if plan, err := Diff(old, newer, Options{}); err != nil || strings.Contains(fmt.Sprint(plan.Statements), "UNLOGGED") {
		t.Errorf("14 → 15 plan: %v, %v", plan.Statements, err)
	}
}
