package diffengine

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// schemaFilter is --schema and --exclude-schema, compiled.
type schemaFilter struct {
	include, exclude []*schemaPattern
}

// newSchemaFilter compiles the patterns of opts and checks them against
// the schemas of both catalogs. A --schema pattern that matches no schema
// on either side is an error, as with pg_dump --strict-names: a typo would
// otherwise compare nothing and report "no differences", and a drift check
// in CI would pass. An --exclude-schema pattern that matches nothing is
// only a warning (excluding what is not there changes nothing). It
// returns nil when no filter is given.
func newSchemaFilter(opts Options, from, to *snapshot.Catalog) (*schemaFilter, []string, error) {
	if len(opts.Schemas) == 0 && len(opts.ExcludeSchemas) == 0 {
		return nil, nil, nil
	}
	f := &schemaFilter{}
	// The schemas of both sides: those captured, and those objects are in
	// (a schema an extension created is not captured itself, but what is
	// installed in it is).
	seen := map[string]bool{}
	for _, c := range []*snapshot.Catalog{from, to} {
		c.EachID(func(id snapshot.ObjectID) {
			switch {
			case id.Kind == snapshot.KindSchema:
				seen[id.Name] = true
			case id.Schema != "":
				seen[id.Schema] = true
			}
		})
	}
	names := slices.Sorted(maps.Keys(seen))
	var warnings []string
	for _, set := range []struct {
		flag     string
		patterns []string
		into     *[]*schemaPattern
	}{{"--schema", opts.Schemas, &f.include}, {"--exclude-schema", opts.ExcludeSchemas, &f.exclude}} {
		for _, text := range set.patterns {
			p, err := compileSchemaPattern(set.flag, text)
			if err != nil {
				return nil, nil, err
			}
			*set.into = append(*set.into, p)
			if slices.ContainsFunc(names, p.match) {
				continue
			}
			msg := fmt.Sprintf("%s %q matches no schema on either side", set.flag, text)
			if strings.Contains(text, ",") {
				msg += " (a comma is part of a schema name: repeat " + set.flag + " to name several)"
			}
			if set.flag == "--schema" {
				return nil, nil, fmt.Errorf("%s", msg)
			}
			warnings = append(warnings, msg)
		}
	}
	return f, warnings, nil
}

func (f *schemaFilter) keep(schema string) bool {
	if len(f.include) > 0 && !slices.ContainsFunc(f.include, func(p *schemaPattern) bool { return p.match(schema) }) {
		return false
	}
	return !slices.ContainsFunc(f.exclude, func(p *schemaPattern) bool { return p.match(schema) })
}

// keepID reports whether an object is compared: objects of kept schemas,
// and schema-less ones (languages, casts, event triggers, …) unless
// --schema limits the comparison.
func (f *schemaFilter) keepID(id snapshot.ObjectID) bool {
	switch {
	case id.Kind == snapshot.KindSchema:
		return f.keep(id.Name)
	case id.Schema != "":
		return f.keep(id.Schema)
	default:
		return len(f.include) == 0
	}
}

// filterCatalog applies the filter: objects it does not keep are left out
// of the comparison entirely. The input is not modified.
func filterCatalog(c *snapshot.Catalog, f *schemaFilter) *snapshot.Catalog {
	if f == nil {
		return c
	}
	return c.Filter(f.keepID)
}

// SchemaFilter returns what opts.Schemas and opts.ExcludeSchemas keep, as
// a test of identities, checked against the schemas of both catalogs as
// Diff checks them (an error for a --schema pattern that matches no
// schema, a warning for an --exclude-schema one). keep is nil when opts
// filters nothing. pgstrata show selects statements with it, so that its
// --schema means what diff's does.
func SchemaFilter(opts Options, from, to *snapshot.Catalog) (keep func(snapshot.ObjectID) bool, warnings []string, err error) {
	f, warnings, err := newSchemaFilter(opts, from, to)
	if err != nil || f == nil {
		return nil, warnings, err
	}
	return f.keepID, warnings, nil
}
