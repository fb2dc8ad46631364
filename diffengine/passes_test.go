package diffengine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// plannerPasses are the only functions that change the planner's state:
// the generic driver of the kind rules and the passes Diff runs after
// them. Kind rules (create, drop, alter and their helpers) return what
// they plan (planned) and change nothing; the driver merges it.
var plannerPasses = []string{
	"plan.go:add", "plan.go:addTo", "plan.go:diff", "plan.go:rebuild", "planned.go:merge",
	"annotate.go:noteCause", "order.go:order",
	"column_rebuild.go:rebuildColumnExpression", "domain_rebuild.go:rebuild",
	"default_privilege.go:orderDefaultPrivileges", "persistence.go:orderPersistence",
	"enum_labels.go:rebuildEnumsUsingNewLabels",
	"type_rebuild.go:finishTypeRebuilds", "type_rebuild.go:convertColumns", "type_rebuild.go:prependColumnStatements",
}

// TestOnlyPassesChangeThePlanner reads the package's source and fails when
// a function that is not one of plannerPasses calls the planner's
// mutating methods or assigns to its plan state. (The planner is `p`
// throughout the package, which the check relies on.)
func TestOnlyPassesChangeThePlanner(t *testing.T) {
	state := []string{"steps", "index", "replaced", "rebuildDependents", "warnings", "sequence", "typeRebuilds", "enumAdditions", "causes"}
	mutators := []string{"add", "addTo", "clear", "merge"}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	seen := map[string]bool{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range file.Decls {
			// Rules are often function literals in a var's value.
			where := name + ":" + declName(decl)
			ast.Inspect(decl, func(n ast.Node) bool {
				what := ""
				switch n := n.(type) {
				case *ast.CallExpr:
					if field, ok := plannerField(n.Fun); ok && slices.Contains(mutators, field) {
						what = "calls p." + field
					}
				case *ast.AssignStmt:
					for _, lhs := range n.Lhs {
						if ix, ok := lhs.(*ast.IndexExpr); ok {
							lhs = ix.X
						}
						if field, ok := plannerField(lhs); ok && slices.Contains(state, field) {
							what = "assigns p." + field
						}
					}
				}
				if what != "" {
					seen[where] = true
					if !slices.Contains(plannerPasses, where) {
						t.Errorf("%s %s at %s: kind rules return what they plan (planned) instead; only the planner's passes (plannerPasses) change it",
							where, what, fset.Position(n.Pos()))
					}
				}
				return true
			})
		}
	}
	for _, pass := range plannerPasses {
		if !seen[pass] {
			t.Errorf("%s no longer changes the planner: take it off plannerPasses", pass)
		}
	}
}

// plannerField returns the name selected from the planner p in e (p.x).
func plannerField(e ast.Expr) (string, bool) {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	id, ok := sel.X.(*ast.Ident)
	return sel.Sel.Name, ok && id.Name == "p"
}

// declName names a function or the first name a var declares.
func declName(decl ast.Decl) string {
	switch d := decl.(type) {
	case *ast.FuncDecl:
		return d.Name.Name
	case *ast.GenDecl:
		for _, spec := range d.Specs {
			if v, ok := spec.(*ast.ValueSpec); ok && len(v.Names) > 0 {
				return v.Names[0].Name
			}
		}
	}
	return ""
}
