package diffengine

import (
	"fmt"
	"strings"
	"time"

	"github.com/pgstrata/pgstrata/snapshot"
)

// Online plans (Options.Online) keep a busy table available while the
// script runs. On tables that exist before the plan (and that it does not
// re-create):
//   - indexes are built and dropped CONCURRENTLY, each build preceded by
//     DROP INDEX CONCURRENTLY IF EXISTS of its name, so that running the
//     build again after a failure (which leaves an INVALID index behind)
//     converges; a changed index is built under a temporary name, the old
//     one dropped, the new one renamed (swapChangedIndexes, when the old
//     one need not go first: otherwise it is dropped and built again);
//   - CHECK and FOREIGN KEY constraints are added NOT VALID, then
//     validated in a transaction of their own;
//   - NOT NULL comes through a validated helper check, and UNIQUE and
//     PRIMARY KEY through an index built concurrently and taken over with
//     USING INDEX (online_constraints.go).
//
// A partitioned table's new index is built partition by partition
// (online_partitioned.go); its other index and constraint statements stay
// plain (DROP INDEX CONCURRENTLY refuses a partitioned index; NOT VALID
// foreign keys on one arrive in PostgreSQL 18), and their hazards say so. Whatever else stays
// blocking keeps its hazards. Segments then splits the ordered statements
// into the parts that commit on their own.

// Segments splits statements into segments: runs of statements that share
// a transaction, and runs that run outside one (those that cannot run in a
// transaction block, with what follows them about the same object).
func Segments(stmts []Statement) []Segment {
	var out []Segment
	for i, s := range stmts {
		if n := len(out); n > 0 && joinsSegment(out[n-1], stmts, i) {
			out[n-1].End = i + 1
			continue
		}
		out = append(out, Segment{Start: i, End: i + 1, Transaction: !s.NonTransactional})
	}
	return out
}

// joinsSegment reports whether statement i belongs to the segment before
// it. A transactional statement joins a transaction unless it or the one
// before runs in a transaction of its own. In a segment outside a
// transaction, a statement joins the one before it when both are about the
// same object (an index's guard, its build, the drop of its old version,
// the rename and settings that follow, each committing on its own):
// resuming at the segment then runs them all again, the guard first.
func joinsSegment(seg Segment, stmts []Statement, i int) bool {
	s, prev := stmts[i], stmts[i-1]
	if seg.Transaction {
		return !s.NonTransactional && !s.OwnTransaction && !prev.OwnTransaction
	}
	return s.ID == prev.ID && !s.OwnTransaction
}

// timeoutSettings are the timeouts an online script runs with. Plain SET
// (not SET LOCAL): they hold for the session, so for the statements that
// run outside a transaction block too.
func timeoutSettings(opts Options) []Statement {
	return []Statement{
		{SQL: "SET lock_timeout = " + durationSetting(opts.LockTimeout) + ";", Action: ActionSetting},
		{SQL: "SET statement_timeout = " + durationSetting(opts.StatementTimeout) + ";", Action: ActionSetting},
	}
}

// durationSetting writes a timeout as a setting's value: 0 (disabled), or
// whole minutes, seconds or milliseconds (rounded up).
func durationSetting(d time.Duration) string {
	if d <= 0 {
		return "0"
	}
	ms := d.Milliseconds()
	if d%time.Millisecond != 0 {
		ms++
	}
	switch {
	case ms%60000 == 0:
		return fmt.Sprintf("'%dmin'", ms/60000)
	case ms%1000 == 0:
		return fmt.Sprintf("'%ds'", ms/1000)
	default:
		return fmt.Sprintf("'%dms'", ms)
	}
}

// onlineTable returns the table of the source that an online plan may
// index or constrain without a long lock: one that exists before the plan
// and is not re-created by it, of a kind the online statements apply to
// (ordinary tables, and for indexes materialized views), not partitioned.
// partitioned reports a partitioned table that this increment leaves to
// plain statements.
func (p *planner) onlineTable(schema, name string, matviews bool) (ok, partitioned bool) {
	if !p.opts.Online {
		return false, false
	}
	rel := p.relations(p.from).of(snapshot.ColumnID(schema, name, ""))
	if !p.keptRelation(rel) {
		return false, false
	}
	switch rel.Kind {
	case snapshot.KindMaterializedView:
		return matviews, false
	case snapshot.KindTable:
	default:
		return false, false
	}
	for _, c := range []*snapshot.Catalog{p.from, p.to} {
		t, found := findByID(p, c, snapshot.KindTable, c.Tables, rel)
		if !found || t.RelKind != "r" {
			return false, found && t.RelKind == "p"
		}
	}
	return true, false
}

// keptRelation reports whether a relation exists before the plan and
// after it, and the plan neither drops nor re-creates it.
func (p *planner) keptRelation(rel snapshot.ObjectID) bool {
	return p.existsInSource(rel) && p.existsInTarget(rel) && !p.replaced[rel] && !p.relationDropped(rel.Schema, rel.Name)
}

// partitioned reports whether the table is partitioned on either side. A
// foreign key to one is added as it is: VALIDATE CONSTRAINT leaves the
// copies that reference its partitions NOT VALID (PostgreSQL 15).
func (p *planner) partitioned(name snapshot.QualifiedName) bool {
	id := snapshot.ObjectID{Kind: snapshot.KindTable, Schema: name.Schema, Name: name.Name}
	for _, c := range []*snapshot.Catalog{p.from, p.to} {
		if t, ok := findByID(p, c, snapshot.KindTable, c.Tables, id); ok && t.RelKind == "p" {
			return true
		}
	}
	return false
}

// concurrentIndex reports whether an online plan builds or drops ix
// concurrently.
func (p *planner) concurrentIndex(ix snapshot.Index) bool {
	ok, _ := p.onlineTable(ix.Schema, ix.Table, true)
	return ok
}

// outsideTransaction marks statements that cannot run in a transaction
// block.
func outsideTransaction(stmts ...Statement) []Statement {
	for i := range stmts {
		stmts[i].NonTransactional = true
	}
	return stmts
}

// concurrentDefinition turns pg_get_indexdef's "CREATE [UNIQUE] INDEX name
// ON …" into "CREATE [UNIQUE] INDEX CONCURRENTLY newName ON …".
func concurrentDefinition(ix snapshot.Index, newName string) (string, bool) {
	for _, prefix := range []string{"CREATE INDEX ", "CREATE UNIQUE INDEX "} {
		head := prefix + ident(ix.Name) + " ON "
		if strings.HasPrefix(ix.Definition, head) {
			return prefix + "CONCURRENTLY " + ident(newName) + " ON " + ix.Definition[len(head):], true
		}
	}
	return "", false
}

// createIndexConcurrently builds ix concurrently under the name name:
// first dropping whatever a failed build left under that name.
func createIndexConcurrently(ix snapshot.Index, name string) ([]Statement, bool) {
	def, ok := concurrentDefinition(ix, name)
	if !ok {
		return nil, false
	}
	return outsideTransaction(
		stmt(ActionDrop, "DROP INDEX CONCURRENTLY IF EXISTS "+qualified(ix.Schema, name)),
		stmt(ActionCreate, def)), true
}

// dropIndexConcurrently drops ix concurrently; IF EXISTS, so that running
// it again converges.
func dropIndexConcurrently(ix snapshot.Index) Statement {
	return outsideTransaction(stmt(ActionDrop, "DROP INDEX CONCURRENTLY IF EXISTS "+qualified(ix.Schema, ix.Name)))[0]
}

// swapChangedIndexes is the pass of online plans that turns the drop and
// re-creation of a changed index into a swap, so that there is no moment
// without the index: the new one is built under a temporary name, the old
// one dropped, the new one renamed (replaceIndexOnline). It runs once every
// step is known, and leaves the drop and re-creation as they are when the
// old index must go first: the index is re-created because something it
// depends on is (Statement.Cause), something depends on it (a foreign key
// on a unique index, re-created around it), or a column of its table that
// exists already is altered or dropped (ALTER COLUMN … TYPE would rebuild
// the old index with its old definition).
func (p *planner) swapChangedIndexes() {
	if !p.opts.Online {
		return
	}
	alteredColumns := map[snapshot.QualifiedName]bool{}
	for _, s := range p.steps {
		if s.id.Kind == snapshot.KindColumn {
			if _, ok := p.sourceColumn(s.id); ok {
				alteredColumns[snapshot.QualifiedName{Schema: s.id.Schema, Name: s.id.Table}] = true
			}
		}
	}
	for _, create := range p.steps {
		id := create.id
		drop, ok := p.index[dropping(id)]
		if id.Kind != snapshot.KindIndex || create.stepKey != creating(id) || !ok || len(drop.stmts) != 1 || len(create.stmts) == 0 ||
			!drop.stmts[0].NonTransactional || !create.stmts[0].NonTransactional {
			continue // not an index dropped and built again concurrently
		}
		if _, caused := p.causes[id]; caused {
			continue
		}
		from, ok1 := findByID(p, p.from, snapshot.KindIndex, p.from.Indexes, id)
		to, ok2 := findByID(p, p.to, snapshot.KindIndex, p.to.Indexes, id)
		if !ok1 || !ok2 || alteredColumns[snapshot.QualifiedName{Schema: from.Schema, Name: from.Table}] ||
			alteredColumns[snapshot.QualifiedName{Schema: to.Schema, Name: to.Table}] {
			continue
		}
		stmts, ok := p.replaceIndexOnline(from, to)
		if !ok {
			continue
		}
		for i := range stmts {
			stmts[i].ID = id
		}
		drop.stmts, create.stmts = nil, stmts
	}
}

// replaceIndexOnline returns the statements that swap from for to: to
// built under a temporary name, from dropped, the new one renamed. ok is
// false when something depends on the old index.
func (p *planner) replaceIndexOnline(from, to snapshot.Index) ([]Statement, bool) {
	if !p.concurrentIndex(from) || !p.concurrentIndex(to) || len(p.dependents().of(from.ID())) > 0 {
		return nil, false
	}
	temp := p.temporaryIndexName(to)
	out, ok := createIndexConcurrently(to, temp)
	if !ok {
		return nil, false
	}
	out = append(out, dropIndexConcurrently(from),
		stmt(ActionAlter, "ALTER INDEX "+qualified(to.Schema, temp)+" RENAME TO "+ident(to.Name)))
	out = append(out, indexSettings(to, snapshot.Index{})...)
	return append(out, commentOnCreate("INDEX "+qualified(to.Schema, to.Name), to.Comment)...), true
}

// temporaryIndexName is the name a changed index is built under: its own
// with "_pgstrata_new" (and a number if needed), cut to fit in 63 bytes,
// that no relation of the schema has on either side.
func (p *planner) temporaryIndexName(ix snapshot.Index) string {
	taken := map[string]bool{}
	for _, c := range []*snapshot.Catalog{p.from, p.to} {
		for _, t := range c.Tables {
			taken[t.Schema+"."+t.Name] = true
		}
		for _, v := range c.Views {
			taken[v.Schema+"."+v.Name] = true
		}
		for _, x := range c.Indexes {
			taken[x.Schema+"."+x.Name] = true
		}
		for _, s := range c.Sequences {
			taken[s.Schema+"."+s.Name] = true
		}
		for _, t := range c.CompositeTypes {
			taken[t.Schema+"."+t.Name] = true
		}
	}
	return unusedName(ix.Name, "_pgstrata_new", func(name string) bool { return taken[ix.Schema+"."+name] })
}

// addConstraintOnline adds a CHECK or FOREIGN KEY constraint to a table
// that exists NOT VALID (a short lock, no scan), then validates it in a
// transaction of its own (a scan that lets reads and writes go on).
func (p *planner) addConstraintOnline(c snapshot.Constraint) ([]Statement, bool) {
	if c.NotValid || (c.Type != "c" && c.Type != "f") {
		return nil, false
	}
	// A CHECK on a partitioned table too: VALIDATE checks its partitions.
	// A foreign key on one, or to one, stays plain (see partitioned).
	ok, partitioned := p.onlineTable(c.Schema, c.Table, false)
	if !ok && !(partitioned && c.Type == "c") || c.References != nil && p.partitioned(*c.References) {
		return nil, false
	}
	table := qualified(c.Schema, c.Table)
	return []Statement{
		stmt(ActionCreate, "ALTER TABLE "+table+" ADD CONSTRAINT "+ident(c.Name)+" "+c.Definition+notValidClause),
		validateConstraint(c, true),
	}, true
}

// validateConstraint validates c; an online plan does it in a transaction
// of its own.
func validateConstraint(c snapshot.Constraint, online bool) Statement {
	s := stmt(ActionAlter, "ALTER TABLE "+qualified(c.Schema, c.Table)+" VALIDATE CONSTRAINT "+ident(c.Name))
	s.OwnTransaction = online
	return s
}

// noteOnlineLimits says, in the hazards of an online plan's index,
// constraint and SET NOT NULL statements on a partitioned table that still
// block writes, why they are not online.
func (p *planner) noteOnlineLimits(stmts []Statement) {
	for i := range stmts {
		s := &stmts[i]
		setNotNull := s.ID.Kind == snapshot.KindColumn && strings.HasSuffix(s.SQL, " SET NOT NULL;")
		if s.Lock == nil || s.NonTransactional || (s.ID.Kind != snapshot.KindIndex && s.ID.Kind != snapshot.KindConstraint && !setNotNull) ||
			onlineForm(*s) {
			continue
		}
		if _, partitioned := p.onlineTable(s.Lock.Relation.Schema, s.Lock.Relation.Name, true); !partitioned {
			continue
		}
		why := " (--online adds this constraint to a partitioned table as it is)"
		switch {
		case setNotNull:
			why = " (--online makes a partitioned table's column NOT NULL through its partitions only when every partition exists before the plan, stays, and is not partitioned itself)"
		case s.ID.Kind == snapshot.KindIndex && s.Action == ActionDrop:
			why = " (a partitioned table's index cannot be dropped concurrently)"
		case s.ID.Kind == snapshot.KindIndex:
			why = " (--online builds a partitioned table's index partition by partition only when every partition exists before the plan and stays)"
		case strings.Contains(s.SQL, " FOREIGN KEY "):
			why = " (a foreign key on a partitioned table cannot be added NOT VALID before PostgreSQL 18)"
		case strings.Contains(s.SQL, " PRIMARY KEY ") || strings.Contains(s.SQL, " UNIQUE "):
			why = " (ADD CONSTRAINT … USING INDEX does not take a partitioned table's index)"
		}
		for j := range s.Hazards {
			switch s.Hazards[j].Kind {
			case HazardBlocksWrites, HazardAccessExclusive, HazardFullScan:
				s.Hazards[j].Message += why
			}
		}
	}
}

// onlineForm reports whether a statement on a partitioned table is the
// online way already: the shell of an index built partition by partition
// (online_partitioned.go), a constraint added NOT VALID, a SET NOT NULL
// that reads nothing.
func onlineForm(s Statement) bool {
	return strings.Contains(s.SQL, " ON ONLY ") || strings.HasSuffix(s.SQL, notValidClause+";") || s.skipsScan
}
