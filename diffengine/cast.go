package diffengine

import (
	"github.com/pgstrata/pgstrata/snapshot"
)

var castRules = &rules[snapshot.Cast]{
	objectKind: snapshot.KindCast,
	list:       func(c *snapshot.Catalog) []snapshot.Cast { return c.Casts },
	create: plain(func(p *planner, c snapshot.Cast) []Statement {
		sql := "CREATE CAST " + castPair(c)
		switch c.Method {
		case "f":
			sql += " WITH FUNCTION " + c.Function
		case "i":
			sql += " WITH INOUT"
		default:
			sql += " WITHOUT FUNCTION"
		}
		switch c.Context {
		case "a":
			sql += " AS ASSIGNMENT"
		case "i":
			sql += " AS IMPLICIT"
		}
		out := []Statement{stmt(ActionCreate, sql)}
		return append(out, commentOnCreate("CAST "+castPair(c), c.Comment)...)
	}),
	drop: plain(func(p *planner, c snapshot.Cast) []Statement {
		return []Statement{stmt(ActionDrop, "DROP CAST "+castPair(c), p.dropHazards(c.ID(), false)...)}
	}),
	// There is no ALTER CAST: anything but the comment means a new cast.
	alter: plainAlter(func(p *planner, from, to snapshot.Cast) ([]Statement, bool) {
		if from.Function != to.Function || from.Context != to.Context || from.Method != to.Method {
			return nil, true
		}
		return commentChange("CAST "+castPair(to), from.Comment, to.Comment), false
	}),
}

// castPair is "(source AS target)"; both types are in format_type form,
// qualified outside pg_catalog.
func castPair(c snapshot.Cast) string {
	return "(" + c.Source + " AS " + c.Target + ")"
}
