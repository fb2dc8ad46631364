package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var functionRules = &rules[snapshot.Function]{
	objectKind: snapshot.KindFunction,
	extraKinds: []snapshot.Kind{snapshot.KindProcedure},
	list:       func(c *snapshot.Catalog) []snapshot.Function { return c.Functions },
	create: plain(func(p *planner, f snapshot.Function) []Statement {
		signature := routineSignature(f)
		out := []Statement{stmt(ActionCreate, strings.TrimRight(f.Definition, "\n"))}
		out = append(out, commentOnCreate(signature, f.Comment)...)
		return append(out, p.ownerAndGrants(f.ID(), signature, signature, nil, f.Common)...)
	}),
	drop: plain(func(p *planner, f snapshot.Function) []Statement {
		if p.canonicalOfDroppedRange(f) {
			return nil
		}
		return []Statement{stmt(ActionDrop, "DROP "+routineSignature(f), p.dropHazards(f.ID(), false)...)}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.Function) ([]Statement, bool) {
		signature := routineSignature(to)
		var out []Statement
		if from.Definition != to.Definition {
			// CREATE OR REPLACE keeps grants and dependents, but cannot change
			// the result type, argument names or defaults' removal.
			if from.Result != to.Result || from.Arguments != to.Arguments || from.Procedure != to.Procedure {
				return nil, true
			}
			out = append(out, Statement{SQL: strings.TrimRight(to.Definition, "\n") + ";", Action: ActionReplace})
		}
		out = append(out, commentChange(signature, from.Comment, to.Comment)...)
		return append(out, p.ownerAndGrants(to.ID(), signature, signature, &from.Common, to.Common)...), false
	}),
}

// routineSignature is "FUNCTION s.f(args)" or "PROCEDURE s.p(args)", as
// COMMENT ON, ALTER, GRANT and DROP want it.
func routineSignature(f snapshot.Function) string {
	keyword := "FUNCTION "
	if f.Procedure {
		keyword = "PROCEDURE "
	}
	return keyword + qualified(f.Schema, f.Name) + "(" + f.IdentityArgs + ")"
}

// canonicalOfDroppedRange reports whether f is the canonical function of a
// range type that this plan drops: DROP TYPE … CASCADE takes it along.
func (p *planner) canonicalOfDroppedRange(f snapshot.Function) bool {
	for _, r := range p.from.RangeTypes {
		if namesObject(r.Canonical, f.Schema, f.Name) && (p.has(r.ID(), phaseDrop) || !p.existsInTarget(r.ID())) {
			return true
		}
	}
	return false
}
