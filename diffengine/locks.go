package diffengine

import (
	"regexp"
	"strings"
	"sync"

	"github.com/pgstrata/pgstrata/snapshot"
)

// What a statement does to a live server: the lock it takes on an existing
// relation, and whether it reads every row (a scan) or writes a new copy of
// the table (a rewrite). The rules follow PostgreSQL's documentation of
// each command's lock level ("Explicit Locking", and the notes of ALTER
// TABLE, CREATE INDEX, CREATE TRIGGER…); TestLockRules proves a sample of
// them on a real server (pg_locks inside the transaction, relfilenode
// before and after). They are data: one row per statement shape, the first
// that matches wins.

// The lock modes, as pg_locks names them.
const (
	lockAccessExclusive   = "AccessExclusiveLock"
	lockExclusive         = "ExclusiveLock"
	lockShareRowExclusive = "ShareRowExclusiveLock"
	lockShare             = "ShareLock"
	lockShareUpdateExcl   = "ShareUpdateExclusiveLock"
	lockNone              = ""
	notValidClause        = " NOT VALID"
)

// lockRule describes one statement shape.
type lockRule struct {
	// pattern matches the statement's SQL (anchored at its start), or,
	// for afterRelation rules, what follows ALTER TABLE and its kin and
	// the relation's name (relationRE).
	pattern       *regexp.Regexp
	afterRelation bool
	// literal is the pattern's literal prefix, checked first: most rules
	// fail there.
	literal string
	mode    string
	// scans: the statement reads every row, unless the SQL says NOT VALID.
	scans    bool
	rewrites bool
}

func rule(pattern, mode string, scans, rewrites bool) lockRule {
	re := regexp.MustCompile(`^(?s:` + pattern + `)`)
	literal, _ := re.LiteralPrefix()
	return lockRule{pattern: re, literal: literal, mode: mode, scans: scans, rewrites: rewrites}
}

// alterRule is a rule for a subcommand of ALTER TABLE and its kin.
func alterRule(subcommand, mode string, scans, rewrites bool) lockRule {
	r := rule(subcommand, mode, scans, rewrites)
	r.afterRelation = true
	return r
}

// name is an identifier or qualified name as the plan writes it (quoted
// parts may hold spaces and dots); relation is the start of ALTER TABLE
// and its kin, up to the name.
const (
	namePart = `(?:"(?:[^"]|"")*"|[^\s."(]+)`
	name     = namePart + `(?:\.` + namePart + `)*`
	relation = `ALTER (?:TABLE|FOREIGN TABLE|VIEW|MATERIALIZED VIEW)(?: ONLY)? ` + name + ` `
)

var relationRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^` + relation) })

// lockRules are compiled when a plan is first annotated, not when the
// program starts: every command paid 1.6 ms for them.
var lockRules = sync.OnceValue(func() []lockRule {
	return []lockRule{
		rule(`DROP (?:TABLE|FOREIGN TABLE|VIEW|MATERIALIZED VIEW|SEQUENCE) `, lockAccessExclusive, false, false),
		rule(`DROP INDEX CONCURRENTLY `, lockShareUpdateExcl, false, false),
		rule(`DROP INDEX `, lockAccessExclusive, false, false),
		rule(`CREATE (?:UNIQUE )?INDEX CONCURRENTLY `, lockShareUpdateExcl, true, false),
		// ON ONLY builds nothing: the partitioned table's index is an empty
		// shell until its partitions' indexes are attached.
		rule(`CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?`+name+` ON ONLY `, lockShare, false, false),
		rule(`CREATE (?:UNIQUE )?INDEX `, lockShare, true, false),
		rule(`REINDEX `, lockShare, true, false),
		rule(`CREATE (?:OR REPLACE )?(?:CONSTRAINT )?TRIGGER `, lockShareRowExclusive, false, false),
		rule(`DROP TRIGGER `, lockAccessExclusive, false, false),
		rule(`(?:CREATE|ALTER|DROP) POLICY `, lockAccessExclusive, false, false),
		rule(`(?:CREATE (?:OR REPLACE )?|DROP )RULE `, lockAccessExclusive, false, false),
		rule(`(?:CREATE|DROP) STATISTICS `, lockShareUpdateExcl, false, false),
		rule(`REFRESH MATERIALIZED VIEW CONCURRENTLY `, lockExclusive, true, false),
		rule(`REFRESH MATERIALIZED VIEW `, lockAccessExclusive, true, true),
		rule(`CREATE OR REPLACE VIEW `, lockAccessExclusive, false, false),
		rule(`ALTER SEQUENCE `+name+` SET (?:LOGGED|UNLOGGED)`, lockAccessExclusive, false, true),
		rule(`ALTER SEQUENCE `, lockShareRowExclusive, false, false),
		// ALTER TABLE: the subcommand decides.
		alterRule(`ADD CONSTRAINT `+name+` FOREIGN KEY `, lockShareRowExclusive, true, false),
		alterRule(`ADD CONSTRAINT `+name+` (?:UNIQUE|PRIMARY KEY) USING INDEX`, lockAccessExclusive, false, false),
		alterRule(`ADD CONSTRAINT `+name+` (?:PRIMARY KEY|UNIQUE|EXCLUDE)`, lockAccessExclusive, true, false),
		alterRule(`ADD CONSTRAINT `+name+` CHECK `, lockAccessExclusive, true, false),
		alterRule(`VALIDATE CONSTRAINT `, lockShareUpdateExcl, true, false),
		alterRule(`ALTER COLUMN `+name+` SET NOT NULL`, lockAccessExclusive, true, false),
		alterRule(`ALTER COLUMN `+name+` (?:SET STATISTICS|SET \(|RESET \()`, lockShareUpdateExcl, false, false),
		alterRule(`SET (?:LOGGED|UNLOGGED)`, lockAccessExclusive, false, true),
		alterRule(`(?:SET|RESET) \(`, lockShareUpdateExcl, false, false),
		alterRule(`(?:ENABLE|DISABLE) (?:ALWAYS |REPLICA )?TRIGGER `, lockShareRowExclusive, false, false),
		alterRule(`ATTACH PARTITION `, lockShareUpdateExcl, true, false),
		alterRule(`DETACH PARTITION `+name+` CONCURRENTLY`, lockShareUpdateExcl, false, false),
		alterRule(`(?:CLUSTER ON|SET WITHOUT CLUSTER)`, lockShareUpdateExcl, false, false),
		alterRule(``, lockAccessExclusive, false, false),
		rule(`ALTER INDEX `+name+` (?:SET|RESET) \(`, lockShareUpdateExcl, false, false),
		// A rename locks the index alone (SHARE UPDATE EXCLUSIVE), not its table;
		// attaching a partition's index locks the two indexes (the partition's
		// ACCESS EXCLUSIVE, for the moment the statement commits) and takes
		// ACCESS SHARE on the tables.
		rule(`ALTER INDEX `+name+` RENAME TO `, lockNone, false, false),
		rule(`ALTER INDEX `+name+` ATTACH PARTITION `, lockNone, false, false),
		rule(`ALTER INDEX `, lockAccessExclusive, false, false),
	}
})

// writeBlockingModes are the modes that make INSERT, UPDATE and DELETE
// wait (they conflict with ROW EXCLUSIVE).
var writeBlockingModes = map[string]bool{
	lockShare: true, lockShareRowExclusive: true, lockExclusive: true, lockAccessExclusive: true,
}

// classify finds the rule for a statement's SQL; ok is false when none
// applies (creations of new objects, grants, comments…).
func classify(sql string) (lockRule, bool) {
	subcommand, isAlter := "", false
	if loc := relationRE().FindStringIndex(sql); loc != nil {
		subcommand, isAlter = sql[loc[1]:], true
	}
	for _, r := range lockRules() {
		text := sql
		if r.afterRelation {
			if !isAlter {
				continue
			}
			text = subcommand
		}
		if strings.HasPrefix(text, r.literal) && r.pattern.MatchString(text) {
			if r.scans && strings.Contains(sql, notValidClause) {
				r.scans = false // NOT VALID: existing rows are not checked
			}
			return r, true
		}
	}
	return lockRule{}, false
}

// annotateLock sets what statement s does to an existing relation: its
// lock, scan and rewrite, and the hazards they mean for a live server.
// Statements on relations the plan creates lock nothing anyone waits for.
func (p *planner) annotateLock(s *Statement) {
	// The relation first: in a big plan most statements create objects
	// no one else can see yet, and need no pattern matched.
	rel, ok := p.lockedRelation(s.ID)
	if !ok || p.replaced[rel] && s.Action != ActionDrop {
		return // a relation the plan re-creates is new once created
	}
	r, ok := classify(s.SQL)
	if !ok || r.mode == lockNone {
		return
	}
	s.Lock = &Lock{Mode: r.mode, Relation: rel}
	s.Scans = s.Scans || r.scans && !s.skipsScan
	s.Rewrites = s.Rewrites || r.rewrites
	name := rel.String()
	switch {
	case r.mode == lockAccessExclusive:
		s.addHazard(hazard(HazardAccessExclusive, "takes an ACCESS EXCLUSIVE lock on %s: reads and writes wait until the transaction ends", name))
	case writeBlockingModes[r.mode]:
		s.addHazard(hazard(HazardBlocksWrites, "takes a %s on %s: writes wait until the transaction ends", r.mode, name))
	}
	if s.Scans && writeBlockingModes[r.mode] {
		s.addHazard(hazard(HazardFullScan, "reads every row of %s while holding a %s", name, r.mode))
	}
	if s.Rewrites && !s.Has(HazardTableRewrite) {
		s.addHazard(hazard(HazardTableRewrite, "writes a new copy of %s", name))
	}
}

// lockedRelation returns the relation a statement about object id locks,
// if it exists in the source and is not created by the plan: the object
// itself for tables, views and sequences; the table of a column,
// constraint, trigger, policy, rule or index.
func (p *planner) lockedRelation(id snapshot.ObjectID) (snapshot.ObjectID, bool) {
	var rel snapshot.ObjectID
	switch {
	case id.Table != "":
		rel = p.relations(p.from).of(id)
	case id.Kind == snapshot.KindIndex:
		table, ok := p.tableOf(id)
		if !ok {
			return rel, false
		}
		rel = p.relations(p.from).of(snapshot.ColumnID(id.Schema, table, ""))
	case id.Kind == snapshot.KindStatistics:
		st, ok := findByID(p, p.from, id.Kind, p.from.Statistics, id)
		if !ok {
			return rel, false
		}
		rel = p.relations(p.from).of(snapshot.ColumnID(st.Table.Schema, st.Table.Name, ""))
	default:
		rel = id
	}
	switch rel.Kind {
	case snapshot.KindTable, snapshot.KindForeignTable, snapshot.KindView, snapshot.KindMaterializedView, snapshot.KindSequence:
	default:
		return rel, false
	}
	return rel, p.existsInSource(rel)
}
