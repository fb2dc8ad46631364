package render

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// definition is one named text of an object that review shows as a text
// diff when it changes: a view's query, a function's body, a policy's
// expressions. Names are those of diffengine's Change attributes where
// the planner reports the same text, so that a change is shown once.
type definition struct {
	Name, Text string
}

// definitionsOf says, per kind, which texts of an object are definitions
// worth a text diff. Kinds not listed have none (their changes are short
// attributes, shown as old → new).
var definitionsOf = map[snapshot.Kind]func(snapshot.Object) []definition{
	snapshot.KindView:             viewDefinitions,
	snapshot.KindMaterializedView: viewDefinitions,
	snapshot.KindFunction:         functionDefinitions,
	snapshot.KindProcedure:        functionDefinitions,
	snapshot.KindPolicy: func(o snapshot.Object) []definition {
		p := o.(snapshot.Policy)
		return []definition{{"using", p.Using}, {"with check", p.WithCheck}}
	},
	snapshot.KindTrigger: func(o snapshot.Object) []definition {
		return []definition{{"definition", o.(snapshot.Trigger).Definition}}
	},
	snapshot.KindRule: func(o snapshot.Object) []definition {
		return []definition{{"definition", o.(snapshot.Rule).Definition}}
	},
	snapshot.KindConstraint: func(o snapshot.Object) []definition {
		return []definition{{"definition", o.(snapshot.Constraint).Definition}}
	},
	snapshot.KindColumn: func(o snapshot.Object) []definition {
		return []definition{{"default", o.(snapshot.TableColumn).Default}}
	},
	snapshot.KindDomain: func(o snapshot.Object) []definition {
		d := o.(snapshot.Domain)
		defs := []definition{{"default", d.Default}}
		var checks []string
		for _, c := range d.Constraints {
			checks = append(checks, c.Name+": "+c.Definition)
		}
		return append(defs, definition{"constraints", strings.Join(checks, "\n")})
	},
}

func viewDefinitions(o snapshot.Object) []definition {
	return []definition{{"definition", o.(snapshot.View).Definition}}
}

func functionDefinitions(o snapshot.Object) []definition {
	f := o.(snapshot.Function)
	return []definition{{"definition", f.Definition}}
}

// changedDefinitions returns the definitions of id that differ between
// the two catalogs, as pairs (from, to); nothing when the object is only
// on one side (its statement shows it whole).
func changedDefinitions(from, to *snapshot.Catalog, id snapshot.ObjectID) (names []string, pairs [][2]string) {
	of, ok := definitionsOf[id.Kind]
	if !ok {
		return nil, nil
	}
	a, okA := from.Find(id)
	b, okB := to.Find(id)
	if !okA || !okB {
		return nil, nil
	}
	defsA, defsB := of(a), of(b)
	for i := range defsA {
		if defsA[i].Text != defsB[i].Text {
			names = append(names, defsA[i].Name)
			pairs = append(pairs, [2]string{defsA[i].Text, defsB[i].Text})
		}
	}
	return names, pairs
}
