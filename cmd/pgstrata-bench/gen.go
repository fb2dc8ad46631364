package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type gen struct {
	rng *rand.Rand
	m   *model
}

// newModel builds the base schema for the flags. The base uses its own
// random stream, so --changed never alters what the base looks like.
func newModel(tables int, seed uint64, layout, profile string) (*model, error) {
	switch profile {
	case "default", "views":
	default:
		return nil, fmt.Errorf("unknown profile %q (want default or views)", profile)
	}
	g := &gen{rng: rand.New(rand.NewPCG(seed, 0xba5e)), m: &model{profile: profile}}
	switch layout {
	case "single":
		g.single(tables)
	case "many-schemas":
		g.many(tables)
	default:
		return nil, fmt.Errorf("unknown layout %q (want single or many-schemas)", layout)
	}
	return g.m, nil
}

// single spreads n tables over n/500+1 schemas.
func (g *gen) single(n int) {
	s := n/500 + 1
	for i := range s {
		g.m.schemas = append(g.m.schemas, schemaName(i))
	}
	g.addEnums(max(5, n/100), g.m.schemas)
	for i := range n {
		parent := -1
		if i > 0 {
			parent = g.rng.IntN(i)
		}
		g.m.tabs = append(g.m.tabs, g.newTable(g.m.schemas[i*s/n], i, parent))
	}
	g.addParts(max(1, n/100), g.m.schemas, 0, n)
	if g.m.profile == "views" {
		g.addFuncs(max(6, n/10), viewsFuncKinds, g.m.schemas, 0, n)
		g.addJoinViews(max(1, n/10), 0, n)
	} else {
		g.addFuncs(max(4, n/10), []funcKind{fnTouch, fnCount, fnCalc, fnNotify}, g.m.schemas, 0, n)
		g.addViews(max(1, n/10), 0, n)
	}
	g.addTriggers(max(1, n/20), 0, n, 0)
}

// many is schema-per-tenant: n/10 tenant schemas with the same ten tables,
// view, trigger function and trigger each, and a shared schema holding the
// enums, the partitioned tables and some functions.
func (g *gen) many(n int) {
	tenants := max(1, n/10)
	g.m.schemas = append(g.m.schemas, "shared")
	g.addEnums(max(5, n/100), g.m.schemas)

	// The tenant template is generated once, in a scratch model that sees
	// the shared enums, and stamped into every tenant schema.
	tm := &gen{rng: g.rng, m: &model{profile: g.m.profile, enums: g.m.enums}}
	for i := range 10 {
		parent := -1
		if i > 0 {
			parent = g.rng.IntN(i)
		}
		tm.m.tabs = append(tm.m.tabs, tm.newTable("tenant", i, parent))
	}
	if g.m.profile == "views" {
		// One function and one view per ten tables besides the trigger's.
		tm.addFuncs(2, []funcKind{fnTouch, fnRows}, []string{"tenant"}, 0, 10)
		tm.addJoinViews(1, 0, 10)
	} else {
		tm.addFuncs(1, []funcKind{fnTouch}, []string{"tenant"}, 0, 10)
		tm.addViews(1, 0, 10)
	}
	tm.addTriggers(1, 0, 10, 0)
	for i := range tenants {
		schema := tenantName(i)
		g.m.schemas = append(g.m.schemas, schema)
		g.stamp(tm.m, schema)
	}
	g.addParts(max(1, n/100), []string{"shared"}, 0, 0)
	g.addFuncs(max(2, n/100), []funcKind{fnCalc}, []string{"shared"}, 0, 0)
}

// stamp appends a copy of template's tables, functions, views and triggers
// in schema.
func (g *gen) stamp(tm *model, schema string) {
	tOff, fOff, vOff := len(g.m.tabs), len(g.m.funcs), len(g.m.views)
	for _, t := range tm.tabs {
		c := *t
		c.schema = schema
		if c.parent >= 0 {
			c.parent += tOff
		}
		c.cols = append([]column(nil), t.cols...)
		c.indexes = make([]index, len(t.indexes))
		for i, ix := range t.indexes {
			ix.cols = append([]string(nil), ix.cols...)
			c.indexes[i] = ix
		}
		c.checks = append([]check(nil), t.checks...)
		c.uniques = make([]unique, len(t.uniques))
		for i, u := range t.uniques {
			u.cols = append([]string(nil), u.cols...)
			c.uniques[i] = u
		}
		g.m.tabs = append(g.m.tabs, &c)
	}
	for _, f := range tm.funcs {
		c := *f
		c.schema = schema
		c.table += tOff
		g.m.funcs = append(g.m.funcs, &c)
	}
	for _, v := range tm.views {
		c := *v
		c.schema = schema
		if c.srcTable >= 0 {
			c.srcTable += tOff
		}
		if c.srcView >= 0 {
			c.srcView += vOff
		}
		c.cols = append([]viewCol(nil), v.cols...)
		g.m.views = append(g.m.views, &c)
	}
	for _, tr := range tm.triggers {
		c := *tr
		c.table += tOff
		c.fn += fOff
		g.m.triggers = append(g.m.triggers, &c)
	}
}

func (g *gen) addEnums(n int, schemas []string) {
	for k := range n {
		e := &enum{schema: schemas[k%len(schemas)], name: fmt.Sprintf("%s_%d", pick(g.rng, enumWords), k)}
		for _, i := range g.rng.Perm(len(enumLabels))[:3+g.rng.IntN(4)] {
			e.labels = append(e.labels, enumLabels[i])
		}
		g.m.enums = append(g.m.enums, e)
	}
}

// newTable makes the i-th table; parent is the table its foreign key
// references, or -1. The views profile gives it one more column and more
// indexes and constraints (viewsTableExtras).
func (g *gen) newTable(schema string, i, parent int) *table {
	views := g.m.profile == "views"
	t := &table{schema: schema, name: fmt.Sprintf("%s_%s_%d", pick(g.rng, tableFirstWords), pick(g.rng, tableSecondWords), i), parent: parent}
	id := column{name: "id", kind: kID, typ: "bigserial", notNull: true}
	if g.rng.IntN(2) == 0 {
		id.typ, id.identity = "bigint", true
	}
	t.cols = append(t.cols, id)
	if parent >= 0 {
		first, _, _ := strings.Cut(g.m.tabs[parent].name, "_")
		t.fkCol = first + "_id"
		t.cols = append(t.cols, column{name: t.fkCol, kind: kFK, typ: "bigint", notNull: g.rng.IntN(3) > 0})
	}
	minCols := 5
	if views {
		minCols = 6
	}
	for _, k := range g.rng.Perm(len(colTemplates))[:minCols+g.rng.IntN(3)] {
		t.cols = append(t.cols, g.newColumn(colTemplates[k]))
	}
	t.cols = append(t.cols,
		column{name: "created_at", kind: kTime, typ: "timestamp with time zone", notNull: true, def: "now()"},
		column{name: "updated_at", kind: kTime, typ: "timestamp with time zone", def: "now()"})

	first := "created_at"
	if t.fkCol != "" {
		first = t.fkCol
	}
	t.indexes = append(t.indexes, index{name: t.name + "_" + first + "_idx", cols: []string{first}})
	t.indexes = append(t.indexes, g.secondIndex(t, ""))
	if views {
		g.viewsTableExtras(t)
	} else if g.rng.IntN(10) < 3 {
		if ck, ok := g.newCheck(t); ok {
			t.checks = append(t.checks, ck)
		}
	}
	if g.rng.IntN(4) == 0 {
		t.comment = pick(g.rng, commentPhrases)
	}
	t.writerGrant = g.rng.IntN(5) == 0
	return t
}

func (g *gen) newColumn(ct colTemplate) column {
	c := column{name: ct.name, kind: ct.kind}
	switch ct.kind {
	case kText:
		c.typ, c.notNull = "text", ct.name == "name"
	case kVarchar:
		c.typ, c.notNull = fmt.Sprintf("character varying(%d)", pick(g.rng, varcharLengths)), g.rng.IntN(2) == 0
	case kNumeric:
		p := pick(g.rng, numericTypes)
		c.typ = fmt.Sprintf("numeric(%d,%d)", p[0], p[1])
		if g.rng.IntN(2) == 0 {
			c.def, c.notNull = "0", true
		}
	case kInt:
		c.typ = "integer"
		if g.rng.IntN(2) == 0 {
			c.def, c.notNull = "0", true
		}
	case kBool:
		c.typ, c.notNull, c.def = "boolean", true, pick(g.rng, []string{"true", "false"})
	case kJSON:
		c.typ = "jsonb"
		if g.rng.IntN(2) == 0 {
			c.def, c.notNull = "'{}'::jsonb", true
		}
	case kEnum:
		e := pick(g.rng, g.m.enums)
		c.typ, c.notNull, c.def = e.schema+"."+e.name, true, "'"+e.labels[0]+"'"
	case kDate:
		c.typ = "date"
	case kTime:
		c.typ = "timestamp with time zone"
	}
	if g.rng.IntN(10) == 0 {
		c.comment = pick(g.rng, commentPhrases)
	}
	return c
}

// secondIndex picks the table's second index: multi-column, partial,
// expression, unique, GIN or plain, among those its columns allow. suffix
// keeps an index added by --changed apart from the original.
func (g *gen) secondIndex(t *table, suffix string) index {
	var sortable, texts, bools, jsons, varchars []string
	for _, c := range t.cols {
		switch c.kind {
		case kEnum, kDate, kTime, kInt, kVarchar, kNumeric:
			sortable = append(sortable, c.name)
		}
		switch c.kind {
		case kText:
			texts = append(texts, c.name)
		case kVarchar:
			texts = append(texts, c.name)
			varchars = append(varchars, c.name)
		case kBool:
			bools = append(bools, c.name)
		case kJSON:
			jsons = append(jsons, c.name)
		}
	}
	base := t.name + "_"
	switch g.rng.IntN(6) {
	case 0:
		if len(sortable) >= 2 {
			p := g.rng.Perm(len(sortable))
			a, b := sortable[p[0]], sortable[p[1]]
			return index{name: base + a + "_" + b + suffix + "_idx", cols: []string{a, b}}
		}
	case 1:
		if len(bools) > 0 {
			b := pick(g.rng, bools)
			return index{name: base + "created_at_" + b + suffix + "_idx", cols: []string{"created_at"}, where: b}
		}
	case 2:
		if len(texts) > 0 {
			c := pick(g.rng, texts)
			return index{name: base + "lower_" + c + suffix + "_idx", cols: []string{c}, lower: true}
		}
	case 3:
		if len(varchars) > 0 {
			c := pick(g.rng, varchars)
			return index{name: base + c + suffix + "_key", cols: []string{c}, unique: true}
		}
	case 4:
		if len(jsons) > 0 {
			c := pick(g.rng, jsons)
			return index{name: base + c + suffix + "_gin", cols: []string{c}, method: "gin"}
		}
	}
	c := "updated_at"
	if len(sortable) > 0 {
		c = pick(g.rng, sortable)
	}
	return index{name: base + c + suffix + "_idx", cols: []string{c}}
}

func (g *gen) newCheck(t *table) (check, bool) {
	var cands []check
	for _, c := range t.cols {
		switch c.kind {
		case kNumeric, kInt:
			cands = append(cands, check{name: t.name + "_" + c.name + "_check", col: c.name, expr: c.name + " >= 0"})
		case kVarchar:
			cands = append(cands, check{name: t.name + "_" + c.name + "_check", col: c.name, expr: c.name + " <> ''"})
		}
	}
	if len(cands) == 0 {
		return check{}, false
	}
	return pick(g.rng, cands), true
}

func (g *gen) addParts(n int, schemas []string, lo, hi int) {
	for k := range n {
		p := &partitioned{schema: pick(g.rng, schemas), name: fmt.Sprintf("%s_history_%d", pick(g.rng, tableFirstWords), k), parent: -1,
			enum: g.rng.IntN(len(g.m.enums)), quarters: []string{"2024q1", "2024q2", "2024q3", "2024q4"}}
		if hi > lo && g.rng.IntN(2) == 0 {
			p.parent = lo + g.rng.IntN(hi-lo)
		}
		g.m.parts = append(g.m.parts, p)
	}
}

// addFuncs adds about n functions of the given kinds in turn; count and
// calc functions get a two-argument overload 40% of the time (it counts
// toward n).
func (g *gen) addFuncs(n int, kinds []funcKind, schemas []string, lo, hi int) {
	for k := 0; k < n; k++ {
		kind := kinds[k%len(kinds)]
		f := &function{schema: pick(g.rng, schemas), kind: kind}
		id := len(g.m.funcs)
		switch kind {
		case fnTouch:
			f.name = fmt.Sprintf("touch_updated_at_%d", id)
		case fnNotify:
			f.name = fmt.Sprintf("notify_change_%d", id)
		case fnCount:
			f.table = lo + g.rng.IntN(hi-lo)
			t := g.m.tabs[f.table]
			first, _, _ := strings.Cut(t.name, "_")
			f.schema, f.name = t.schema, fmt.Sprintf("count_%s_%d", first, id)
		case fnCalc:
			f.name = fmt.Sprintf("calc_%s_%d", pick(g.rng, []string{"tax", "discount", "fee", "margin", "total"}), id)
		case fnRows, fnTotal:
			g.readerFunc(f, lo, hi, id)
		}
		if g.rng.IntN(5) == 0 {
			f.comment = pick(g.rng, commentPhrases)
		}
		g.m.funcs = append(g.m.funcs, f)
		if (kind == fnCount || kind == fnCalc) && g.rng.IntN(5) < 2 && k+1 < n {
			o := *f
			o.twoArgs, o.comment = true, ""
			g.m.funcs = append(g.m.funcs, &o)
			k++
		}
	}
}
