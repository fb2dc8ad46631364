package diffengine

import (
	"github.com/pgstrata/pgstrata/snapshot"
)

// Materialized views hold data: re-creating one recomputes its contents
// under an exclusive lock (or leaves it empty), so the planner re-creates
// one only when its query, or its columns, change. Everything else is
// altered in place: comments, owner and grants (viewExtras), storage
// parameters, the access method (PostgreSQL 15+), column settings, and
// whether it is populated (REFRESH). Its indexes are diffed on their own.

// alterMaterializedView changes from into to in place, or asks for a
// re-creation (replace) when the query or the columns differ.
func alterMaterializedView(p *planner, from, to snapshot.View) (planned, bool) {
	if from.Definition != to.Definition || !sameViewColumns(from.Columns, to.Columns) ||
		from.AccessMethod != to.AccessMethod && p.to.ServerVersionNum < 150000 {
		return planned{}, true
	}
	name := qualified(to.Schema, to.Name)
	alter := "ALTER MATERIALIZED VIEW " + name
	var out []Statement
	if from.AccessMethod != to.AccessMethod {
		method := to.AccessMethod
		if method == "" {
			method = "heap"
		}
		out = append(out, stmt(ActionAlter, alter+" SET ACCESS METHOD "+ident(method)))
	}
	out = append(out, storageOptionChanges(alter, from.Options, to.Options)...)
	old := map[string]snapshot.Column{}
	for _, c := range from.Columns {
		old[c.Name] = c
	}
	for _, c := range to.Columns {
		out = append(out, columnSettings(alter, c, old[c.Name])...)
	}
	change := planned{}
	if from.Populated != to.Populated {
		out = append(out, refresh(to, from.Populated))
		if from.Populated {
			change.warn(emptiedWarning(to))
		}
	}
	change.add(append(out, viewExtras(p, to, &from)...)...)
	return change, false
}

// sameViewColumns reports whether two views' columns have the same names,
// types and collations, in order: what a materialized view's query fixes.
func sameViewColumns(a, b []snapshot.Column) bool {
	return len(a) == len(b) && columnsExtend(a, b)
}

// refresh fills a materialized view, or empties it when the target's is
// not populated (REFRESH … WITH NO DATA). Emptying one that held data loses
// its contents until the next REFRESH: that is flagged, never done
// silently.
func refresh(v snapshot.View, hadData bool) Statement {
	name := qualified(v.Schema, v.Name)
	if v.Populated {
		return stmt(ActionAlter, "REFRESH MATERIALIZED VIEW "+name)
	}
	s := stmt(ActionAlter, "REFRESH MATERIALIZED VIEW "+name+" WITH NO DATA")
	if hadData {
		s.addHazard(hazard(HazardDataLoss, "the materialized view holds data in the source and is left empty"))
	}
	return s
}

// emptiedWarning warns that the materialized view v, which holds data in
// the source, is left without (the target's is not populated). The planner
// says it once (merge), even when an in-place REFRESH is superseded by a
// re-creation.
func emptiedWarning(v snapshot.View) string {
	return "materialized view " + qualified(v.Schema, v.Name) +
		" holds data in the source but is not populated in the target: the script leaves it empty until REFRESH MATERIALIZED VIEW"
}

// createdMaterializedView flags the re-creation of a materialized view
// that held data in the source as WITH NO DATA (the target's is not
// populated): the CREATE leaves it empty. It returns the plan's warning.
func (p *planner) createdMaterializedView(v snapshot.View, create *Statement) (warnings []string) {
	if !v.Materialized || v.Populated {
		return nil
	}
	if old, ok := findByID(p, p.from, snapshot.KindView, p.from.Views, v.ID()); ok && old.Populated {
		create.addHazard(hazard(HazardDataLoss, "the materialized view holds data in the source and is created empty"))
		return []string{emptiedWarning(v)}
	}
	return nil
}
