package show

import (
	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/snapshot"
)

// Options select what is shown; the zero value selects everything.
type Options struct {
	// Patterns select objects by name, as pg_dump -t and psql's \d read
	// patterns (see package pattern): "public.ord*" is schema public, name
	// starting with ord; a pattern without a schema part ("orders") matches
	// in every schema, and matches schema-less objects (schemas,
	// extensions, publications, …) by name. A selected object brings what
	// belongs to it (see selection). Each pattern must match an object.
	Patterns []string
	// Schemas and ExcludeSchemas are diff's --schema and --exclude-schema.
	Schemas, ExcludeSchemas []string
	// Kinds, when not empty, select objects of these kinds only (the
	// values of snapshot.Kind, as the JSON outputs print them).
	Kinds []string
}

// Plan returns the statements that build cat's schema in a fresh database
// of its server's version, owners and privileges included, in dependency
// order, narrowed to what opts selects. Its warnings are the planner's
// (a dependency cycle it broke).
func Plan(cat *snapshot.Catalog, opts Options) (*diffengine.Plan, error) {
	sel, err := newSelection(cat, opts)
	if err != nil {
		return nil, err
	}
	plan, err := diffengine.Diff(snapshot.FreshCatalog(cat.ServerVersionNum), cat, diffengine.Options{WithPrivileges: true})
	if err != nil {
		return nil, err
	}
	if sel.all() {
		return plan, nil
	}
	kept := plan.Statements[:0:0]
	for _, s := range plan.Statements {
		if sel.keeps(s.ID) {
			kept = append(kept, s)
		}
	}
	plan.Statements = kept
	plan.Settings = diffengine.SettingsFor(kept)
	return plan, nil
}
