package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var triggerRules = &rules[snapshot.Trigger]{
	objectKind: snapshot.KindTrigger,
	list:       func(c *snapshot.Catalog) []snapshot.Trigger { return c.Triggers },
	create: plain(func(p *planner, t snapshot.Trigger) []Statement {
		out := []Statement{stmt(ActionCreate, triggerLayout(t.Definition))}
		// CREATE TRIGGER always makes an origin-enabled trigger.
		out = append(out, triggerEnabled(t, "O")...)
		return append(out, commentOnCreate(triggerTarget(t), t.Comment)...)
	}),
	drop: plain(func(p *planner, t snapshot.Trigger) []Statement {
		// DROP TABLE (or VIEW) takes its triggers along.
		if p.relationDropped(t.Schema, t.Table) {
			return nil
		}
		return []Statement{stmt(ActionDrop, "DROP "+triggerTarget(t), p.dropHazards(t.ID(), false)...)}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.Trigger) ([]Statement, bool) {
		var out []Statement
		enabled := from.Enabled
		if from.Definition != to.Definition {
			// CREATE OR REPLACE TRIGGER (PostgreSQL 14+) swaps the definition
			// in one statement, without a window in which the table has no
			// trigger; it does not exist for constraint triggers.
			if from.Constraint || to.Constraint || p.scriptVersion() < 140000 ||
				!strings.HasPrefix(to.Definition, "CREATE TRIGGER ") {
				return nil, true
			}
			sql := "CREATE OR REPLACE TRIGGER " + strings.TrimPrefix(to.Definition, "CREATE TRIGGER ")
			out = append(out, stmt(ActionReplace, triggerLayout(sql)))
			enabled = "O" // the replaced trigger fires on origin again
		}
		out = append(out, triggerEnabled(to, enabled)...)
		return append(out, commentChange(triggerTarget(to), from.Comment, to.Comment)...), false
	}),
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

// triggerClauses are the clauses of pg_get_triggerdef's one-line output that
// start a line of their own in the script (INITIALLY stays on the line of
// its DEFERRABLE). NOT DEFERRABLE comes first so that it is not split.
var triggerClauses = []string{" FROM ", " NOT DEFERRABLE", " DEFERRABLE", " REFERENCING ",
	" FOR EACH ", " WHEN ", " EXECUTE FUNCTION ", " EXECUTE PROCEDURE "}

// triggerLayout breaks a trigger definition into one clause per line, the
// way people write them. Clauses are found only outside quotes and
// parentheses, in upper case: unquoted identifiers are always lower case, so
// no name, argument or WHEN expression can be mistaken for one.
func triggerLayout(def string) string {
	var b strings.Builder
	depth := 0
	var quote byte
	for i := 0; i < len(def); i++ {
		c := def[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == ' ' && depth == 0:
			for _, kw := range triggerClauses {
				if strings.HasPrefix(def[i:], kw) {
					b.WriteString("\n   " + kw)
					i += len(kw) - 1
					c = 0
					break
				}
			}
		}
		if c != 0 {
			b.WriteByte(c)
		}
	}
	return b.String()
}
