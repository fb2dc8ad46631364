package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// domainRules plans CREATE/ALTER/DROP DOMAIN. A new base type or collation
// is brought to the columns that use the domain (rebuildDomain), and the
// rebuild is its own (domainKind.rebuild): a domain whose CHECK or DEFAULT
// calls a function that is replaced only needs those taken off and put back.
var domainRules = domainKind{&rules[snapshot.Domain]{
	objectKind: snapshot.KindDomain,
	list:       func(c *snapshot.Catalog) []snapshot.Domain { return c.Domains },
	create:     plain(createDomain),
	drop: plain(func(p *planner, d snapshot.Domain) []Statement {
		return []Statement{stmt(ActionDrop, "DROP DOMAIN "+qualified(d.Schema, d.Name), p.dropHazards(d.ID(), false)...)}
	}),
	alter: alterDomain,
}}

// createDomain writes the domain the way pg_dump does: COLLATE, DEFAULT and
// NOT NULL on the first line, one validated CHECK per line after it. CREATE
// DOMAIN cannot say NOT VALID, so such constraints are added afterwards.
func createDomain(p *planner, d snapshot.Domain) []Statement {
	name := qualified(d.Schema, d.Name)
	var b strings.Builder
	b.WriteString("CREATE DOMAIN " + name + " AS " + d.BaseType)
	if d.Collation != "" {
		b.WriteString(" COLLATE " + d.Collation)
	}
	if d.Default != "" {
		b.WriteString(" DEFAULT " + d.Default)
	}
	if d.NotNull {
		b.WriteString(" NOT NULL")
	}
	var notValid []Statement
	for _, c := range d.Constraints {
		if c.Validated {
			b.WriteString("\n    CONSTRAINT " + ident(c.Name) + " " + c.Definition)
		} else {
			notValid = append(notValid, addDomainConstraint(name, c))
		}
	}
	out := append([]Statement{stmt(ActionCreate, b.String())}, notValid...)
	for _, c := range d.Constraints {
		out = append(out, commentOnCreate(domainConstraintTarget(name, c.Name), c.Comment)...)
	}
	out = append(out, commentOnCreate("DOMAIN "+name, d.Comment)...)
	return append(out, p.ownerAndGrants(d.ID(), "DOMAIN "+name, "DOMAIN "+name, nil, d.Common)...)
}

// alterDomain changes everything but the base type and collation in place.
// ALTER DOMAIN cannot change those: the domain is then rebuilt under its
// columns (see rebuildDomain), or else dropped and created again. Constraints are matched by name: one
// whose check changed, or that must become NOT VALID again, is dropped and
// added back.
func alterDomain(p *planner, from, to snapshot.Domain) (planned, bool) {
	if from.BaseType != to.BaseType || from.Collation != to.Collation {
		if p.typeConvertible(to.ID()) {
			return p.rebuildDomain(to), false
		}
		return planned{}, true
	}
	name := qualified(to.Schema, to.Name)
	alter := "ALTER DOMAIN " + name
	old := domainConstraintsByName(from)
	now := domainConstraintsByName(to)
	var out []Statement
	// Drops come first, so that a constraint re-added under the same name
	// does not collide and an old check cannot reject a new default.
	for _, c := range from.Constraints {
		if n, ok := now[c.Name]; !ok || !domainConstraintKept(c, n) {
			out = append(out, stmt(ActionAlter, alter+" DROP CONSTRAINT "+ident(c.Name)))
		}
	}
	if from.Default != to.Default {
		if to.Default == "" {
			out = append(out, stmt(ActionAlter, alter+" DROP DEFAULT"))
		} else {
			out = append(out, stmt(ActionAlter, alter+" SET DEFAULT "+to.Default))
		}
	}
	if from.NotNull != to.NotNull {
		out = append(out, stmt(ActionAlter, alter+map[bool]string{true: " SET NOT NULL", false: " DROP NOT NULL"}[to.NotNull]))
	}
	var validates, comments []Statement
	for _, c := range to.Constraints {
		o, ok := old[c.Name]
		target := domainConstraintTarget(name, c.Name)
		if !ok || !domainConstraintKept(o, c) {
			out = append(out, addDomainConstraint(name, c))
			comments = append(comments, commentOnCreate(target, c.Comment)...)
			continue
		}
		if !o.Validated && c.Validated {
			validates = append(validates, stmt(ActionAlter, alter+" VALIDATE CONSTRAINT "+ident(c.Name)))
		}
		comments = append(comments, commentChange(target, o.Comment, c.Comment)...)
	}
	out = append(append(out, validates...), comments...)
	out = append(out, commentChange("DOMAIN "+name, from.Comment, to.Comment)...)
	return only(append(out, p.ownerAndGrants(to.ID(), "DOMAIN "+name, "DOMAIN "+name, &from.Common, to.Common)...)...), false
}

// addDomainConstraint adds one constraint; the definition of a NOT VALID
// one already ends in " NOT VALID" (pg_get_constraintdef says so).
func addDomainConstraint(domain string, c snapshot.DomainConstraint) Statement {
	return stmt(ActionAlter, "ALTER DOMAIN "+domain+" ADD CONSTRAINT "+ident(c.Name)+" "+c.Definition)
}

func domainConstraintTarget(domain, constraint string) string {
	return "CONSTRAINT " + ident(constraint) + " ON DOMAIN " + domain
}

func domainConstraintsByName(d snapshot.Domain) map[string]snapshot.DomainConstraint {
	out := make(map[string]snapshot.DomainConstraint, len(d.Constraints))
	for _, c := range d.Constraints {
		out[c.Name] = c
	}
	return out
}

// domainConstraintKept reports whether constraint from can become to
// without being dropped: the same check, and not going from validated back
// to NOT VALID (VALIDATE CONSTRAINT only goes the other way).
func domainConstraintKept(from, to snapshot.DomainConstraint) bool {
	strip := func(def string) string { return strings.TrimSuffix(def, " NOT VALID") }
	return strip(from.Definition) == strip(to.Definition) && (to.Validated || !from.Validated)
}
