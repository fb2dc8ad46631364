package main

import (
	"fmt"
	"strings"
)

// The "views" profile (gen --profile views) is the second shape the
// benchmark measures, closer to an application schema than the default
// one: about ten columns per table, three or four indexes per table (one
// of them an expression or partial index), one or two CHECKs and often a
// UNIQUE constraint besides the primary and foreign keys, one view per ten
// tables that joins two or three tables along their foreign keys, and one
// function per ten tables, SQL and PL/pgSQL, some of them reading tables.
// It shares the model, the writer and --changed with the default profile.

// viewsFuncKinds are the functions of the views profile, in turn: two in
// SQL (fnRows, fnCount), four in PL/pgSQL.
var viewsFuncKinds = []funcKind{fnTouch, fnRows, fnCalc, fnTotal, fnCount, fnNotify}

// viewsTableExtras gives a table of the views profile, which has its first
// two indexes, its third (an expression or partial one) and often a
// fourth, its CHECKs and often a UNIQUE constraint.
func (g *gen) viewsTableExtras(t *table) {
	t.indexes = append(t.indexes, g.exprIndex(t))
	if g.rng.IntN(2) == 0 {
		t.indexes = append(t.indexes, g.secondIndex(t, "_b"))
	}

	for range 1 + g.rng.IntN(2) {
		if ck, ok := g.newCheck(t); ok && !hasCheck(t, ck.name) {
			t.checks = append(t.checks, ck)
		}
	}
	if g.rng.IntN(10) < 3 {
		t.checks = append(t.checks, check{name: t.name + "_updated_at_check", col: "created_at", expr: "updated_at >= created_at"})
	}
	if g.rng.IntN(10) < 4 {
		if u, ok := g.newUnique(t); ok {
			t.uniques = append(t.uniques, u)
		}
	}
}

func hasCheck(t *table, name string) bool {
	for _, c := range t.checks {
		if c.name == name {
			return true
		}
	}
	return false
}

// exprIndex picks an expression or partial index among those the table's
// columns allow; every table can have the last one.
func (g *gen) exprIndex(t *table) index {
	base := t.name + "_"
	var cands []index
	for _, c := range t.cols {
		switch c.kind {
		case kText:
			cands = append(cands, index{name: base + "lower_" + c.name + "_ci", cols: []string{c.name}, keys: "lower(" + c.name + ")",
				pred: c.name + " IS NOT NULL"})
		case kVarchar:
			cands = append(cands, index{name: base + c.name + "_lower_key", unique: true, cols: []string{c.name}, keys: "lower((" + c.name + ")::text)"})
		case kJSON:
			cands = append(cands, index{name: base + c.name + "_kind_idx", cols: []string{c.name}, keys: "(" + c.name + " ->> 'kind')"})
		case kBool:
			cands = append(cands, index{name: base + "not_" + c.name + "_idx", cols: []string{"updated_at", c.name}, keys: "updated_at",
				pred: "NOT " + c.name})
		case kTime:
			if !c.notNull && c.name != "updated_at" {
				cands = append(cands, index{name: base + "no_" + c.name + "_idx", cols: []string{"created_at", c.name}, keys: "created_at",
					pred: c.name + " IS NULL"})
			}
		}
	}
	cands = append(cands, index{name: base + "created_month_idx", cols: []string{"created_at"},
		keys: "date_trunc('month', (created_at AT TIME ZONE 'UTC'))"})
	return pick(g.rng, cands)
}

// newUnique makes a UNIQUE constraint on a varchar column, or on the
// foreign key with an integer column (a position within the parent).
func (g *gen) newUnique(t *table) (unique, bool) {
	var cands []unique
	for _, c := range t.cols {
		switch {
		case c.kind == kVarchar:
			cands = append(cands, unique{name: t.name + "_" + c.name + "_uniq", cols: []string{c.name}})
		case c.kind == kInt && t.fkCol != "":
			cands = append(cands, unique{name: t.name + "_" + t.fkCol + "_" + c.name + "_uniq", cols: []string{t.fkCol, c.name}})
		}
	}
	if len(cands) == 0 {
		return unique{}, false
	}
	return pick(g.rng, cands), true
}

// addJoinViews adds n views on tables lo..hi-1, each joining its source
// table with the parent table (JOIN or LEFT JOIN) and, half the time, with
// the parent's parent as well.
func (g *gen) addJoinViews(n, lo, hi int) {
	for range n {
		id := len(g.m.views)
		ti := lo + 1 + g.rng.IntN(hi-lo-1) // the first table has no parent
		t := g.m.tabs[ti]
		p := g.m.tabs[t.parent]
		v := &view{schema: t.schema, name: fmt.Sprintf("v_%s_%s_%d", firstWord(t.name), firstWord(p.name), id), srcTable: ti, srcView: -1,
			depth: 1, join: true, inner: g.rng.IntN(2) == 0, whereMin: g.rng.IntN(1000)}
		v.cols = append(v.cols, viewCol{name: "id"})
		for _, i := range g.rng.Perm(len(t.cols) - 1)[:2+g.rng.IntN(2)] {
			v.cols = append(v.cols, viewCol{name: t.cols[i+1].name})
		}
		for _, i := range g.rng.Perm(len(p.cols) - 1)[:1+g.rng.IntN(2)] {
			v.cols = append(v.cols, viewCol{fromParent: true, name: p.cols[i+1].name})
		}
		if p.parent >= 0 && g.rng.IntN(2) == 0 {
			v.join2 = true
			gp := g.m.tabs[p.parent]
			for _, i := range g.rng.Perm(len(gp.cols) - 1)[:1+g.rng.IntN(2)] {
				v.cols = append(v.cols, viewCol{fromGrand: true, name: gp.cols[i+1].name})
			}
		}
		g.pickWhere(v, t)
		if g.rng.IntN(5) == 0 {
			v.comment = pick(g.rng, commentPhrases)
		}
		g.m.views = append(g.m.views, v)
	}
}

// readerFunc points a fnRows or fnTotal function at a table of lo..hi-1
// that suits it: a child table for fnRows, one with a numeric or integer
// column for fnTotal. When none does, the function counts rows instead.
func (g *gen) readerFunc(f *function, lo, hi, id int) {
	start := g.rng.IntN(hi - lo)
	for k := range hi - lo {
		ti := lo + (start+k)%(hi-lo)
		t := g.m.tabs[ti]
		switch f.kind {
		case fnRows:
			if t.parent >= 0 {
				f.schema, f.table = t.schema, ti
				f.name = fmt.Sprintf("%s_of_%s_%d", firstWord(t.name), firstWord(g.m.tabs[t.parent].name), id)
				return
			}
		case fnTotal:
			var nums []string
			for _, c := range t.cols {
				if c.kind == kNumeric || c.kind == kInt {
					nums = append(nums, c.name)
				}
			}
			if len(nums) > 0 {
				f.schema, f.table, f.col = t.schema, ti, pick(g.rng, nums)
				f.name = fmt.Sprintf("total_%s_%s_%d", firstWord(t.name), f.col, id)
				return
			}
		}
	}
	f.kind, f.table = fnCount, lo+start
	t := g.m.tabs[f.table]
	f.schema, f.name = t.schema, fmt.Sprintf("count_%s_%d", firstWord(t.name), id)
}

func firstWord(name string) string {
	first, _, _ := strings.Cut(name, "_")
	return first
}

// readerFunction writes the views profile's functions that read a table.
func (w *writer) readerFunction(f *function) {
	q, t := f.schema+"."+f.name, w.m.tabs[f.table]
	tq := t.schema + "." + t.name
	switch f.kind {
	case fnRows:
		order := f.byVariant("", " ORDER BY id")
		w.p("\nCREATE FUNCTION %s(p_parent_id bigint) RETURNS SETOF %s\n    LANGUAGE sql STABLE\n    AS $$SELECT * FROM %s WHERE %s = p_parent_id%s$$;\n",
			q, tq, tq, t.fkCol, order)
	case fnTotal:
		op := f.byVariant(">=", ">")
		w.p("\nCREATE FUNCTION %s(p_since timestamp with time zone) RETURNS numeric\n    LANGUAGE plpgsql STABLE\n    AS $$\nDECLARE\n    v_total numeric;\nBEGIN\n"+
			"    SELECT coalesce(sum(%s), 0) INTO v_total FROM %s WHERE created_at %s p_since;\n    RETURN v_total;\nEND\n$$;\n",
			q, f.col, tq, op)
	}
}

// byVariant is the text of the function's first version, or of the one
// --changed redefined.
func (f *function) byVariant(first, changed string) string {
	if f.variant > 0 {
		return changed
	}
	return first
}
