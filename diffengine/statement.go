package diffengine

import (
	"github.com/pgstrata/pgstrata/snapshot"
)

// Action says what a statement does to its object.
type Action string

// The actions a statement can take.
const (
	ActionCreate  Action = "create"
	ActionDrop    Action = "drop"
	ActionAlter   Action = "alter"
	ActionReplace Action = "replace" // CREATE OR REPLACE in place
	ActionGrant   Action = "grant"   // GRANT, REVOKE, OWNER TO
	ActionComment Action = "comment"
	ActionSetting Action = "setting" // session settings at the top of a script
)

// Hazard names a risk a statement carries. Statements with a data-loss hazard
// are withheld unless the user passes --unsafe.
type Hazard string

// The hazards the planner knows.
const (
	// HazardDataLoss: the statement drops an object that holds data or
	// definitions (a table, a column, a function…), or rewrites values in a
	// way that can lose them.
	HazardDataLoss Hazard = "data_loss"
	// HazardRewrite: the statement rewrites a table (holding an ACCESS
	// EXCLUSIVE lock meanwhile) but keeps every value; it is not withheld.
	HazardRewrite Hazard = "rewrite"
	// HazardSequenceReset: the statement restarts a sequence, so values it
	// hands out may repeat ones already in use.
	HazardSequenceReset Hazard = "sequence_reset"
	// HazardExtensionChange: the statement changes an extension's version,
	// which runs the extension's own update scripts.
	HazardExtensionChange Hazard = "extension_change"
	// HazardNoUpdatePath: the source's server has no update path to the
	// wanted extension version, so the statement fails as it stands.
	HazardNoUpdatePath Hazard = "no_update_path"
	// HazardInexact: no statement can make the object exactly the
	// target's, and this one leaves it as close as PostgreSQL allows;
	// Plan.Warnings says what differs. It loses nothing, so it does not
	// make a statement unsafe.
	HazardInexact Hazard = "inexact"
)

// Statement is one SQL statement of a plan and what it is about.
type Statement struct {
	// SQL is one complete statement ending in ";".
	SQL string
	// ID is the object the statement acts on.
	ID     snapshot.ObjectID
	Action Action
	// Hazards lists the risks of running it.
	Hazards []Hazard `json:",omitempty"`
	// NonTransactional is true for statements that cannot run inside a
	// transaction block (none are planned by default).
	NonTransactional bool `json:",omitempty"`
}

// Unsafe reports whether the statement can lose data or break existing
// values.
func (s Statement) Unsafe() bool {
	for _, h := range s.Hazards {
		if h == HazardDataLoss || h == HazardSequenceReset || h == HazardNoUpdatePath {
			return true
		}
	}
	return false
}

// Plan is the ordered list of statements that turns one schema into another.
type Plan struct {
	Statements []Statement
	// Warnings name what the planner had to guess, such as a dependency
	// cycle it broke; the statements may then need a reviewer's eye.
	Warnings []string `json:",omitempty"`
}

// Empty reports whether the schemas were the same.
func (p *Plan) Empty() bool { return len(p.Statements) == 0 }

// Unsafe returns the statements that can lose data.
func (p *Plan) Unsafe() []Statement {
	var out []Statement
	for _, s := range p.Statements {
		if s.Unsafe() {
			out = append(out, s)
		}
	}
	return out
}
