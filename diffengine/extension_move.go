package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/internal/sqltext"
	"github.com/pgstrata/pgstrata/snapshot"
)

// sameTypeMoved reports whether two column types, as format_type printed
// them in the source and the target, are one type that only changed schema
// because its extension did: after ALTER EXTENSION citext SET SCHEMA b,
// "a.citext" prints as "b.citext" though no column changed. Without this the
// plan would convert every such column to "its new type" (a rewrite of the
// table, flagged as possible data loss, with the views on it rebuilt).
//
// A type counts as moved only when an extension of both catalogs moved from
// the old schema to the new one and the target has no type of ours by the
// old name (then the column really changed to the extension's type).
func (p *planner) sameTypeMoved(from, to string) bool {
	if from == to {
		return true
	}
	for _, old := range p.from.Extensions {
		now, ok := findExtension(p.to, old.Name)
		if !ok || now.Schema == old.Schema {
			continue
		}
		rest, ok := cutSchema(from, old.Schema)
		if !ok {
			continue
		}
		if restNew, ok := cutSchema(to, now.Schema); !ok || restNew != rest {
			continue
		}
		if !p.targetHasUserType(old.Schema, baseTypeName(rest)) {
			return true
		}
	}
	return false
}

func findExtension(c *snapshot.Catalog, name string) (snapshot.Extension, bool) {
	for _, e := range c.Extensions {
		if e.Name == name {
			return e, true
		}
	}
	return snapshot.Extension{}, false
}

// cutSchema removes "schema." from the front of a printed type name, the
// schema quoted or not (the server quotes by its own keyword list).
func cutSchema(typ, schema string) (string, bool) {
	for _, prefix := range []string{sqltext.QuoteIdent(schema) + ".", schema + "."} {
		if rest, ok := strings.CutPrefix(typ, prefix); ok {
			return rest, true
		}
	}
	return "", false
}

// baseTypeName strips an array suffix and a type modifier: `x(10)[]` → `x`.
func baseTypeName(s string) string {
	if i := strings.IndexAny(s, "(["); i > 0 && !strings.HasPrefix(s, `"`) {
		return s[:i]
	}
	if strings.HasPrefix(s, `"`) {
		// A quoted name ends at its closing quote (doubled quotes inside).
		for i := 1; i < len(s); i++ {
			if s[i] == '"' {
				if i+1 < len(s) && s[i+1] == '"' {
					i++
					continue
				}
				return s[:i+1]
			}
		}
	}
	return s
}

// targetHasUserType reports whether the target captures a type of its own
// (enum, domain, composite or range) named by name in schema.
func (p *planner) targetHasUserType(schema, name string) bool {
	c := p.to
	return hasTypeNamed(c.Enums, schema, name) || hasTypeNamed(c.Domains, schema, name) ||
		hasTypeNamed(c.CompositeTypes, schema, name) || hasTypeNamed(c.RangeTypes, schema, name)
}

// hasTypeNamed reports whether types holds one in schema that name (as the
// server prints it, quoted or not) denotes.
func hasTypeNamed[T snapshot.Object](types []T, schema, name string) bool {
	return slices.ContainsFunc(types, func(t T) bool {
		id := t.ID()
		return id.Schema == schema && sqltext.NamesObject(name, "", id.Name)
	})
}
