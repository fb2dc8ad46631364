package diffengine

import (
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/pgstrata/pgstrata/snapshot"
)

var rangeRules = &rules[snapshot.RangeType]{
	objectKind: snapshot.KindRangeType,
	list:       func(c *snapshot.Catalog) []snapshot.RangeType { return c.RangeTypes },
	create:     createRange,
	drop: plain(func(p *planner, r snapshot.RangeType) []Statement {
		// A range type and its canonical function need each other: neither
		// can be dropped alone, so the type goes with CASCADE and takes the
		// function along (the function's own drop is left out).
		cascade := ""
		if r.Canonical != "" {
			cascade = " CASCADE"
		}
		return []Statement{stmt(ActionDrop, "DROP TYPE "+qualified(r.Schema, r.Name)+cascade, p.dropHazards(r.ID(), false)...)}
	}),
	// ALTER TYPE can change none of a range type's parameters: anything but
	// the comment, owner and privileges means re-creating it.
	alter: func(p *planner, from, to snapshot.RangeType) (planned, bool) {
		// The constructors follow from the rest (and are missing from
		// older files): only their own comments and privileges count.
		a, b := from, to
		a.Common, b.Common = snapshot.Common{}, snapshot.Common{}
		a.Constructors, b.Constructors = nil, nil
		if !reflect.DeepEqual(a, b) {
			if p.rangeConvertible(from, to) {
				return p.rebuildRange(from, to), false
			}
			return planned{}, true
		}
		name := qualified(to.Schema, to.Name)
		out := commentChange("TYPE "+name, from.Comment, to.Comment)
		out = append(out, p.ownerAndGrants(to.ID(), "TYPE "+name, "TYPE "+name, &from.Common, to.Common)...)
		return only(append(out, p.changedConstructors(from, to)...)...), false
	},
}

// createRange writes CREATE TYPE … AS RANGE with the type's comment, owner
// and privileges, and those of the functions PostgreSQL makes with it.
func createRange(p *planner, r snapshot.RangeType) planned {
	name := qualified(r.Schema, r.Name)
	params := []string{"SUBTYPE = " + r.Subtype}
	add := func(key, value string) {
		if value != "" {
			params = append(params, key+" = "+value)
		}
	}
	add("SUBTYPE_OPCLASS", r.SubtypeOpclass)
	add("COLLATION", r.Collation)
	add("CANONICAL", r.Canonical)
	add("SUBTYPE_DIFF", r.SubtypeDiff)
	// The multirange type (14+) is named only when the default name
	// would be wrong; older servers have no such parameter.
	if p.scriptVersion() >= 140000 && r.Multirange != "" && !namesObject(r.Multirange, r.Schema, defaultMultirangeName(r)) {
		add("MULTIRANGE_TYPE_NAME", r.Multirange)
	}
	out := []Statement{stmt(ActionCreate, "CREATE TYPE "+name+" AS RANGE (\n    "+strings.Join(params, ",\n    ")+"\n)")}
	out = append(out, commentOnCreate("TYPE "+name, r.Comment)...)
	out = append(out, p.ownerAndGrants(r.ID(), "TYPE "+name, "TYPE "+name, nil, r.Common)...)
	out = append(out, p.createdConstructors(r)...)
	if r.Canonical != "" {
		return p.createAroundShell(r, out)
	}
	return only(out...)
}

// defaultMultirangeName is the multirange type PostgreSQL creates for a
// range type when none is named (makeMultirangeTypeName): "multi" goes
// before the first "range" in the name, or "_multirange" after it, clipped
// to NAMEDATALEN-1 bytes; it lives in the range type's schema (unqualified
// here).
func defaultMultirangeName(r snapshot.RangeType) string {
	var name string
	if i := strings.Index(r.Name, "range"); i >= 0 {
		name = r.Name[:i] + "multi" + r.Name[i:]
	} else {
		name = clipName(r.Name, maxNameBytes+1-12) + "_multirange" // pnstrdup(name, NAMEDATALEN - 12)
	}
	return clipName(name, maxNameBytes)
}

// maxNameBytes is the longest name PostgreSQL keeps (NAMEDATALEN - 1); it
// cuts longer ones, without splitting a character.
const maxNameBytes = 63

// clipName cuts name to at most n bytes without splitting a character.
func clipName(name string, n int) string {
	if len(name) <= n {
		return name
	}
	for n > 0 && !utf8.RuneStart(name[n]) {
		n--
	}
	return name[:n]
}

// createAroundShell plans a range type with a canonical function. That
// function takes and returns the range type, and the range type names it:
// the type is declared as a shell first (the step of the type itself, which
// the function's creation follows), and defined in a later step that comes
// after the function and before anything else that uses the type. The
// ordering ignores the type's catalog edge to its canonical function, which
// would otherwise close a cycle.
func (p *planner) createAroundShell(r snapshot.RangeType, definition []Statement) planned {
	id := r.ID()
	late := creating(id).sub(partDefinition)
	out := only(stmt(ActionCreate, "CREATE TYPE "+qualified(r.Schema, r.Name)))
	out.addTo(late, definition...)
	out.before(creating(id), late)
	for _, d := range p.to.AllDependencies() {
		switch {
		case d.From == id && d.To.Kind == snapshot.KindFunction:
			out.before(creating(d.To), late)
		case d.To == id && !(d.From.Kind == snapshot.KindFunction && isCanonicalOf(d.From, r)):
			out.before(late, creating(d.From))
		}
	}
	return out
}

// isCanonicalOf reports whether the function fn is r's canonical function
// (Canonical is its regproc name, schema-qualified).
func isCanonicalOf(fn snapshot.ObjectID, r snapshot.RangeType) bool {
	return namesObject(r.Canonical, fn.Schema, fn.Name)
}
