package diffengine

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// planInheritance plans the INHERIT and NO INHERIT statements that give
// table to its target parents, in a step of its own (inheritStep). New
// parents are attached before old ones are detached, so that a column both
// provide stays inherited throughout.
//
// Whether a child's column is its own (attislocal) is something no ALTER
// sets: INHERIT merges a column the child has into the parent's and leaves
// it the child's own, NO INHERIT makes a column the child no longer
// inherits its own. A target that wants otherwise (a column inherited only
// where the child declares it, or declared where it is inherited only)
// cannot be reached in place; the statement carries HazardInexact and the
// plan a warning naming the columns.
func (p *planner) planInheritance(from, to snapshot.Table) planned {
	alterTarget := "ALTER " + tableKeyword(to) + qualified(to.Schema, to.Name)
	var inherit []Statement
	for _, q := range to.Inherits {
		if !slices.Contains(from.Inherits, q) {
			inherit = append(inherit, Statement{SQL: alterTarget + " INHERIT " + qualified(q.Schema, q.Name) + ";", ID: to.ID(), Action: ActionAlter})
		}
	}
	for _, q := range from.Inherits {
		if !slices.Contains(to.Inherits, q) {
			inherit = append(inherit, Statement{SQL: alterTarget + " NO INHERIT " + qualified(q.Schema, q.Name) + ";", ID: to.ID(), Action: ActionAlter})
		}
	}
	var out planned
	if to.PartitionOf != nil || len(from.Inherits)+len(to.Inherits) == 0 {
		return out // a partition's columns are never its own (ATTACH sees to that)
	}
	// Warned even when nothing else changes: a second diff says again what
	// the first could not do.
	own, inheritedOnly := p.inexactColumns(from, to)
	for _, w := range []struct {
		columns []string
		stays   string
	}{{own, "the table's own, where the target only inherits them"}, {inheritedOnly, "inherited only, where the target declares them too"}} {
		if len(w.columns) == 0 {
			continue
		}
		for i := range inherit {
			inherit[i].addHazard(hazard(HazardInexact, "column(s) %s stay %s", strings.Join(w.columns, ", "), w.stays))
		}
		out.warn(fmt.Sprintf("table %s: column(s) %s stay %s (attislocal, which no ALTER sets)",
			qualified(to.Schema, to.Name), strings.Join(w.columns, ", "), w.stays))
	}
	out.addTo(inheritStep(to), inherit...)
	out.before(creating(to.ID()), inheritStep(to))
	return out
}

// inexactColumns lists the columns of a child that INHERIT and NO INHERIT
// leave its own (attislocal) where the target's inherits them only, and
// those they leave inherited only where the target's declares them.
func (p *planner) inexactColumns(from, to snapshot.Table) (own, inheritedOnly []string) {
	before := map[string]snapshot.Column{}
	for _, c := range from.Columns {
		before[c.Name] = c
	}
	for _, c := range to.Columns {
		old, existed := before[c.Name]
		// A column the child had as its own, or that the plan adds to it, is
		// its own (one a kept parent gains comes from the parent's ADD
		// COLUMN, inherited only); one it inherited only becomes its own
		// once no parent, old or new, provides it.
		local := !existed && !p.parentsProvide(keptParents(from, to), c.Name) ||
			existed && (!old.Details.OrZero().InheritedOnly || !p.parentsProvide(to.Inherits, c.Name))
		switch want := !c.Details.OrZero().InheritedOnly; {
		case local && !want:
			own = append(own, c.Name)
		case !local && want:
			inheritedOnly = append(inheritedOnly, c.Name)
		}
	}
	return own, inheritedOnly
}

// parentsProvide reports whether one of the target tables parents has
// column name.
func (p *planner) parentsProvide(parents []snapshot.QualifiedName, name string) bool {
	for _, q := range parents {
		t, ok := findByID(p, p.to, snapshot.KindTable, p.to.Tables, snapshot.ObjectID{Kind: snapshot.KindTable, Schema: q.Schema, Name: q.Name})
		if ok && slices.ContainsFunc(t.Columns, func(col snapshot.Column) bool { return col.Name == name }) {
			return true
		}
	}
	return false
}

// keptParents lists the parents table to keeps from table from.
func keptParents(from, to snapshot.Table) []snapshot.QualifiedName {
	var out []snapshot.QualifiedName
	for _, q := range to.Inherits {
		if slices.Contains(from.Inherits, q) {
			out = append(out, q)
		}
	}
	return out
}
