package diffengine

import (
	"fmt"
	"slices"
	"strings"

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

// HazardKind names a risk a statement carries. The values are part of
// pgstrata's JSON output: never rename one.
type HazardKind string

// The hazards the planner knows. Which of them withhold a statement unless
// the user passes --unsafe is Withheld's policy.
const (
	// HazardDataLoss: the statement drops an object that holds data or
	// definitions (a table, a column, a function…), or converts values in
	// a way that can fail or lose them.
	HazardDataLoss HazardKind = "data_loss"
	// HazardTableRewrite: the statement rewrites the whole table under an
	// ACCESS EXCLUSIVE lock, keeping every value.
	HazardTableRewrite HazardKind = "table_rewrite"
	// HazardFullScan: the statement reads every row of a table to check
	// it (a constraint added valid, SET NOT NULL) while holding a lock
	// that blocks writes.
	HazardFullScan HazardKind = "full_scan_under_lock"
	// HazardAccessExclusive: the statement takes an ACCESS EXCLUSIVE lock
	// on an existing table, view or sequence: even reads wait for it, and
	// it waits for every running query on the relation.
	HazardAccessExclusive HazardKind = "access_exclusive_lock"
	// HazardBlocksWrites: the statement blocks writes to an existing table
	// while it runs (a plain CREATE INDEX, a trigger created).
	HazardBlocksWrites HazardKind = "blocks_writes"
	// HazardDependentRebuild: the object is dropped and created again only
	// because something it depends on changes (Statement.Cause).
	HazardDependentRebuild HazardKind = "dependent_rebuild"
	// HazardSequenceReset: the statement restarts a sequence, so values it
	// hands out may repeat ones already in use.
	HazardSequenceReset HazardKind = "sequence_reset"
	// HazardExtensionChange: the statement changes an extension's version,
	// which runs the extension's own update scripts.
	HazardExtensionChange HazardKind = "extension_change"
	// HazardNoUpdatePath: the source's server has no update path to the
	// wanted extension version, so the statement fails as it stands.
	HazardNoUpdatePath HazardKind = "no_update_path"
	// HazardAuthorization: who can see or do what changes (grants,
	// owners, row-level security and its policies, SECURITY DEFINER).
	HazardAuthorization HazardKind = "authorization"
	// HazardNonTransactional: the statement cannot run inside a
	// transaction block.
	HazardNonTransactional HazardKind = "non_transactional"
	// HazardInexact: no statement can make the object exactly the
	// target's, and this one leaves it as close as PostgreSQL allows;
	// Plan.Warnings says what differs. It loses nothing.
	HazardInexact HazardKind = "inexact"
)

// Hazard is one risk of a statement, with the reason in words.
type Hazard struct {
	Kind    HazardKind
	Message string
}

// hazard makes a Hazard; the message says what is at risk and why.
func hazard(kind HazardKind, format string, args ...any) Hazard {
	return Hazard{Kind: kind, Message: fmt.Sprintf(format, args...)}
}

// Statement is one SQL statement of a plan and what it is about.
type Statement struct {
	// SQL is one complete statement ending in ";".
	SQL string
	// ID is the object the statement acts on.
	ID     snapshot.ObjectID
	Action Action
	// Hazards lists the risks of running it, each kind at most once.
	Hazards []Hazard `json:",omitempty"`
	// Lock is the strongest lock the statement takes on a relation that
	// exists before the plan runs (nil when it takes none worth waiting
	// for: objects the plan creates are new to everyone else).
	Lock *Lock `json:",omitempty"`
	// Rewrites is set when the statement writes a new copy of a table
	// (and its indexes); Scans when it reads every row to check something.
	Rewrites bool `json:",omitempty"`
	Scans    bool `json:",omitempty"`
	// Changes lists what differs between the source's and the target's
	// version of the object (the attributes the statement brings to the
	// target's values); Cause names the object whose change made the plan
	// re-create this one.
	Changes []Change           `json:",omitempty"`
	Cause   *snapshot.ObjectID `json:",omitempty"`
	// NonTransactional is true for statements that cannot run inside a
	// transaction block (CONCURRENTLY, planned only with Options.Online).
	NonTransactional bool `json:",omitempty"`
	// OwnTransaction is true for a statement that an online plan runs in
	// a transaction of its own (a VALIDATE CONSTRAINT: the constraint
	// added NOT VALID must be committed before it, and its scan must not
	// hold the locks of the statements around it).
	OwnTransaction bool `json:",omitempty"`
	// skipsScan marks a SET NOT NULL that reads no rows: a validated
	// CHECK (col IS NOT NULL) proves it, or it is a partitioned table's
	// whose partitions have their NOT NULL already (setNotNullOnline).
	skipsScan bool
}

// Has reports whether the statement carries a hazard of this kind.
func (s Statement) Has(kind HazardKind) bool {
	return slices.ContainsFunc(s.Hazards, func(h Hazard) bool { return h.Kind == kind })
}

// addHazard adds h unless the statement has one of its kind already.
func (s *Statement) addHazard(h Hazard) {
	if !s.Has(h.Kind) {
		s.Hazards = append(s.Hazards, h)
	}
}

// Lock is a table-level lock a statement takes.
type Lock struct {
	// Mode is the lock mode as pg_locks names it ("AccessExclusiveLock").
	Mode     string
	Relation snapshot.ObjectID
}

// Change is one attribute of an object that the plan changes.
type Change struct {
	Attribute string
	From, To  string
}

// withheldHazards are the hazards migra's rule withholds without --unsafe:
// those that can lose data or break existing values, and a statement that
// cannot run as it stands.
var withheldHazards = []HazardKind{HazardDataLoss, HazardSequenceReset, HazardNoUpdatePath}

// Withholds reports whether a hazard of this kind withholds its statement
// without --unsafe.
func Withholds(kind HazardKind) bool { return slices.Contains(withheldHazards, kind) }

// Unsafe reports whether the statement is withheld without --unsafe: it
// carries a hazard that Withholds.
func (s Statement) Unsafe() bool {
	return slices.ContainsFunc(s.Hazards, func(h Hazard) bool { return Withholds(h.Kind) })
}

// Plan is the ordered list of statements that turns one schema into another.
type Plan struct {
	// Settings are the session settings the statements need, to be run
	// first (SET …; Action ActionSetting); empty when there are no
	// statements.
	Settings   []Statement `json:",omitempty"`
	Statements []Statement
	// Warnings name what the planner had to guess, such as a dependency
	// cycle it broke; the statements may then need a reviewer's eye.
	Warnings []string `json:",omitempty"`
	// Segments split the statements of an online plan (Options.Online)
	// into the parts that commit on their own, in order, covering every
	// statement; nil for a plan that runs in one transaction.
	Segments []Segment `json:",omitempty"`
}

// Segment is a run of statements that an online plan applies together:
// in one BEGIN … COMMIT (Transaction), or one by one outside any
// transaction block (CONCURRENTLY, and what follows about the same index,
// such as its rename). Each segment starts with the plan's session
// settings, so that a script can be resumed at any segment.
type Segment struct {
	// Start and End delimit the segment's statements:
	// Plan.Statements[Start:End].
	Start, End  int
	Transaction bool
}

// The session settings a script runs with. With function bodies left
// unchecked, a function can be created before the tables or other
// functions its body mentions, so the plan's order only has to follow real
// catalog dependencies, not the text of bodies (pg_dump does the same).
// Deparsed expressions (defaults, checks, view and trigger definitions)
// write string literals for standard_conforming_strings = on, where a
// backslash is an ordinary character; in a session where it is off (a
// legacy database or role setting) a backslash escapes the quote after
// it, so a literal could end elsewhere and the text after it run as SQL.
// Without a backslash the setting changes nothing, so plans without one
// do without it.
const (
	settingFunctionBodies   = "SET check_function_bodies = off;"
	settingConformingString = "SET standard_conforming_strings = on;"
)

// SettingsFor returns the session settings that statements need (what
// Diff puts in Plan.Settings), for plans put together by hand.
func SettingsFor(statements []Statement) []Statement {
	if len(statements) == 0 {
		return nil
	}
	out := []Statement{{SQL: settingFunctionBodies, Action: ActionSetting}}
	if slices.ContainsFunc(statements, func(s Statement) bool { return strings.Contains(s.SQL, `\`) }) {
		out = append(out, Statement{SQL: settingConformingString, Action: ActionSetting})
	}
	return out
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
