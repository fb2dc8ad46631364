package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var ruleRules = &rules[snapshot.Rule]{
	objectKind: snapshot.KindRule,
	list:       func(c *snapshot.Catalog) []snapshot.Rule { return c.Rules },
	create: plain(func(p *planner, r snapshot.Rule) []Statement {
		out := []Statement{stmt(ActionCreate, ruleDefinition(r, false))}
		// CREATE RULE always makes an origin-enabled rule.
		out = append(out, ruleEnabled(r, "O")...)
		return append(out, commentOnCreate(ruleTarget(r), r.Comment)...)
	}),
	drop: plain(func(p *planner, r snapshot.Rule) []Statement {
		if p.relationDropped(r.Schema, r.Table) {
			return nil
		}
		return []Statement{stmt(ActionDrop, "DROP "+ruleTarget(r), p.dropHazards(r.ID(), false)...)}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.Rule) ([]Statement, bool) {
		var out []Statement
		if from.Definition != to.Definition {
			if !strings.HasPrefix(to.Definition, "CREATE RULE ") {
				return nil, true
			}
			// CREATE OR REPLACE RULE swaps the rule atomically (even its
			// event) and keeps its firing mode, comment and dependents.
			out = append(out, Statement{SQL: ruleDefinition(to, true) + ";", Action: ActionReplace})
		}
		out = append(out, ruleEnabled(to, from.Enabled)...)
		return append(out, commentChange(ruleTarget(to), from.Comment, to.Comment)...), false
	}),
}

// ruleDefinition is pg_get_ruledef's CREATE RULE statement without its
// final semicolon (stmt adds one), optionally as CREATE OR REPLACE.
func ruleDefinition(r snapshot.Rule, orReplace bool) string {
	def := strings.TrimSuffix(strings.TrimRight(r.Definition, "\n "), ";")
	if orReplace {
		def = "CREATE OR REPLACE RULE " + strings.TrimPrefix(def, "CREATE RULE ")
	}
	return def
}

// ruleTarget is "RULE name ON s.table", as DROP and COMMENT ON want it.
func ruleTarget(r snapshot.Rule) string {
	return "RULE " + ident(r.Name) + " ON " + qualified(r.Schema, r.Table)
}

// ruleEnabled sets a rule's firing mode when it differs from the one it has.
func ruleEnabled(r snapshot.Rule, from string) []Statement {
	if r.Enabled == from {
		return nil
	}
	sql := "ALTER TABLE " + qualified(r.Schema, r.Table) + " " + enabledKeyword(r.Enabled) + " RULE " + ident(r.Name)
	return []Statement{stmt(ActionAlter, sql)}
}
