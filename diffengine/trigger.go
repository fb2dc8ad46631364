package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var triggerRules = &rules[snapshot.Trigger]{
	objectKind: snapshot.KindTrigger,
	list:       func(c *snapshot.Catalog) []snapshot.Trigger { return c.Triggers },
	create: func(p *planner, t snapshot.Trigger) []Statement {
		out := []Statement{stmt(ActionCreate, t.Definition)}
		// CREATE TRIGGER always makes an origin-enabled trigger.
		out = append(out, triggerEnabled(t, "O")...)
		return append(out, commentOnCreate(triggerTarget(t), t.Comment)...)
	},
	drop: func(p *planner, t snapshot.Trigger) []Statement {
		// DROP TABLE (or VIEW) takes its triggers along.
		if p.relationDropped(t.Schema, t.Table) {
			return nil
		}
		return []Statement{stmt(ActionDrop, "DROP "+triggerTarget(t), p.dropHazards(t.ID(), false)...)}
	},
	alter: func(p *planner, from, to snapshot.Trigger) ([]Statement, bool) {
		var out []Statement
		enabled := from.Enabled
		if from.Definition != to.Definition {
			// CREATE OR REPLACE TRIGGER (PostgreSQL 14+) swaps the definition
			// in one statement, without a window in which the table has no
			// trigger; it does not exist for constraint triggers.
			if from.Constraint || to.Constraint || p.to.ServerVersionNum < 140000 ||
				!strings.HasPrefix(to.Definition, "CREATE TRIGGER ") {
				return nil, true
			}
			sql := "CREATE OR REPLACE TRIGGER " + strings.TrimPrefix(to.Definition, "CREATE TRIGGER ")
			out = append(out, stmt(ActionReplace, sql))
			enabled = "O" // the replaced trigger fires on origin again
		}
		out = append(out, triggerEnabled(to, enabled)...)
		return append(out, commentChange(triggerTarget(to), from.Comment, to.Comment)...), false
	},
}

// triggerTarget is "TRIGGER name ON s.table", as DROP and COMMENT ON want it.
func triggerTarget(t snapshot.Trigger) string {
	return "TRIGGER " + ident(t.Name) + " ON " + qualified(t.Schema, t.Table)
}

// triggerEnabled sets a trigger's firing mode when it differs from the one
// it has (from).
func triggerEnabled(t snapshot.Trigger, from string) []Statement {
	if t.Enabled == from {
		return nil
	}
	sql := "ALTER TABLE " + qualified(t.Schema, t.Table) + " " + enabledKeyword(t.Enabled) + " TRIGGER " + ident(t.Name)
	return []Statement{stmt(ActionAlter, sql)}
}

// enabledKeyword turns a firing mode (tgenabled, ev_enabled, evtenabled)
// into the ALTER clause that sets it.
func enabledKeyword(mode string) string {
	switch mode {
	case "D":
		return "DISABLE"
	case "R":
		return "ENABLE REPLICA"
	case "A":
		return "ENABLE ALWAYS"
	}
	return "ENABLE"
}
