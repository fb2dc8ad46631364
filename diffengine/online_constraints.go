package diffengine

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pgstrata/pgstrata/internal/sqltext"
	"github.com/pgstrata/pgstrata/snapshot"
)

// The online ways to add NOT NULL, UNIQUE and PRIMARY KEY to a table that
// exists (online.go has indexes, CHECK and FOREIGN KEY).

// setNotNullOnline returns the statements that make an existing column of
// an existing table NOT NULL without reading the table under an ACCESS
// EXCLUSIVE lock: a helper CHECK (col IS NOT NULL) added NOT VALID (a
// short lock, no scan), validated in a transaction of its own (a scan that
// lets reads and writes go on), then SET NOT NULL, which finds the check
// and skips its own scan (PostgreSQL 12 and later), and the helper
// dropped. The helper is added after dropping any leftover of an earlier
// run (in the same statement, which takes the same lock), so that the
// script can be run again from the top. ok is false where the plain
// statement stays: not an online plan, a table the plan creates or
// rebuilds, a foreign table. A partitioned table has no rows of its own:
// see setNotNullOnPartitions.
func (p *planner) setNotNullOnline(t snapshot.Table, column string) (planned, bool) {
	ok, partitioned := p.onlineTable(t.Schema, t.Name, false)
	if partitioned {
		return p.setNotNullOnPartitions(t, column)
	}
	if !ok {
		return planned{}, false
	}
	table := "ALTER TABLE " + qualified(t.Schema, t.Name)
	helper := p.notNullHelperName(t, column)
	check := stmt(ActionAlter, table+" DROP CONSTRAINT IF EXISTS "+ident(helper)+
		", ADD CONSTRAINT "+ident(helper)+" CHECK ("+ident(column)+" IS NOT NULL)"+notValidClause)
	validate := stmt(ActionAlter, table+" VALIDATE CONSTRAINT "+ident(helper))
	validate.OwnTransaction = true
	setNotNull := stmt(ActionAlter, table+" ALTER COLUMN "+ident(column)+" SET NOT NULL")
	setNotNull.skipsScan = true
	drop := stmt(ActionAlter, table+" DROP CONSTRAINT "+ident(helper))
	return only(check, validate, setNotNull, drop), true
}

// setNotNullOnPartitions makes a partitioned table's column NOT NULL
// after its partitions' (which the partitions' own column steps make NOT
// NULL online): its SET NOT NULL then finds every partition's column NOT
// NULL already and reads nothing. Only when every partition exists
// before the plan, stays, and is not partitioned itself; otherwise the
// plain statement stays, and scans the partitions under lock.
func (p *planner) setNotNullOnPartitions(t snapshot.Table, column string) (planned, bool) {
	var out planned
	parent := snapshot.QualifiedName{Schema: t.Schema, Name: t.Name}
	for _, part := range p.targetPartitions().tables[parent] {
		if !p.keptPartition(part.Schema, part.Name) || p.partitioned(part) {
			return planned{}, false
		}
		out.before(creating(snapshot.ColumnID(part.Schema, part.Name, column)), creating(snapshot.ColumnID(t.Schema, t.Name, column)))
	}
	s := stmt(ActionAlter, "ALTER TABLE "+qualified(t.Schema, t.Name)+" ALTER COLUMN "+ident(column)+" SET NOT NULL")
	s.skipsScan = true
	out.add(s)
	return out, true
}

// notNullHelperName is the name of the helper check that makes column NOT
// NULL online: "<column>_pgstrata_not_null" (and a number if needed), cut
// to fit in 63 bytes, that no constraint of the table has on either side.
func (p *planner) notNullHelperName(t snapshot.Table, column string) string {
	taken := func(name string) bool {
		id := snapshot.ObjectID{Kind: snapshot.KindConstraint, Schema: t.Schema, Table: t.Name, Name: name}
		for _, c := range []*snapshot.Catalog{p.from, p.to} {
			if _, ok := findByID(p, c, snapshot.KindConstraint, c.Constraints, id); ok {
				return true
			}
		}
		return false
	}
	return unusedName(column, "_pgstrata_not_null", taken)
}

// unusedName is base with suffix (then suffix2, suffix3…), base cut
// between characters so that the whole fits in 63 bytes, the first that
// taken refuses.
func unusedName(base, suffix string, taken func(string) bool) string {
	for n := 1; ; n++ {
		s := suffix
		if n > 1 {
			s += fmt.Sprint(n)
		}
		name := base
		for len(name)+len(s) > 63 {
			_, size := utf8.DecodeLastRuneInString(name)
			name = name[:len(name)-size]
		}
		if !taken(name + s) {
			return name + s
		}
	}
}

// addKeyOnline returns the statements that add a UNIQUE or PRIMARY KEY
// constraint to an existing table without building its index under lock:
// the index built concurrently under the constraint's name (after dropping
// whatever a failed build left), then ADD CONSTRAINT … USING INDEX, which
// only takes the index over. A primary key's columns must be NOT NULL by
// then, or USING INDEX would set them with a scan under lock: the columns'
// own steps, which come first, do it online (setNotNullOnline). ok is
// false where the plain statement stays: not an online plan, a table the
// plan creates, a partitioned table, or a definition USING INDEX cannot
// express (WITHOUT OVERLAPS, an index named other than its constraint).
func (p *planner) addKeyOnline(c snapshot.Constraint) ([]Statement, bool) {
	if c.NotValid || (c.Type != "u" && c.Type != "p") || c.Index != c.Name {
		return nil, false
	}
	if ok, _ := p.onlineTable(c.Schema, c.Table, false); !ok {
		return nil, false
	}
	key, ok := parseKeyDefinition(c.Definition)
	if !ok {
		return nil, false
	}
	index := "CREATE UNIQUE INDEX CONCURRENTLY " + ident(c.Name) + " ON " + qualified(c.Schema, c.Table) +
		" USING btree (" + key.columns + ")" + key.include + key.nulls + key.with + key.tablespace
	out := outsideTransaction(
		stmt(ActionDrop, "DROP INDEX CONCURRENTLY IF EXISTS "+qualified(c.Schema, c.Name)),
		stmt(ActionCreate, index))
	return append(out, stmt(ActionCreate, "ALTER TABLE "+qualified(c.Schema, c.Table)+" ADD CONSTRAINT "+
		ident(c.Name)+" "+key.keyword+" USING INDEX "+ident(c.Name)+key.deferral)), true
}

// keyDefinition is pg_get_constraintdef of a UNIQUE or PRIMARY KEY
// constraint taken apart: "UNIQUE [NULLS NOT DISTINCT] (cols) [INCLUDE
// (cols)] [WITH (options)] [USING INDEX TABLESPACE ts] [DEFERRABLE]
// [INITIALLY DEFERRED]". Each part but keyword and columns keeps the
// leading space it is written with in CREATE INDEX or ADD CONSTRAINT.
type keyDefinition struct {
	keyword, columns                 string
	nulls, include, with, tablespace string
	deferral                         string
}

// parseKeyDefinition takes def apart; ok is false for anything it does
// not know, which then stays a plain ADD CONSTRAINT.
func parseKeyDefinition(def string) (keyDefinition, bool) {
	var k keyDefinition
	rest, found := "", false
	for _, keyword := range []string{"UNIQUE", "PRIMARY KEY"} {
		if r, ok := strings.CutPrefix(def, keyword+" "); ok {
			k.keyword, rest, found = keyword, r, true
		}
	}
	if !found {
		return k, false
	}
	if r, ok := strings.CutPrefix(rest, "NULLS NOT DISTINCT "); ok {
		k.nulls, rest = " NULLS NOT DISTINCT", r
	}
	cols, rest, ok := sqltext.CutParenthesized(rest)
	if !ok || strings.Contains(cols, "WITHOUT OVERLAPS") || strings.Contains(cols, "PERIOD ") {
		return k, false
	}
	k.columns = cols
	if r, ok := strings.CutPrefix(rest, " INCLUDE "); ok {
		inner, r, ok := sqltext.CutParenthesized(r)
		if !ok {
			return k, false
		}
		k.include, rest = " INCLUDE ("+inner+")", r
	}
	if r, ok := strings.CutPrefix(rest, " WITH "); ok {
		inner, r, ok := sqltext.CutParenthesized(r)
		if !ok {
			return k, false
		}
		k.with, rest = " WITH ("+inner+")", r
	}
	if r, ok := strings.CutPrefix(rest, " USING INDEX TABLESPACE "); ok {
		name, r, _ := strings.Cut(r, " ")
		k.tablespace = " TABLESPACE " + name
		if r != "" {
			r = " " + r
		}
		rest = r
	}
	switch rest {
	case "", " DEFERRABLE", " DEFERRABLE INITIALLY DEFERRED":
		k.deferral = rest
		return k, true
	}
	return k, false
}
