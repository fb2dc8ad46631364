package diffengine

import (
	"slices"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// TestAnnotations checks what a plan says of its statements besides SQL,
// without a database: the attributes a change brings (old → new), the
// cause of a re-creation, and the authorization hazard of a grant.
func TestAnnotations(t *testing.T) {
	catalog := func(colType, def string, grant bool) *snapshot.Catalog {
		c := &snapshot.Catalog{
			Schemas: []snapshot.Schema{{Name: "app"}},
			Tables: []snapshot.Table{{Schema: "app", Name: "t", RelKind: "r", Columns: []snapshot.Column{
				{Name: "n", Type: colType, Default: def},
			}}},
			Views: []snapshot.View{{Schema: "app", Name: "v", Definition: " SELECT t.n FROM app.t;",
				Columns: []snapshot.Column{{Name: "n", Type: colType}}}},
			Dependencies: []snapshot.Dependency{{
				From: snapshot.ObjectID{Kind: snapshot.KindView, Schema: "app", Name: "v"},
				To:   snapshot.ColumnID("app", "t", "n"), Type: "n",
			}},
		}
		c.Tables[0].Owner = "postgres"
		if grant {
			c.Tables[0].ACL = []snapshot.ACLItem{{Grantee: "postgres", Grantor: "postgres", Privileges: "arwdDxt"},
				{Grantee: "reader", Grantor: "postgres", Privileges: "r"}}
		}
		c.Sort()
		return c
	}
	plan, err := Diff(catalog("integer", "1", false), catalog("bigint", "2", true), Options{WithPrivileges: true})
	if err != nil {
		t.Fatal(err)
	}
	find := func(prefix string) Statement {
		t.Helper()
		for _, s := range plan.Statements {
			if len(s.SQL) >= len(prefix) && s.SQL[:len(prefix)] == prefix {
				return s
			}
		}
		t.Fatalf("no statement starts with %q in %v", prefix, plan.Statements)
		return Statement{}
	}
	retype := find("ALTER TABLE app.t ALTER COLUMN n TYPE bigint")
	for _, want := range []Change{{"type", "integer", "bigint"}, {"default", "1", "2"}} {
		if !slices.Contains(retype.Changes, want) {
			t.Errorf("type change: changes %v, want %v among them", retype.Changes, want)
		}
	}
	if !retype.Has(HazardTableRewrite) || retype.Has(HazardDataLoss) || !retype.Rewrites {
		t.Errorf("integer → bigint: hazards %v, rewrites %v; want a rewrite without data loss", retype.Hazards, retype.Rewrites)
	}
	if retype.Lock == nil || retype.Lock.Mode != lockAccessExclusive {
		t.Errorf("type change: lock %+v, want ACCESS EXCLUSIVE on app.t", retype.Lock)
	}
	view := find("CREATE VIEW app.v")
	colID := snapshot.ColumnID("app", "t", "n")
	if view.Cause == nil || *view.Cause != colID || !view.Has(HazardDependentRebuild) {
		t.Errorf("view re-created: cause %v, hazards %v; want %s and dependent_rebuild", view.Cause, view.Hazards, colID)
	}
	grant := find("GRANT SELECT ON TABLE app.t TO reader")
	if !grant.Has(HazardAuthorization) {
		t.Errorf("grant: hazards %v, want authorization", grant.Hazards)
	}
}
