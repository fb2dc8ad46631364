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
func (p *planner) rebuildRange(from, to snapshot.RangeType) planned {
	return rebuildTypeUnderColumns(p.rangeRebuild(from, to))
}

// rangeRebuild describes the rebuild of range type from as to. Values go
// through text: no cast joins two range types.
func (p *planner) rangeRebuild(from, to snapshot.RangeType) typeRebuild {
	var aside []Statement
	// Functions first: their signatures name the types by their old names.
	for _, fn := range existingConstructors(from) {
		aside = append(aside, stmt(ActionAlter, "ALTER FUNCTION "+qualified(fn.Schema, fn.Name)+"("+fn.IdentityArgs+") RENAME TO "+ident(asideName(fn.Name))))
	}
	if mr, ok := multirangeOf(from); ok {
		aside = append(aside, stmt(ActionAlter, "ALTER TYPE "+from.Multirange+" RENAME TO "+ident(asideName(mr.Name))))
	}
	// Without a canonical function (rangeConvertible), the range type is
	// created by statements alone.
	r := typeRebuild{id: to.ID(), keyword: "TYPE", create: createRange(p, to).stmts, through: "text", aside: aside}
	if mr, ok := multirangeOf(to); ok {
		r.alsoNames = []snapshot.QualifiedName{mr}
	}
	return r
}

// multirangeOf returns the name of r's multirange type (in r's schema
// when unqualified); ok is false when it has none (before 14).
func multirangeOf(r snapshot.RangeType) (snapshot.QualifiedName, bool) {
	schema, name, ok := sqltext.SplitQualified(r.Multirange)
	if !ok {
		return snapshot.QualifiedName{}, false
	}
	if schema == "" {
		schema = r.Schema
	}
	return snapshot.QualifiedName{Schema: schema, Name: name}, true
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
	mr, ok := multirangeOf(r)
	if !ok {
		return out
	}
	self := qualified(r.Schema, r.Name)
	for _, args := range []string{"", self, "VARIADIC " + self + "[]"} {
		out = append(out, snapshot.RangeConstructor{Schema: mr.Schema, Name: mr.Name, IdentityArgs: args, Multirange: true})
	}
	return out
}
