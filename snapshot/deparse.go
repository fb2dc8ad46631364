package snapshot

import (
	"slices"
	"strconv"
	"strings"
)

// Index and constraint definitions built by the client.
//
// pg_get_indexdef and pg_get_constraintdef look each column, operator class
// and relation up in the server's caches, which are cold in a new session:
// at 10,000 tables they cost about 0.4 s of a 1.3 s read. Most definitions
// are plain (columns by name, default operator classes and collations), and
// everything they print is already in hand after the columns step, read in
// the same snapshot. So the reader builds those itself, word for word as
// PostgreSQL's ruleutils.c prints them, and asks the server (one set-based
// query per kind) only for the rest: expressions, predicates, options,
// non-default operator classes or collations, other access methods, and
// anything it cannot resolve.
//
// ReadOptions.ServerDeparse turns this off. The tests read every fixture,
// corpus schema and diff case both ways, on every supported major, and
// require identical catalogs.

// columnFacts is what definitions need to know about a column.
type columnFacts struct {
	typ       uint32 // atttypid
	collation uint32 // attcollation
	quoted    string // quote_ident(attname), by the server's own keyword list
}

// columnByNum returns the facts of column num of relation rel.
func (r *reader) columnByNum(rel uint32, num int16) (columnFacts, bool) {
	i, found := slices.BinarySearch(r.attnums[rel], num)
	if !found {
		return columnFacts{}, false
	}
	return r.columnFacts[rel][i], true
}

// writeColumnList writes the quoted names of columns nums of relation rel,
// separated by ", " (ruleutils.c's decompile_column_index_array).
func (r *reader) writeColumnList(b *strings.Builder, rel uint32, nums []int16) bool {
	for i, num := range nums {
		col, ok := r.columnByNum(rel, num)
		if !ok {
			return false
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(col.quoted)
	}
	return true
}

// deparseStats, when set (by tests), is told per kind how many
// definitions the reader built and how many plain ones it could not, and
// left to the server.
var deparseStats func(kind string, built, unbuilt int)

// pendingDefinitions tracks, during one kind's query, which plain
// definitions the reader built and which it must ask the server for.
type pendingDefinitions struct {
	kind  string // "index" or "constraint", for deparseStats
	built int
	oids  []uint32       // left to the server
	at    map[uint32]int // their places in the kind's catalog slice
}

func newPendingDefinitions(kind string) *pendingDefinitions {
	return &pendingDefinitions{kind: kind, at: map[uint32]int{}}
}

func (p *pendingDefinitions) leave(oid uint32, at int) {
	p.oids = append(p.oids, oid)
	p.at[oid] = at
}

// none reports that nothing was left to the server.
func (p *pendingDefinitions) none() bool { return len(p.oids) == 0 }

// reportDeparse tells deparseStats, if set, how p went.
func (r *reader) reportDeparse(p *pendingDefinitions) {
	if deparseStats != nil {
		deparseStats(p.kind, p.built, len(p.oids))
	}
}

// definitionQuery asks the server for the definitions p left to it (file,
// one follow-up query) and hands each to set. If the step that p belongs
// to waited for follow-ups (waited), finish then runs, after p is reported
// to deparseStats; otherwise the step did both itself.
func definitionQuery(file string, p *pendingDefinitions, set func(r *reader, at int, definition string),
	waited func() bool, finish func(r *reader)) query {
	type row struct {
		OID        uint32 `db:"oid"`
		Definition string `db:"definition"`
	}
	return followUp[row]{file: file,
		args: func() []any {
			if p.none() {
				return nil
			}
			return []any{p.oids}
		},
		use: func(r *reader, x *row) error {
			set(r, p.at[x.OID], x.Definition)
			return nil
		},
		done: func(r *reader) error {
			if waited() {
				r.reportDeparse(p)
				finish(r)
			}
			return nil
		}}
}

// parseVector parses an int2vector or oidvector as PostgreSQL prints it:
// numbers separated by single spaces ("" is empty).
func parseVector[T int16 | uint32](s string) ([]T, bool) {
	if s == "" {
		return nil, true
	}
	out := make([]T, 0, strings.Count(s, " ")+1)
	for field := range strings.SplitSeq(s, " ") {
		n, err := strconv.ParseInt(field, 10, 64)
		if err != nil || int64(T(n)) != n {
			return nil, false
		}
		out = append(out, T(n))
	}
	return out, true
}
