package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var compositeRules = &rules[snapshot.CompositeType]{
	objectKind: snapshot.KindCompositeType,
	list:       func(c *snapshot.Catalog) []snapshot.CompositeType { return c.CompositeTypes },
	create:     plain(createComposite),
	drop: plain(func(p *planner, t snapshot.CompositeType) []Statement {
		return []Statement{stmt(ActionDrop, "DROP TYPE "+qualified(t.Schema, t.Name), p.dropHazards(t.ID(), false)...)}
	}),
	alter: alterComposite,
}

// createComposite creates a composite type with its comments, owner and
// grants.
func createComposite(p *planner, t snapshot.CompositeType) []Statement {
	name := qualified(t.Schema, t.Name)
	defs := make([]string, len(t.Attributes))
	for i, a := range t.Attributes {
		defs[i] = attributeDefinition(a)
	}
	sql := "CREATE TYPE " + name + " AS ("
	if len(defs) > 0 {
		sql += "\n    " + strings.Join(defs, ",\n    ") + "\n"
	}
	out := []Statement{stmt(ActionCreate, sql+")")}
	for _, a := range t.Attributes {
		out = append(out, commentOnCreate("COLUMN "+name+"."+ident(a.Name), a.Comment)...)
	}
	out = append(out, commentOnCreate("TYPE "+name, t.Comment)...)
	return append(out, p.ownerAndGrants(t.ID(), "TYPE "+name, "TYPE "+name, nil, t.Common)...)
}

func attributeDefinition(a snapshot.TypeAttribute) string {
	def := ident(a.Name) + " " + a.Type
	if a.Collation != "" {
		def += " COLLATE " + a.Collation
	}
	return def
}

// alterComposite changes attributes in place with ALTER TYPE … ADD, DROP
// and ALTER ATTRIBUTE. It asks for the type to be re-created when that
// cannot reach the target: when the attributes' order would differ (ADD
// ATTRIBUTE only appends), or when an attribute's type changes while
// columns store the type (PostgreSQL refuses, as it would have to rewrite
// them).
func alterComposite(p *planner, from, to snapshot.CompositeType) (planned, bool) {
	id := to.ID()
	name := qualified(to.Schema, to.Name)
	alter := "ALTER TYPE " + name
	// Typed tables (CREATE TABLE … OF) follow their type only when told to;
	// CASCADE here reaches them and nothing else.
	cascade := ""
	if p.hasTypedTables(id) {
		cascade = " CASCADE"
	}
	stored := p.typeStoredInColumns(id)
	old := map[string]snapshot.TypeAttribute{}
	for _, a := range from.Attributes {
		old[a.Name] = a
	}
	now := map[string]bool{}
	for _, a := range to.Attributes {
		now[a.Name] = true
	}
	var out, adds []Statement
	var order []string // the attribute order the statements leave
	changed := false   // an attribute is dropped or changes type
	for _, a := range from.Attributes {
		if now[a.Name] {
			order = append(order, a.Name)
			continue
		}
		var hazards []Hazard
		if stored {
			hazards = append(hazards, hazard(HazardDataLoss, "the values stored in attribute %s go", a.Name))
		}
		out = append(out, stmt(ActionAlter, alter+" DROP ATTRIBUTE "+ident(a.Name)+cascade, hazards...))
		changed = true
	}
	for _, a := range to.Attributes {
		column := "COLUMN " + name + "." + ident(a.Name)
		before, ok := old[a.Name]
		if !ok {
			order = append(order, a.Name)
			adds = append(adds, stmt(ActionAlter, alter+" ADD ATTRIBUTE "+attributeDefinition(a)+cascade))
			adds = append(adds, commentOnCreate(column, a.Comment)...)
			continue
		}
		if before.Type != a.Type || before.Collation != a.Collation {
			if stored {
				return planned{}, true
			}
			// Without COLLATE the attribute takes the new type's default
			// collation, which is what an empty Collation means.
			out = append(out, stmt(ActionAlter, alter+" ALTER ATTRIBUTE "+ident(a.Name)+" SET DATA TYPE "+
				strings.TrimPrefix(attributeDefinition(a), ident(a.Name)+" ")+cascade))
			changed = true
		}
		out = append(out, commentChange(column, before.Comment, a.Comment)...)
	}
	var want []string
	for _, a := range to.Attributes {
		want = append(want, a.Name)
	}
	if !slices.Equal(order, want) {
		return planned{}, true
	}
	var change planned
	if changed && p.viewsUse(id) {
		// A view that reads an attribute blocks dropping it or changing its
		// type; the edges do not say which attribute, so every view on
		// the type is rebuilt around the change.
		change.breaks = append(change.breaks, id)
	}
	out = append(out, adds...)
	out = append(out, commentChange("TYPE "+name, from.Comment, to.Comment)...)
	change.add(append(out, p.ownerAndGrants(to.ID(), "TYPE "+name, "TYPE "+name, &from.Common, to.Common)...)...)
	return change, false
}

// hasTypedTables reports whether a table of the source catalog is a typed
// table of the composite type id.
func (p *planner) hasTypedTables(id snapshot.ObjectID) bool {
	for _, t := range p.from.Tables {
		if namesObject(t.OfType, id.Schema, id.Name) {
			return true
		}
	}
	return false
}

// typeStoredInColumns reports whether a table column (or typed table) of
// the source catalog holds values of the type id: directly, as an array, or
// through a domain, composite or range type built on it. PostgreSQL then
// refuses to drop the type or change its attributes' types.
func (p *planner) typeStoredInColumns(id snapshot.ObjectID) bool {
	views := map[snapshot.QualifiedName]bool{}
	for _, v := range p.from.Views {
		views[snapshot.QualifiedName{Schema: v.Schema, Name: v.Name}] = true
	}
	seen := map[snapshot.ObjectID]bool{}
	var walk func(snapshot.ObjectID) bool
	walk = func(t snapshot.ObjectID) bool {
		if seen[t] {
			return false
		}
		seen[t] = true
		for _, d := range p.sourceEdgesTo(t) {
			switch {
			case d.From.Kind == snapshot.KindColumn && !views[snapshot.QualifiedName{Schema: d.From.Schema, Name: d.From.Table}],
				d.From.Kind == snapshot.KindTable, d.From.Kind == snapshot.KindForeignTable:
				return true
			case isTypeKind(d.From.Kind) && walk(d.From):
				return true
			}
		}
		return false
	}
	return walk(id)
}

// viewsUse reports whether a view or materialized view of the source
// catalog depends on the object id.
func (p *planner) viewsUse(id snapshot.ObjectID) bool {
	for _, d := range p.sourceEdgesTo(id) {
		if d.From.Kind == snapshot.KindView || d.From.Kind == snapshot.KindMaterializedView {
			return true
		}
	}
	return false
}
