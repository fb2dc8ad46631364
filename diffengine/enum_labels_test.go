package diffengine

import (
	"slices"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// TestHoldsLabel checks the textual test for a label used in a statement:
// a literal of its own or an element of an array literal, not a part of a
// longer word or literal.
func TestHoldsLabel(t *testing.T) {
	for _, c := range []struct {
		sql, label string
		want       bool
	}{
		{"DEFAULT 'review'::app.status", "review", true},
		{"DEFAULT '{draft,review}'::app.status[]", "review", true},
		{"DEFAULT '{review}'::app.status[]", "review", true},
		{`DEFAULT '{"in review",draft}'::app.status[]`, "in review", true},
		{"DEFAULT 'it''s'::app.status", "it's", true},
		{"DEFAULT 'reviewed'::app.status", "review", false},
		{"CREATE TABLE app.review (id integer)", "review", false},
		{"DEFAULT '{draft,reviews}'::app.status[]", "review", false},
	} {
		if got := holdsLabel(c.sql, c.label); got != c.want {
			t.Errorf("holdsLabel(%q, %q) = %v, want %v", c.sql, c.label, got, c.want)
		}
	}
}

// TestEnumRebuildHazards checks how converting a column to a rebuilt enum
// is marked: a rewrite that cannot fail when the enum only gains labels (a
// new label used at once), data loss when one is removed.
func TestEnumRebuildHazards(t *testing.T) {
	catalog := func(labels []string, def string) *snapshot.Catalog {
		return &snapshot.Catalog{
			Enums: []snapshot.Enum{{Schema: "app", Name: "status", Labels: labels}},
			Tables: []snapshot.Table{{Schema: "app", Name: "t", RelKind: "r", Columns: []snapshot.Column{
				{Name: "s", Type: "app.status", Default: def},
			}}},
			Dependencies: []snapshot.Dependency{{
				From: snapshot.ColumnID("app", "t", "s"),
				To:   snapshot.ObjectID{Kind: snapshot.KindEnum, Schema: "app", Name: "status"}, Type: "n",
			}},
		}
	}
	from := catalog([]string{"a", "b"}, "'a'::app.status")
	const convert = "ALTER TABLE app.t ALTER COLUMN s TYPE app.status USING s::text::app.status;"
	for _, c := range []struct {
		name string
		to   *snapshot.Catalog
		want []HazardKind
	}{
		{"new label used", catalog([]string{"a", "b", "c"}, "'c'::app.status"), []HazardKind{HazardTableRewrite, HazardAccessExclusive}},
		{"label removed", catalog([]string{"b", "a"}, "'a'::app.status"), []HazardKind{HazardDataLoss, HazardTableRewrite, HazardAccessExclusive}},
	} {
		plan, err := Diff(from, c.to, Options{})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(plan.Statements, func(s Statement) bool { return s.SQL == convert })
		if i < 0 {
			t.Errorf("%s: no %q in the plan: %v", c.name, convert, plan.Statements)
			continue
		}
		if got := hazardKinds(plan.Statements[i]); !slices.Equal(got, c.want) {
			t.Errorf("%s: hazards %v, want %v", c.name, got, c.want)
		}
	}
	// A new label nothing uses stays a plain ADD VALUE.
	plan, err := Diff(from, catalog([]string{"a", "b", "c"}, "'a'::app.status"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Statements) != 1 || plan.Statements[0].SQL != "ALTER TYPE app.status ADD VALUE 'c' AFTER 'b';" {
		t.Errorf("plan for an unused new label: %v", plan.Statements)
	}
}

// hazardKinds lists the kinds of a statement's hazards, in order.
func hazardKinds(s Statement) []HazardKind {
	var out []HazardKind
	for _, h := range s.Hazards {
		out = append(out, h.Kind)
	}
	return out
}
