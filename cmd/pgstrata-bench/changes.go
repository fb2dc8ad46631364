package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// changeRate is the share of objects --changed alters.
const changeRate = 0.05

// changeStats counts what --changed did, for the message on stderr.
type changeStats struct {
	viewsRedefined, viewsDropped                                     int
	colsAdded, colsDropped, colsRetyped, indexesChanged, checksAdded int
	tablesDropped, tablesAdded                                       int
	funcsChanged, funcsDropped, triggersChanged, enumsChanged        int
	partsChanged                                                     int
}

func (s changeStats) String() string {
	return fmt.Sprintf("views redefined %d, dropped %d; columns added %d, dropped %d, retyped %d; indexes changed %d; checks added %d; "+
		"tables dropped %d, added %d; functions changed %d, dropped %d; triggers changed %d; enums changed %d; partitioned tables changed %d",
		s.viewsRedefined, s.viewsDropped, s.colsAdded, s.colsDropped, s.colsRetyped, s.indexesChanged, s.checksAdded,
		s.tablesDropped, s.tablesAdded, s.funcsChanged, s.funcsDropped, s.triggersChanged, s.enumsChanged, s.partsChanged)
}

// applyChanges alters about 5% of the model's objects, drawing from a
// random stream of its own.
func (m *model) applyChanges(seed uint64) changeStats {
	g := &gen{rng: rand.New(rand.NewPCG(seed, 0xc4a9)), m: m}
	var st changeStats
	hit := func() bool { return g.rng.Float64() < changeRate }

	// Views first: a redefined view may use another column, which the
	// column drops below must then leave alone.
	m.markUsage()
	for i, v := range m.views {
		switch {
		case !hit():
		case g.rng.IntN(5) == 0 && !m.hasDependents(i):
			v.dropped = true
			st.viewsDropped++
		default:
			g.redefineView(v)
			st.viewsRedefined++
		}
	}
	m.markUsage()
	for _, t := range m.tabs {
		if !hit() {
			continue
		}
		switch g.rng.IntN(6) {
		case 0:
			if g.addColumn(t) {
				st.colsAdded++
			}
		case 1:
			if g.dropColumn(t) {
				st.colsDropped++
			}
		case 2:
			if g.retypeColumn(t) {
				st.colsRetyped++
			}
		case 3:
			t.indexes[1] = g.secondIndex(t, "_v2")
			st.indexesChanged++
		case 4:
			if g.rng.IntN(2) == 0 {
				t.indexes = append(t.indexes, g.secondIndex(t, "_x"))
			} else {
				t.indexes = slices.Delete(t.indexes, 1, 2)
			}
			st.indexesChanged++
		case 5:
			if ck, ok := g.newCheck(t); ok && !slices.ContainsFunc(t.checks, func(c check) bool { return c.name == ck.name }) {
				t.checks = append(t.checks, ck)
				st.checksAdded++
			}
		}
	}
	m.markUsage()
	for _, t := range m.tabs {
		if !t.referenced && g.rng.Float64() < changeRate/5 {
			t.dropped = true
			st.tablesDropped++
		}
	}
	n := len(m.tabs)
	var schemas []string
	for _, s := range m.schemas {
		if s != "shared" {
			schemas = append(schemas, s)
		}
	}
	for k := range max(1, n/100) {
		parent := g.rng.IntN(n)
		for m.tabs[parent].dropped {
			parent = (parent + 1) % n
		}
		m.tabs = append(m.tabs, g.newTable(pick(g.rng, schemas), n+k, parent))
		st.tablesAdded++
	}
	for _, f := range m.funcs {
		if !hit() {
			continue
		}
		switch {
		case f.kind == fnCalc && g.rng.IntN(4) == 0:
			f.dropped = true
			st.funcsDropped++
		case f.kind == fnCalc && g.rng.IntN(3) == 0:
			f.double = !f.double
			st.funcsChanged++
		default:
			f.variant++
			st.funcsChanged++
		}
	}
	for _, tr := range m.triggers {
		if !hit() {
			continue
		}
		switch {
		case g.rng.IntN(4) == 0:
			tr.dropped = true
		case tr.events == "UPDATE":
			tr.when = !tr.when
		default:
			tr.events = "INSERT OR DELETE"
		}
		st.triggersChanged++
	}
	for i, e := range m.enums {
		if hit() || i == len(m.enums)-1 && st.enumsChanged == 0 {
			e.labels = append(e.labels, "added_"+pick(g.rng, enumLabels))
			st.enumsChanged++
		}
	}
	for _, p := range m.parts {
		if !hit() {
			continue
		}
		switch g.rng.IntN(3) {
		case 0:
			p.quarters = append(p.quarters, "2025q1")
		case 1:
			p.extraCol = pick(g.rng, []string{"source", "actor", "note"})
		case 2:
			p.extraIndex = true
		}
		st.partsChanged++
	}
	return st
}

func (g *gen) redefineView(v *view) {
	var avail []viewCol
	if v.srcTable >= 0 {
		t := g.m.tabs[v.srcTable]
		for _, c := range t.cols[1:] {
			if !slices.Contains(v.cols, viewCol{name: c.name}) {
				avail = append(avail, viewCol{name: c.name})
			}
		}
	} else {
		for _, c := range g.m.views[v.srcView].cols[1:] {
			if !slices.Contains(v.cols, viewCol{name: c.out()}) {
				avail = append(avail, viewCol{name: c.out()})
			}
		}
	}
	if len(avail) > 0 && g.rng.IntN(2) == 0 {
		// A new column at the end: CREATE OR REPLACE VIEW can do that.
		v.cols = append(v.cols, pick(g.rng, avail))
		return
	}
	v.whereMin += 1 + g.rng.IntN(500)
	v.whereCol = ""
}

// addColumn appends a column the table does not have yet.
func (g *gen) addColumn(t *table) bool {
	for _, k := range g.rng.Perm(len(colTemplates)) {
		if t.col(colTemplates[k].name) == nil {
			c := g.newColumn(colTemplates[k])
			if c.notNull && c.def == "" {
				c.notNull = false // as one would add it to a table with rows
			}
			t.cols = append(t.cols, c)
			return true
		}
	}
	return false
}

func (g *gen) dropColumn(t *table) bool {
	var cands []int
	for i, c := range t.cols {
		if !t.used[c.name] && c.kind != kID && c.kind != kFK {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return false
	}
	i := pick(g.rng, cands)
	t.cols = slices.Delete(t.cols, i, i+1)
	return true
}

// retypeColumn widens a column the way migrations do: varchar(n) to
// varchar(2n) or text, numeric(p,s) to numeric(p+4,s), integer to bigint.
func (g *gen) retypeColumn(t *table) bool {
	var cands []*column
	for i := range t.cols {
		c := &t.cols[i]
		switch c.kind {
		case kVarchar, kNumeric:
			cands = append(cands, c)
		case kInt:
			if c.typ == "integer" {
				cands = append(cands, c)
			}
		}
	}
	if len(cands) == 0 {
		return false
	}
	c := pick(g.rng, cands)
	switch c.kind {
	case kVarchar:
		var n int
		fmt.Sscanf(strings.TrimPrefix(c.typ, "character varying("), "%d", &n)
		c.typ = fmt.Sprintf("character varying(%d)", 2*n)
		if g.rng.IntN(3) == 0 {
			c.typ, c.kind = "text", kText
		}
	case kNumeric:
		var p, s int
		fmt.Sscanf(c.typ, "numeric(%d,%d)", &p, &s)
		c.typ = fmt.Sprintf("numeric(%d,%d)", p+4, s)
	case kInt:
		c.typ = "bigint"
	}
	return true
}
