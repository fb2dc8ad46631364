package diffengine

import (
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

func TestSchemaPattern(t *testing.T) {
	names := []string{"app", "app2", "apple", "App", "a.b", "a,b", "x$y", `q"t`, "log_2024", "public"}
	for _, tc := range []struct {
		pattern string
		want    string // the names it matches, space-separated
	}{
		{"app", "app"},
		{"APP", "app"},
		{`"App"`, "App"},
		{`"APP"`, ""},
		{"app*", "app app2 apple"},
		{"app?", "app2"},
		{"*", "app app2 apple App a.b a,b x$y q\"t log_2024 public"},
		{`"app*"`, ""},
		{`ap"p"*`, "app app2 apple"},
		{`"a.b"`, "a.b"},
		{"a,b", "a,b"},
		{"x$y", "x$y"},
		{`"q""t"`, `q"t`},
		{"log_[0-9]*", "log_2024"},
		{"(app|public)", "app public"},
		{"app+", "app"},
	} {
		p, err := compileSchemaPattern("--schema", tc.pattern)
		if err != nil {
			t.Errorf("%s: %v", tc.pattern, err)
			continue
		}
		var got []string
		for _, n := range names {
			if p.match(n) {
				got = append(got, n)
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s matches %q, want %q", tc.pattern, got, tc.want)
		}
	}
	for pattern, want := range map[string]string{
		"db.app": "a schema pattern holds no '.'",
		`"app`:   "unterminated double quote",
		"app[":   "not a valid pattern",
		"(app":   "not a valid pattern",
		`a"b"c"`: "unterminated double quote",
	} {
		if _, err := compileSchemaPattern("--schema", pattern); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", pattern, err, want)
		}
	}
}

// filterCatalogs: app.orders in both; types.mood gains a label; the
// target's orders has a column of it and a foreign key to other.customers,
// which exists only in the target.
func filterCatalogs() (from, to *snapshot.Catalog) {
	schemas := []snapshot.Schema{{Name: "app"}, {Name: "other"}, {Name: "types"}, {Name: "same"}}
	from = &snapshot.Catalog{ServerVersionNum: 150000, Schemas: schemas,
		Enums:  []snapshot.Enum{{Schema: "types", Name: "mood", Labels: []string{"sad"}}, {Schema: "same", Name: "e", Labels: []string{"x"}}},
		Tables: []snapshot.Table{{Schema: "app", Name: "orders", RelKind: "r", Columns: []snapshot.Column{{Name: "id", Type: "integer"}}}},
		// In a schema the extension created, which is not captured.
		Functions: []snapshot.Function{{Schema: "ext", Name: "f"}},
	}
	to = &snapshot.Catalog{ServerVersionNum: 150000, Schemas: schemas,
		Enums: []snapshot.Enum{{Schema: "types", Name: "mood", Labels: []string{"sad", "happy"}}, {Schema: "same", Name: "e", Labels: []string{"x"}}},
		Tables: []snapshot.Table{
			{Schema: "app", Name: "orders", RelKind: "r", Columns: []snapshot.Column{
				{Name: "id", Type: "integer"}, {Name: "mood", Type: "types.mood"}, {Name: "e", Type: "same.e"}, {Name: "customer", Type: "integer"}}},
			{Schema: "other", Name: "customers", RelKind: "r", Columns: []snapshot.Column{{Name: "id", Type: "integer"}}},
		},
		Constraints: []snapshot.Constraint{{Schema: "app", Table: "orders", Name: "orders_customer_fkey", Type: "f",
			Definition: "FOREIGN KEY (customer) REFERENCES other.customers(id)"}},
		Dependencies: []snapshot.Dependency{
			{From: snapshot.ColumnID("app", "orders", "mood"), To: snapshot.ObjectID{Kind: snapshot.KindEnum, Schema: "types", Name: "mood"}, Type: "n"},
			{From: snapshot.ColumnID("app", "orders", "e"), To: snapshot.ObjectID{Kind: snapshot.KindEnum, Schema: "same", Name: "e"}, Type: "n"},
			{From: snapshot.ObjectID{Kind: snapshot.KindConstraint, Schema: "app", Table: "orders", Name: "orders_customer_fkey"},
				To: snapshot.ColumnID("other", "customers", "id"), Type: "n"},
		},
	}
	from.Sort()
	to.Sort()
	return from, to
}

func TestFilterErrorsAndWarnings(t *testing.T) {
	from, to := filterCatalogs()
	for _, tc := range []struct {
		opts     Options
		err      string
		warnings []string
	}{
		{Options{Schemas: []string{"nosuch"}}, `--schema "nosuch" matches no schema on either side`, nil},
		{Options{Schemas: []string{"app,other"}}, "a comma is part of a schema name: repeat --schema to name several", nil},
		{Options{Schemas: []string{"app", "typo"}}, `--schema "typo" matches no schema`, nil},
		{Options{Schemas: []string{"db.app"}}, "holds no '.'", nil},
		{Options{ExcludeSchemas: []string{"nosuch", "other", "types", "same"}}, "", []string{
			`--exclude-schema "nosuch" matches no schema on either side`,
			"column app.orders.mood needs enum types.mood, which is outside the schema filter and differs between the sides",
			"constraint app.orders.orders_customer_fkey needs table other.customers, which is outside the schema filter and exists only in the target",
		}},
		{Options{Schemas: []string{"ap*"}}, "", []string{"column app.orders.mood needs enum types.mood", "needs table other.customers"}},
		{Options{Schemas: []string{"app", "types", "other"}}, "", nil},
		{Options{Schemas: []string{"other"}}, "", nil},
		{Options{Schemas: []string{"ext"}}, "", nil},
	} {
		plan, err := Diff(from, to, tc.opts)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%+v: error %v, want %q", tc.opts, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%+v: %v", tc.opts, err)
		}
		if len(plan.Warnings) != len(tc.warnings) {
			t.Errorf("%+v: warnings %q, want %d", tc.opts, plan.Warnings, len(tc.warnings))
			continue
		}
		for i, w := range tc.warnings {
			if !strings.Contains(plan.Warnings[i], w) {
				t.Errorf("%+v: warning %q, want %q", tc.opts, plan.Warnings[i], w)
			}
		}
	}
}
