package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// domainKind is the rules for domains with a rebuild of their own.
type domainKind struct{ *rules[snapshot.Domain] }

// rebuild is called when something the domain depends on is dropped and
// created again. When that is a type or collation the domain is built on,
// the domain is re-created too (which fails if columns use it). Otherwise
// the dependency can only be a function in a CHECK or the DEFAULT, and it
// is enough to drop those first and add them back at the end: the domain
// itself, and whatever uses it, stays. rebuild then reports false, so that
// the domain's dependents are not rebuilt either.
func (k domainKind) rebuild(p *planner, id snapshot.ObjectID) bool {
	if id.Kind != snapshot.KindDomain {
		return false
	}
	if _, ok := p.typeRebuilds[id]; ok {
		return true // rebuilt under its columns already
	}
	old, ok1 := k.find(p, p.from, id)
	now, ok2 := k.find(p, p.to, id)
	if !ok1 || !ok2 || p.replaced[id] {
		return k.rules.rebuild(p, id)
	}
	for _, d := range p.from.AllDependencies() {
		// An enum or domain rebuilt under its columns is renamed aside and
		// dropped: the domain cannot stay on it either. (A composite type
		// whose attributes change keeps its identity.)
		asideSoon := p.rebuildDependents[d.To] && (d.To.Kind == snapshot.KindEnum || d.To.Kind == snapshot.KindDomain || d.To.Kind == snapshot.KindRangeType)
		if d.From == id && isTypeKind(d.To.Kind) && (p.replaced[d.To] || asideSoon) {
			return k.rules.rebuild(p, id)
		}
	}
	name := qualified(old.Schema, old.Name)
	bare := p.withoutReplacedCalls(old)
	var drops []Statement
	for _, c := range old.Constraints {
		if !slices.ContainsFunc(bare.Constraints, func(b snapshot.DomainConstraint) bool { return b.Name == c.Name }) {
			drops = append(drops, stmt(ActionAlter, "ALTER DOMAIN "+name+" DROP CONSTRAINT "+ident(c.Name)))
		}
	}
	if old.Default != bare.Default {
		drops = append(drops, stmt(ActionAlter, "ALTER DOMAIN "+name+" DROP DEFAULT"))
	}
	p.clear(id, phaseDrop)
	p.add(id, phaseDrop, drops...)
	if old.BaseType != now.BaseType || old.Collation != now.Collation {
		// rebuildDomain planned a new domain, with its checks and default:
		// only the old one had to let go of the function.
		return false
	}
	change, _ := alterDomain(p, bare, now)
	p.clear(id, phaseCreate)
	p.merge(creating(id), change)
	return false
}

// withoutReplacedCalls returns the domain without the CHECK constraints
// and DEFAULT that call a function being replaced. The catalog's edges only
// say that the domain needs the function, so the calls are found in the
// deparsed text, where names are schema-qualified; when none is found there
// (a name spelt another way), every constraint and the default go, which is
// always safe, only slower (each check is validated again).
func (p *planner) withoutReplacedCalls(d snapshot.Domain) snapshot.Domain {
	var calls []string
	for _, e := range p.from.AllDependencies() {
		if e.From == d.ID() && (e.To.Kind == snapshot.KindFunction || e.To.Kind == snapshot.KindAggregate) && p.replaced[e.To] {
			calls = append(calls, qualified(e.To.Schema, e.To.Name)+"(")
		}
	}
	callsReplaced := func(expr string) bool {
		return slices.ContainsFunc(calls, func(c string) bool { return strings.Contains(expr, c) })
	}
	out := d
	out.Constraints = slices.DeleteFunc(slices.Clone(d.Constraints), func(c snapshot.DomainConstraint) bool { return callsReplaced(c.Definition) })
	if callsReplaced(d.Default) {
		out.Default = ""
	}
	if len(out.Constraints) == len(d.Constraints) && out.Default == d.Default {
		out.Default, out.Constraints = "", nil
	}
	return out
}

// isTypeKind reports whether objects of kind k can be the type (or
// collation) another type or a column is built on.
func isTypeKind(k snapshot.Kind) bool {
	switch k {
	case snapshot.KindEnum, snapshot.KindDomain, snapshot.KindCompositeType, snapshot.KindRangeType,
		snapshot.KindCollation:
		return true
	}
	return false
}

// typeConvertible reports whether the type id can be rebuilt under what
// uses it: columns of the source catalog (directly or as an array), and
// domains, composite and range types built on it, which are rebuilt in
// turn (finishTypeRebuilds). A range type with a canonical function (which
// would have to be re-created for the new type) or a typed table keeps
// the old type alive.
func (p *planner) typeConvertible(id snapshot.ObjectID) bool {
	used := false
	for _, d := range p.sourceEdgesTo(id) {
		switch d.From.Kind {
		case snapshot.KindColumn, snapshot.KindDomain, snapshot.KindCompositeType:
			used = true
		case snapshot.KindRangeType:
			r, ok := findByID(p, p.from, d.From.Kind, p.from.RangeTypes, d.From)
			if !ok || r.Canonical != "" {
				return false
			}
			used = true
		case snapshot.KindTable, snapshot.KindForeignTable:
			return false
		}
	}
	return used
}

// rebuildDomain changes a domain's base type or collation without dropping
// the columns that use it: see rebuildTypeUnderColumns. The direct cast
// checks the new domain's constraints.
func (p *planner) rebuildDomain(to snapshot.Domain) planned {
	return rebuildTypeUnderColumns(typeRebuild{id: to.ID(), keyword: "DOMAIN", create: createDomain(p, to)})
}
