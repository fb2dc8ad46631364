package diffengine

import (
	"github.com/pgstrata/pgstrata/internal/sqltext"
	"github.com/pgstrata/pgstrata/snapshot"
)

// A range type cannot be altered, but it can be rebuilt under the columns
// that use it, as enums and domains are (rebuildTypeUnderColumns). What
// PostgreSQL made with the old type goes aside with it: its multirange
// type, whose name the new type's would take, and its constructor
// functions, whose signatures the new ones may repeat. Dropping the old
// type at the end takes them along.

// rangeConvertible reports whether the range type can be rebuilt under its
// columns: something uses it (see typeConvertible), and neither version
// has a canonical function, which takes the type as its argument and would
// have to be re-created for the new type.
func (p *planner) rangeConvertible(from, to snapshot.RangeType) bool {
	return from.Canonical == "" && to.Canonical == "" && p.typeConvertible(to.ID())
}

// rebuildRange plans the rebuild of a range type under its columns.
func (p *planner) rebuildRange(from, to snapshot.RangeType) []Statement {
	return p.rebuildTypeUnderColumns(p.rangeRebuild(from, to))
}

// rangeRebuild describes the rebuild of range type from as to. Values go
// through text: no cast joins two range types.
func (p *planner) rangeRebuild(from, to snapshot.RangeType) typeRebuild {
	var aside []Statement
	// Functions first: their signatures name the types by their old names.
	for _, fn := range existingConstructors(from) {
		aside = append(aside, stmt(ActionAlter, "ALTER FUNCTION "+qualified(fn.Schema, fn.Name)+"("+fn.IdentityArgs+") RENAME TO "+ident(asideName(fn.Name))))
	}
	if _, name, ok := sqltext.SplitQualified(from.Multirange); ok && from.Multirange != "" {
		aside = append(aside, stmt(ActionAlter, "ALTER TYPE "+from.Multirange+" RENAME TO "+ident(asideName(name))))
	}
	r := typeRebuild{id: to.ID(), keyword: "TYPE", create: createRange(p, to), through: "text", aside: aside}
	if schema, name, ok := sqltext.SplitQualified(to.Multirange); ok && to.Multirange != "" {
		if schema == "" {
			schema = to.Schema
		}
		r.alsoNames = []snapshot.QualifiedName{{Schema: schema, Name: name}}
	}
	return r
}

// existingConstructors returns the functions PostgreSQL made with range
// type r on the source server: as read, or, from a file written before
// they were read, as PostgreSQL names them (two range constructors, and
// the multirange type's three functions when there is one).
func existingConstructors(r snapshot.RangeType) []snapshot.RangeConstructor {
	if len(r.Constructors) > 0 {
		return r.Constructors
	}
	out := []snapshot.RangeConstructor{
		{Schema: r.Schema, Name: r.Name, IdentityArgs: r.Subtype + ", " + r.Subtype},
		{Schema: r.Schema, Name: r.Name, IdentityArgs: r.Subtype + ", " + r.Subtype + ", text"},
	}
	schema, name, ok := sqltext.SplitQualified(r.Multirange)
	if !ok || r.Multirange == "" {
		return out
	}
	if schema == "" {
		schema = r.Schema
	}
	self := qualified(r.Schema, r.Name)
	for _, args := range []string{"", self, "VARIADIC " + self + "[]"} {
		out = append(out, snapshot.RangeConstructor{Schema: schema, Name: name, IdentityArgs: args, Multirange: true})
	}
	return out
}
