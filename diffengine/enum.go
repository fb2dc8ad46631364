package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var enumRules = &rules[snapshot.Enum]{
	objectKind: snapshot.KindEnum,
	list:       func(c *snapshot.Catalog) []snapshot.Enum { return c.Enums },
	create: func(p *planner, e snapshot.Enum) []Statement {
		name := qualified(e.Schema, e.Name)
		out := []Statement{createEnum(e)}
		out = append(out, commentOnCreate("TYPE "+name, e.Comment)...)
		return append(out, p.ownerAndGrants(snapshot.KindEnum, "TYPE "+name, "TYPE "+name, nil, e.Common)...)
	},
	drop: func(p *planner, e snapshot.Enum) []Statement {
		return []Statement{stmt(ActionDrop, "DROP TYPE "+qualified(e.Schema, e.Name), p.dropHazards(e.ID(), false)...)}
	},
	alter: func(p *planner, from, to snapshot.Enum) ([]Statement, bool) {
		name := qualified(to.Schema, to.Name)
		var out []Statement
		if !slices.Equal(from.Labels, to.Labels) {
			added, ok := addedLabels(from.Labels, to.Labels)
			if !ok {
				return p.rebuildEnum(from, to), false
			}
			out = append(out, added...)
			for i := range out {
				out[i].SQL = "ALTER TYPE " + name + out[i].SQL
			}
		}
		out = append(out, commentChange("TYPE "+name, from.Comment, to.Comment)...)
		return append(out, p.ownerAndGrants(snapshot.KindEnum, "TYPE "+name, "TYPE "+name, &from.Common, to.Common)...), false
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
// ALTER TYPE cannot do, without dropping the columns that use it: the old
// type is renamed aside, the new one created under the name, every column
// converted through text, and the old type dropped. Views and other objects
// on those columns are re-created around the conversion; a column holding a
// removed label makes the conversion fail, so no data is lost silently.
func (p *planner) rebuildEnum(from, to snapshot.Enum) []Statement {
	id := to.ID()
	name := qualified(to.Schema, to.Name)
	aside := to.Name + "__pgstrata_old"
	out := []Statement{stmt(ActionAlter, "ALTER TYPE "+name+" RENAME TO "+ident(aside))}
	out = append(out, createEnum(to))
	late := snapshot.ObjectID{Kind: id.Kind, Schema: id.Schema, Name: id.Name, Args: "drop old"}
	p.add(late, phaseCreate, Statement{SQL: "DROP TYPE " + qualified(to.Schema, aside) + ";", ID: id, Action: ActionDrop})
	p.sequence = append(p.sequence, [2]stepKey{{id, phaseCreate}, {late, phaseCreate}})
	p.rebuildDependents[id] = true
	for _, d := range p.from.Dependencies {
		if d.To != id || d.From.Kind != snapshot.KindColumn {
			continue
		}
		col, table, ok := p.targetColumn(d.From)
		if !ok || (col.Type != name && col.Type != name+"[]") {
			continue
		}
		alter := "ALTER " + tableKeyword(table) + qualified(table.Schema, table.Name) + " ALTER COLUMN " + ident(col.Name)
		var conv []Statement
		if col.Default != "" && col.Generated == "" {
			conv = append(conv, stmt(ActionAlter, alter+" DROP DEFAULT"))
		}
		through := "::text::"
		if col.Type == name+"[]" {
			through = "::text[]::"
		}
		conv = append(conv, stmt(ActionAlter, alter+" TYPE "+col.Type+" USING "+ident(col.Name)+through+col.Type, HazardDataLoss))
		if col.Default != "" && col.Generated == "" {
			conv = append(conv, stmt(ActionAlter, alter+" SET DEFAULT "+col.Default))
		}
		p.add(d.From, phaseCreate, conv...)
		p.sequence = append(p.sequence, [2]stepKey{{id, phaseCreate}, {d.From, phaseCreate}}, [2]stepKey{{d.From, phaseCreate}, {late, phaseCreate}})
		p.rebuildDependents[d.From] = true
	}
	return out
}

func createEnum(e snapshot.Enum) Statement {
	labels := make([]string, len(e.Labels))
	for i, l := range e.Labels {
		labels[i] = literal(l)
	}
	return stmt(ActionCreate, "CREATE TYPE "+qualified(e.Schema, e.Name)+" AS ENUM ("+strings.Join(labels, ", ")+")")
}
