package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// typeRebuild describes how to re-create a type that columns use, when no
// ALTER can change it in place (an enum losing labels, a domain changing its
// base type).
type typeRebuild struct {
	id      snapshot.ObjectID
	keyword string      // "TYPE" or "DOMAIN", for RENAME and DROP
	create  []Statement // creates the new type under the old name
	// through is the cast a column value goes through on its way to the
	// new type ("text" for an enum; "" casts directly). Array columns use
	// its array type.
	through string
}

// rebuildTypeUnderColumns re-creates a type without dropping the columns
// that use it: the old type is renamed aside, the new one created under the
// name, every column that keeps the type (or an array of it) converted with
// a cast, and the old type dropped once no column needs it. The cast checks
// every value against the new type, so a value that no longer fits makes the
// script fail rather than vanish. Views and other objects on those columns
// are re-created around the conversion.
func (p *planner) rebuildTypeUnderColumns(r typeRebuild) []Statement {
	id := r.id
	name := qualified(id.Schema, id.Name)
	// The aside name must fit in NAMEDATALEN-1 bytes: PostgreSQL would cut a
	// longer one back to (nearly) the type's own name, and the rename would
	// collide with it.
	const suffix = "__pgstrata_old"
	aside := clipName(id.Name, maxNameBytes-len(suffix)) + suffix
	out := append([]Statement{stmt(ActionAlter, "ALTER "+r.keyword+" "+name+" RENAME TO "+ident(aside))}, r.create...)
	late := snapshot.ObjectID{Kind: id.Kind, Schema: id.Schema, Name: id.Name, Args: "drop old"}
	p.add(late, phaseCreate, Statement{SQL: "DROP " + r.keyword + " " + qualified(id.Schema, aside) + ";", ID: id, Action: ActionDrop})
	p.sequence = append(p.sequence, [2]stepKey{{id, phaseCreate}, {late, phaseCreate}})
	p.rebuildDependents[id] = true
	for _, d := range p.from.Dependencies {
		if d.To != id || d.From.Kind != snapshot.KindColumn {
			continue
		}
		col, table, ok := p.targetColumn(d.From)
		// col.Type is the server's spelling of the name, which may quote
		// fewer keywords than ours (see sqltext.NamesObject).
		elem, isArray := strings.CutSuffix(col.Type, "[]")
		if !ok || !namesObject(elem, id.Schema, id.Name) {
			continue // the column goes, or changes its type itself
		}
		alter := "ALTER " + tableKeyword(table) + qualified(table.Schema, table.Name) + " ALTER COLUMN " + ident(col.Name)
		using := ident(col.Name) + "::"
		if r.through != "" {
			using += r.through
			if isArray {
				using += "[]"
			}
			using += "::"
		}
		var conv []Statement
		// The default is an expression of the old type: it goes first and
		// comes back after.
		hasDefault := col.Default != "" && col.Details.OrZero().Generated == ""
		if hasDefault {
			conv = append(conv, stmt(ActionAlter, alter+" DROP DEFAULT"))
		}
		conv = append(conv, stmt(ActionAlter, alter+" TYPE "+col.Type+" USING "+using+col.Type, HazardDataLoss))
		if hasDefault {
			conv = append(conv, stmt(ActionAlter, alter+" SET DEFAULT "+col.Default))
		}
		p.add(d.From, phaseCreate, conv...)
		p.sequence = append(p.sequence, [2]stepKey{{id, phaseCreate}, {d.From, phaseCreate}}, [2]stepKey{{d.From, phaseCreate}, {late, phaseCreate}})
		p.rebuildDependents[d.From] = true
	}
	return out
}
