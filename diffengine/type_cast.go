package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// conversion returns the USING expression that turns value, of type from
// in the source, into type to of the target. No cast joins two enums, or
// two composite types, or one of those and most other types, but every
// type has a text form: when either side is an enum or a composite type
// (or a domain over one) the value goes through text (text[] for arrays).
// Other types are cast directly.
func (p *planner) conversion(value, from, to string) string {
	fromElem, fromArray := strings.CutSuffix(from, "[]")
	toElem, _ := strings.CutSuffix(to, "[]")
	if !textOnlyCast(p.from, fromElem, 0) && !textOnlyCast(p.to, toElem, 0) {
		return value + "::" + to
	}
	through := "text"
	if fromArray {
		through += "[]"
	}
	return value + "::" + through + "::" + to
}

// textOnlyCast reports whether the type spelt typ in c is an enum or a
// composite type, or a domain over one.
func textOnlyCast(c *snapshot.Catalog, typ string, depth int) bool {
	if depth > 8 {
		return false // a domain chain this long is not worth following
	}
	for _, e := range c.Enums {
		if namesObject(typ, e.Schema, e.Name) {
			return true
		}
	}
	for _, t := range c.CompositeTypes {
		if namesObject(typ, t.Schema, t.Name) {
			return true
		}
	}
	for _, d := range c.Domains {
		if namesObject(typ, d.Schema, d.Name) {
			base, _ := strings.CutSuffix(d.BaseType, "[]")
			return textOnlyCast(c, base, depth+1)
		}
	}
	return false
}
