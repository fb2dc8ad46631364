package main

import (
	"fmt"
	"strings"
)

// addViews adds n views on tables lo..hi-1; 30% are on a view added
// earlier in the same call instead, up to a chain of three.
func (g *gen) addViews(n, lo, hi int) {
	vLo := len(g.m.views)
	for range n {
		id := len(g.m.views)
		var v *view
		if id > vLo && g.rng.IntN(10) < 3 {
			src := vLo + g.rng.IntN(id-vLo)
			if sv := g.m.views[src]; sv.depth < 3 {
				v = &view{schema: sv.schema, srcTable: -1, srcView: src, depth: sv.depth + 1, whereMin: g.rng.IntN(1000)}
				v.cols = append(v.cols, viewCol{name: "id"})
				for _, i := range g.rng.Perm(len(sv.cols) - 1)[:1+g.rng.IntN(len(sv.cols)-1)] {
					v.cols = append(v.cols, viewCol{name: sv.cols[i+1].out()})
				}
				v.name = fmt.Sprintf("%s_summary_%d", strings.TrimPrefix(sv.name, "v_"), id)
			}
		}
		if v == nil {
			v = g.tableView(lo+g.rng.IntN(hi-lo), id)
		}
		if g.rng.IntN(5) == 0 {
			v.comment = pick(g.rng, commentPhrases)
		}
		g.m.views = append(g.m.views, v)
	}
}

func (g *gen) tableView(ti, id int) *view {
	t := g.m.tabs[ti]
	first, _, _ := strings.Cut(t.name, "_")
	v := &view{schema: t.schema, name: fmt.Sprintf("v_%s_%d", first, id), srcTable: ti, srcView: -1, depth: 1, whereMin: g.rng.IntN(1000)}
	v.cols = append(v.cols, viewCol{name: "id"})
	for _, i := range g.rng.Perm(len(t.cols) - 1)[:2+g.rng.IntN(3)] {
		v.cols = append(v.cols, viewCol{name: t.cols[i+1].name})
	}
	if t.parent >= 0 && g.rng.IntN(10) < 3 {
		v.join = true
		p := g.m.tabs[t.parent]
		for _, i := range g.rng.Perm(len(p.cols) - 1)[:1+g.rng.IntN(2)] {
			v.cols = append(v.cols, viewCol{fromParent: true, name: p.cols[i+1].name})
		}
	}
	g.pickWhere(v, t)
	return v
}

// pickWhere filters two views in three on a boolean or timestamp column of
// their source table; the others keep the id range of whereMin.
func (g *gen) pickWhere(v *view, t *table) {
	var conds []column
	for _, c := range t.cols {
		if c.kind == kBool || c.kind == kTime {
			conds = append(conds, c)
		}
	}
	if len(conds) > 0 && g.rng.IntN(3) > 0 {
		c := pick(g.rng, conds)
		v.whereCol, v.whereKind = c.name, c.kind
	}
}

// addTriggers puts n triggers on distinct tables lo..hi-1, calling trigger
// functions added from funcs[fnLo] on.
func (g *gen) addTriggers(n, lo, hi, fnLo int) {
	var fns []int
	for i := fnLo; i < len(g.m.funcs); i++ {
		if k := g.m.funcs[i].kind; k == fnTouch || k == fnNotify {
			fns = append(fns, i)
		}
	}
	if len(fns) == 0 {
		return
	}
	for _, ti := range g.rng.Perm(hi - lo)[:min(n, hi-lo)] {
		tr := &trigger{table: lo + ti, fn: pick(g.rng, fns)}
		t := g.m.tabs[tr.table]
		if g.m.funcs[tr.fn].kind == fnTouch {
			tr.name, tr.events, tr.when = t.name+"_touch_trg", "UPDATE", g.rng.IntN(10) < 3
		} else {
			tr.name, tr.events = t.name+"_notify_trg", "INSERT OR UPDATE OR DELETE"
		}
		g.m.triggers = append(g.m.triggers, tr)
	}
}
