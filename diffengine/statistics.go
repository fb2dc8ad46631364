package diffengine

import (
	"strconv"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var statisticsRules = &rules[snapshot.Statistics]{
	objectKind: snapshot.KindStatistics,
	list:       func(c *snapshot.Catalog) []snapshot.Statistics { return c.Statistics },
	create: plain(func(p *planner, s snapshot.Statistics) []Statement {
		out := []Statement{stmt(ActionCreate, strings.TrimSuffix(s.Definition, ";"))}
		out = append(out, statisticsTarget(p, s, -1)...)
		out = append(out, commentOnCreate(statisticsName(s), s.Comment)...)
		return append(out, statisticsOwner(p, s, "")...)
	}),
	drop: plain(func(p *planner, s snapshot.Statistics) []Statement {
		// Statistics objects go away with their table.
		if p.relationDropped(s.Table.Schema, s.Table.Name) {
			return nil
		}
		return []Statement{stmt(ActionDrop, "DROP "+statisticsName(s), p.dropHazards(s.ID(), false)...)}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.Statistics) ([]Statement, bool) {
		// ALTER STATISTICS changes only the target, owner and comment.
		if from.Definition != to.Definition || from.Table != to.Table {
			return nil, true
		}
		out := statisticsTarget(p, to, from.Target)
		out = append(out, commentChange(statisticsName(to), from.Comment, to.Comment)...)
		return append(out, statisticsOwner(p, to, from.Owner)...), false
	}),
}

// statisticsName is "STATISTICS s.name", as ALTER, DROP and COMMENT ON want it.
func statisticsName(s snapshot.Statistics) string {
	return "STATISTICS " + qualified(s.Schema, s.Name)
}

// statisticsTarget sets the statistics target when it differs from the
// current one (-1, the default, for a new object). The target is settable
// from PostgreSQL 13; on 12 it is always the default.
func statisticsTarget(p *planner, s snapshot.Statistics, from int) []Statement {
	if s.Target == from || p.scriptVersion() < 130000 {
		return nil
	}
	sql := "ALTER " + statisticsName(s) + " SET STATISTICS " + strconv.Itoa(s.Target)
	return []Statement{stmt(ActionAlter, sql)}
}

// statisticsOwner gives the object its owner when privileges are compared;
// from is the current owner ("" for a new object).
func statisticsOwner(p *planner, s snapshot.Statistics, from string) []Statement {
	if !p.opts.WithPrivileges || s.Owner == from {
		return nil
	}
	return []Statement{stmt(ActionGrant, "ALTER "+statisticsName(s)+" OWNER TO "+ident(s.Owner))}
}
