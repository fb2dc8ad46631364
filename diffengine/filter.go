package diffengine

import (
	"slices"

	"github.com/pgstrata/pgstrata/snapshot"
)

// filterCatalog applies --schema and --exclude-schema: objects outside the
// chosen schemas (and schema-less objects, when --schema is given) are left
// out of the comparison entirely. The input is not modified.
func filterCatalog(c *snapshot.Catalog, opts Options) *snapshot.Catalog {
	if len(opts.Schemas) == 0 && len(opts.ExcludeSchemas) == 0 {
		return c
	}
	keep := func(schema string) bool {
		if len(opts.Schemas) > 0 && !slices.Contains(opts.Schemas, schema) {
			return false
		}
		return !slices.Contains(opts.ExcludeSchemas, schema)
	}
	keepID := func(id snapshot.ObjectID) bool {
		switch {
		case id.Kind == snapshot.KindSchema:
			return keep(id.Name)
		case id.Schema != "":
			return keep(id.Schema)
		default:
			return len(opts.Schemas) == 0
		}
	}
	out := *c
	out.Schemas = filterObjects(c.Schemas, keepID)
	out.Extensions = filterObjects(c.Extensions, keepID)
	out.Languages = filterObjects(c.Languages, keepID)
	out.Collations = filterObjects(c.Collations, keepID)
	out.Enums = filterObjects(c.Enums, keepID)
	out.Domains = filterObjects(c.Domains, keepID)
	out.CompositeTypes = filterObjects(c.CompositeTypes, keepID)
	out.RangeTypes = filterObjects(c.RangeTypes, keepID)
	out.Sequences = filterObjects(c.Sequences, keepID)
	out.Tables = filterObjects(c.Tables, keepID)
	out.Constraints = filterObjects(c.Constraints, keepID)
	out.Indexes = filterObjects(c.Indexes, keepID)
	out.Views = filterObjects(c.Views, keepID)
	out.Functions = filterObjects(c.Functions, keepID)
	out.Aggregates = filterObjects(c.Aggregates, keepID)
	out.Operators = filterObjects(c.Operators, keepID)
	out.Casts = filterObjects(c.Casts, keepID)
	out.Triggers = filterObjects(c.Triggers, keepID)
	out.EventTriggers = filterObjects(c.EventTriggers, keepID)
	out.Policies = filterObjects(c.Policies, keepID)
	out.Rules = filterObjects(c.Rules, keepID)
	out.Statistics = filterObjects(c.Statistics, keepID)
	out.Publications = filterObjects(c.Publications, keepID)
	out.ForeignDataWrappers = filterObjects(c.ForeignDataWrappers, keepID)
	out.ForeignServers = filterObjects(c.ForeignServers, keepID)
	out.DefaultPrivileges = filterObjects(c.DefaultPrivileges, keepID)
	out.Dependencies = slices.DeleteFunc(slices.Clone(c.Dependencies), func(d snapshot.Dependency) bool {
		return !keepID(d.From) || !keepID(d.To)
	})
	return &out
}

func filterObjects[T snapshot.Object](objects []T, keep func(snapshot.ObjectID) bool) []T {
	return slices.DeleteFunc(slices.Clone(objects), func(o T) bool { return !keep(o.ID()) })
}
