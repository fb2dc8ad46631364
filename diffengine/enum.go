package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var enumRules = &rules[snapshot.Enum]{
	objectKind: snapshot.KindEnum,
	list:       func(c *snapshot.Catalog) []snapshot.Enum { return c.Enums },
	create:     plain(createEnumWithExtras),
	drop: plain(func(p *planner, e snapshot.Enum) []Statement {
		return []Statement{stmt(ActionDrop, "DROP TYPE "+qualified(e.Schema, e.Name), p.dropHazards(e.ID(), false)...)}
	}),
	alter: func(p *planner, from, to snapshot.Enum) (planned, bool) {
		name := qualified(to.Schema, to.Name)
		var out planned
		if !slices.Equal(from.Labels, to.Labels) {
			added, ok := addedLabels(from.Labels, to.Labels)
			if !ok {
				return p.rebuildEnum(from, to), false
			}
			for i := range added {
				added[i].SQL = "ALTER TYPE " + name + added[i].SQL
			}
			out.add(added...)
			out.enumAdditions = append(out.enumAdditions, enumAddition{id: to.ID(), labels: newLabels(from.Labels, to.Labels)})
		}
		out.add(commentChange("TYPE "+name, from.Comment, to.Comment)...)
		out.add(p.ownerAndGrants(to.ID(), "TYPE "+name, "TYPE "+name, &from.Common, to.Common)...)
		return out, false
	},
}

// addedLabels returns the ADD VALUE clauses that turn old into new when new
// keeps every old label in the same order; ok is false otherwise (a label
// was removed or the order changed), and the type must be rebuilt.
func addedLabels(old, new []string) (clauses []Statement, ok bool) {
	j := 0
	for _, l := range new {
		if j < len(old) && old[j] == l {
			j++
		}
	}
	if j != len(old) {
		return nil, false
	}
	present := map[string]bool{}
	for _, l := range old {
		present[l] = true
	}
	for i, l := range new {
		if present[l] {
			continue
		}
		clause := " ADD VALUE " + literal(l)
		if i > 0 {
			clause += " AFTER " + literal(new[i-1])
		} else if len(new) > 1 {
			clause += " BEFORE " + literal(new[1])
		}
		clauses = append(clauses, stmt(ActionAlter, clause))
		present[l] = true
	}
	return clauses, true
}

// rebuildEnum changes an enum whose labels were removed or reordered, which
// ALTER TYPE cannot do, or whose new labels the plan uses at once (see
// enum_labels.go): see rebuildTypeUnderColumns. Values go through text, so
// a column holding a removed label makes the conversion fail; when labels
// are only added, every value fits.
func (p *planner) rebuildEnum(from, to snapshot.Enum) planned {
	// The new type starts with no comment and default privileges, like any
	// created one.
	_, fits := addedLabels(from.Labels, to.Labels)
	return rebuildTypeUnderColumns(typeRebuild{id: to.ID(), keyword: "TYPE", create: createEnumWithExtras(p, to), through: "text", fits: fits})
}

// createEnumWithExtras creates an enum with its comment, owner and grants.
func createEnumWithExtras(p *planner, e snapshot.Enum) []Statement {
	name := qualified(e.Schema, e.Name)
	out := []Statement{createEnum(e)}
	out = append(out, commentOnCreate("TYPE "+name, e.Comment)...)
	return append(out, p.ownerAndGrants(e.ID(), "TYPE "+name, "TYPE "+name, nil, e.Common)...)
}

func createEnum(e snapshot.Enum) Statement {
	labels := make([]string, len(e.Labels))
	for i, l := range e.Labels {
		labels[i] = literal(l)
	}
	return stmt(ActionCreate, "CREATE TYPE "+qualified(e.Schema, e.Name)+" AS ENUM ("+strings.Join(labels, ", ")+")")
}
