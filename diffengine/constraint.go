package diffengine

import (
	"reflect"

	"github.com/pgstrata/pgstrata/snapshot"
)

var constraintRules = &rules[snapshot.Constraint]{
	objectKind: snapshot.KindConstraint,
	list:       func(c *snapshot.Catalog) []snapshot.Constraint { return c.Constraints },
	equal:      equalConstraint,
	// A partition's copy of its parent's constraint comes with the parent's.
	skip: partitionCopy,
	create: plain(func(p *planner, c snapshot.Constraint) []Statement {
		table := qualified(c.Schema, c.Table)
		if p.constraintAdopted(p.from, c) {
			return commentOnCreate("CONSTRAINT "+ident(c.Name)+" ON "+table, c.Comment) // DETACH leaves it
		}
		out, online := p.addConstraintOnline(c) // NOT VALID, then VALIDATE (online.go)
		if !online {
			out, online = p.addKeyOnline(c) // USING INDEX built concurrently (online_constraints.go)
		}
		if !online {
			out = []Statement{stmt(ActionCreate, "ALTER TABLE "+table+" ADD CONSTRAINT "+ident(c.Name)+" "+c.Definition)}
		}
		return append(out, commentOnCreate("CONSTRAINT "+ident(c.Name)+" ON "+table, c.Comment)...)
	}),
	drop: plain(func(p *planner, c snapshot.Constraint) []Statement {
		// DROP TABLE takes the table's constraints along, except that a
		// foreign key to another table that goes away too must go first,
		// or the two tables could never be dropped (a reference cycle).
		referencesDropped := c.References != nil && p.relationDropped(c.References.Schema, c.References.Name) &&
			*c.References != (snapshot.QualifiedName{Schema: c.Schema, Name: c.Table})
		if p.relationDropped(c.Schema, c.Table) && !referencesDropped || p.constraintAdopted(p.to, c) {
			return nil // ATTACH adopts an adopted one
		}
		return []Statement{stmt(ActionDrop, "ALTER TABLE "+qualified(c.Schema, c.Table)+" DROP CONSTRAINT "+ident(c.Name))}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.Constraint) ([]Statement, bool) {
		// Only the index's storage parameters, validation and the comment
		// can change in place; a NOT VALID constraint cannot be made not
		// valid again without re-adding it.
		table := qualified(to.Schema, to.Table)
		if out, ok := p.constraintStorageChange(from, to); ok { // index_options.go
			return append(out, commentChange("CONSTRAINT "+ident(to.Name)+" ON "+table, from.Comment, to.Comment)...), false
		}
		if !sameExceptValidation(from, to) || (!from.NotValid && to.NotValid) {
			return nil, true
		}
		var out []Statement
		if from.NotValid && !to.NotValid {
			out = append(out, validateConstraint(to, p.opts.Online))
		}
		return append(out, commentChange("CONSTRAINT "+ident(to.Name)+" ON "+table, from.Comment, to.Comment)...), false
	}),
}

// sameExceptValidation reports whether two constraints differ only in being
// validated and in their comment; the definition of a NOT VALID constraint
// ends in " NOT VALID", which validation removes.
func sameExceptValidation(a, b snapshot.Constraint) bool {
	strip := func(c snapshot.Constraint) snapshot.Constraint {
		c.Comment = ""
		c.NotValid = false
		if n := len(c.Definition) - len(" NOT VALID"); n > 0 && c.Definition[n:] == " NOT VALID" {
			c.Definition = c.Definition[:n]
		}
		return c
	}
	return reflect.DeepEqual(strip(a), strip(b))
}
