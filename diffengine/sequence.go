package diffengine

import (
	"fmt"

	"github.com/pgstrata/pgstrata/snapshot"
)

// restartHazard is the hazard of restarting a sequence whose new bounds
// exclude where it stood.
func restartHazard() Hazard {
	return hazard(HazardSequenceReset, "the new bounds exclude the old start, so the sequence restarts and may hand out values already in use")
}

var sequenceRules = &rules[snapshot.Sequence]{
	objectKind: snapshot.KindSequence,
	list:       func(c *snapshot.Catalog) []snapshot.Sequence { return c.Sequences },
	create: func(p *planner, s snapshot.Sequence) planned {
		name := qualified(s.Schema, s.Name)
		create := "CREATE SEQUENCE "
		if s.Unlogged {
			create = "CREATE UNLOGGED SEQUENCE "
		}
		out := only(stmt(ActionCreate, create+name+sequenceOptions(s.SequenceOptions, nil)))
		if s.OwnedBy != nil {
			out.alongside(planOwnedBy(s))
		}
		out.add(commentOnCreate("SEQUENCE "+name, s.Comment)...)
		out.add(p.ownerAndGrants(s.ID(), "SEQUENCE "+name, "SEQUENCE "+name, nil, s.Common)...)
		return out
	},
	drop: plain(func(p *planner, s snapshot.Sequence) []Statement {
		// DROP COLUMN and DROP TABLE drop an owned sequence too.
		// A serial counter whose column becomes an identity is carried over
		// and dropped by the column's plan (counter.go).
		if s.OwnedBy != nil && (!p.columnInTarget(*s.OwnedBy) || p.relationDropped(s.OwnedBy.Schema, s.OwnedBy.Table) ||
			p.serialBecomesIdentity(s)) {
			return nil
		}
		return []Statement{stmt(ActionDrop, "DROP SEQUENCE "+qualified(s.Schema, s.Name), p.dropHazards(s.ID(), true)...)}
	}),
	alter: func(p *planner, from, to snapshot.Sequence) (planned, bool) {
		name := qualified(to.Schema, to.Name)
		var out []Statement
		var change planned
		if opts := sequenceOptions(to.SequenceOptions, &from.SequenceOptions); opts != "" {
			// PostgreSQL refuses new bounds that exclude the sequence's
			// current value. The catalog has no current value; its old start
			// stands in for it, and RESTART moves it to the new start.
			if from.Start < to.Min || from.Start > to.Max {
				out = append(out, stmt(ActionAlter, "ALTER SEQUENCE "+name+opts+" RESTART", restartHazard()))
			} else {
				out = append(out, stmt(ActionAlter, "ALTER SEQUENCE "+name+opts))
			}
		}
		if from.Unlogged != to.Unlogged {
			out = append(out, stmt(ActionAlter, "ALTER SEQUENCE "+name+map[bool]string{true: " SET UNLOGGED", false: " SET LOGGED"}[to.Unlogged]))
		}
		if !sameColumnRef(from.OwnedBy, to.OwnedBy) {
			change.alongside(planOwnedBy(to))
		}
		out = append(out, commentChange("SEQUENCE "+name, from.Comment, to.Comment)...)
		change.add(append(out, p.ownerAndGrants(to.ID(), "SEQUENCE "+name, "SEQUENCE "+name, &from.Common, to.Common)...)...)
		return change, false
	},
}

// planOwnedBy plans ALTER SEQUENCE … OWNED BY in a step of its own, after
// both the sequence and the owning column exist.
func planOwnedBy(s snapshot.Sequence) planned {
	id := s.ID()
	late := creating(id).sub(partOwnedBy)
	var out planned
	out.addTo(late, ownedBy(s))
	out.before(creating(id), late)
	if s.OwnedBy != nil {
		out.before(creating(snapshot.ColumnID(s.OwnedBy.Schema, s.OwnedBy.Table, s.OwnedBy.Column)), late)
	}
	return out
}

func ownedBy(s snapshot.Sequence) Statement {
	owner := "NONE"
	if s.OwnedBy != nil {
		owner = qualified(s.OwnedBy.Schema, s.OwnedBy.Table) + "." + ident(s.OwnedBy.Column)
	}
	return stmt(ActionAlter, "ALTER SEQUENCE "+qualified(s.Schema, s.Name)+" OWNED BY "+owner)
}

func sameColumnRef(a, b *snapshot.ColumnRef) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

// sequenceOptions renders the options of to that differ from from (all of
// them when from is nil), each with a leading space.
func sequenceOptions(to snapshot.SequenceOptions, from *snapshot.SequenceOptions) string {
	if from == nil {
		from = &snapshot.SequenceOptions{}
	}
	out := ""
	if to.DataType != from.DataType {
		out += " AS " + to.DataType
	}
	if to.Increment != from.Increment {
		out += fmt.Sprintf(" INCREMENT BY %d", to.Increment)
	}
	if to.Min != from.Min {
		out += fmt.Sprintf(" MINVALUE %d", to.Min)
	}
	if to.Max != from.Max {
		out += fmt.Sprintf(" MAXVALUE %d", to.Max)
	}
	if to.Start != from.Start {
		out += fmt.Sprintf(" START WITH %d", to.Start)
	}
	if to.Cache != from.Cache {
		out += fmt.Sprintf(" CACHE %d", to.Cache)
	}
	if to.Cycle != from.Cycle {
		out += map[bool]string{true: " CYCLE", false: " NO CYCLE"}[to.Cycle]
	}
	return out
}
