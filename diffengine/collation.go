package diffengine

import (
	"reflect"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var collationRules = &rules[snapshot.Collation]{
	objectKind: snapshot.KindCollation,
	list:       func(c *snapshot.Catalog) []snapshot.Collation { return c.Collations },
	create:     plain(createCollation),
	drop: plain(func(p *planner, c snapshot.Collation) []Statement {
		return []Statement{stmt(ActionDrop, "DROP COLLATION "+qualified(c.Schema, c.Name), p.dropHazards(c.ID(), false)...)}
	}),
	// ALTER COLLATION can only refresh the version, rename, move or change
	// the owner: any other change means re-creating it, under the columns
	// and types that use it when there are any (see rebuildTypeUnderColumns).
	alter: func(p *planner, from, to snapshot.Collation) (planned, bool) {
		a, b := from, to
		a.Common, b.Common = snapshot.Common{}, snapshot.Common{}
		if !reflect.DeepEqual(a, b) {
			if p.usedByColumnsOrTypes(to.ID()) {
				// A unique index cannot fail under a deterministic collation.
				return rebuildTypeUnderColumns(typeRebuild{id: to.ID(), keyword: "COLLATION", create: createCollation(p, to), fits: to.Deterministic}), false
			}
			return planned{}, true
		}
		name := qualified(to.Schema, to.Name)
		out := commentChange("COLLATION "+name, from.Comment, to.Comment)
		return only(append(out, p.ownerAndGrants(to.ID(), "COLLATION "+name, "COLLATION "+name, &from.Common, to.Common)...)...), false
	},
}

// createCollation creates a collation with its comment and owner.
func createCollation(p *planner, c snapshot.Collation) []Statement {
	name := qualified(c.Schema, c.Name)
	out := []Statement{stmt(ActionCreate, "CREATE COLLATION "+name+" ("+strings.Join(collationOptions(c), ", ")+")")}
	out = append(out, commentOnCreate("COLLATION "+name, c.Comment)...)
	return append(out, p.ownerAndGrants(c.ID(), "COLLATION "+name, "COLLATION "+name, nil, c.Common)...)
}

// collationOptions renders the CREATE COLLATION options. An ICU locale is
// in Locale from PostgreSQL 15 and in Collate before; a libc collation
// whose two categories agree is written with the shorter locale = '…'.
func collationOptions(c snapshot.Collation) []string {
	var opts []string
	switch c.Provider {
	case "i":
		locale := c.Locale
		if locale == "" {
			locale = c.Collate
		}
		opts = append(opts, "provider = icu", "locale = "+literal(locale))
	case "b":
		opts = append(opts, "provider = builtin", "locale = "+literal(c.Locale))
	default:
		opts = append(opts, "provider = libc")
		if c.Collate == c.Ctype {
			opts = append(opts, "locale = "+literal(c.Collate))
		} else {
			opts = append(opts, "lc_collate = "+literal(c.Collate), "lc_ctype = "+literal(c.Ctype))
		}
	}
	if !c.Deterministic {
		opts = append(opts, "deterministic = false")
	}
	if c.ICURules != "" {
		opts = append(opts, "rules = "+literal(c.ICURules))
	}
	return opts
}

// usedByColumnsOrTypes reports whether a column, domain or composite type of
// the source catalog depends on the object id, and so would keep it from
// being dropped.
func (p *planner) usedByColumnsOrTypes(id snapshot.ObjectID) bool {
	for _, d := range p.sourceEdgesTo(id) {
		if d.From.Kind == snapshot.KindColumn || d.From.Kind == snapshot.KindDomain || d.From.Kind == snapshot.KindCompositeType {
			return true
		}
	}
	return false
}
