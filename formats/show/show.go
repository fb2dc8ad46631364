package show

import (
	"fmt"
	"strings"

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
// (a dependency cycle it broke) and, when the catalog holds objects of
// kinds pgstrata does not model, a line naming them.
func Plan(cat *snapshot.Catalog, opts Options) (*diffengine.Plan, error) {
	sel, err := newSelection(cat, opts)
	if err != nil {
		return nil, err
	}
	plan, err := build(cat)
	if err != nil {
		return nil, err
	}
	if len(cat.NotModeled) > 0 {
		plan.Warnings = append(plan.Warnings, notModeledWarning(cat.NotModeled))
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

// build plans cat from a fresh database in two parts, as pg_dump orders
// them: every object first, then the default privileges (ALTER DEFAULT
// PRIVILEGES). A fresh database has no default privileges, so each object
// starts with the built-in ones of the role that creates it, which ALTER
// … OWNER TO hands to its owner, and its GRANTs and REVOKEs are planned
// from there: the script gives the same privileges whoever runs it (a
// superuser restoring a schema, typically). Planned in one diff, an
// object would be created after the entries and planned from its owner's
// entries, while the entries of the role running the script are the ones
// that apply (see diffengine's privilege.go).
func build(cat *snapshot.Catalog) (*diffengine.Plan, error) {
	fresh := snapshot.FreshCatalog(cat.ServerVersionNum)
	opts := diffengine.Options{WithPrivileges: true}
	objects := cat
	if len(cat.DefaultPrivileges) > 0 {
		objects = cat.Filter(func(id snapshot.ObjectID) bool { return id.Kind != snapshot.KindDefaultPrivilege })
	}
	plan, err := diffengine.Diff(fresh, objects, opts)
	if err != nil || objects == cat {
		return plan, err
	}
	withDefaults := *fresh
	withDefaults.DefaultPrivileges = cat.DefaultPrivileges
	defaults, err := diffengine.Diff(fresh, &withDefaults, opts)
	if err != nil {
		return nil, err
	}
	plan.Statements = append(plan.Statements, defaults.Statements...)
	plan.Settings = diffengine.SettingsFor(plan.Statements)
	plan.Warnings = append(plan.Warnings, defaults.Warnings...)
	return plan, nil
}

// notModeledWarning says what the DDL cannot hold: objects of kinds
// pgstrata does not model (base types, text search parsers, …), which
// inspect counts. Whatever uses them will not load without them.
func notModeledWarning(counts []snapshot.CatalogCount) string {
	var parts []string
	for _, c := range counts {
		parts = append(parts, fmt.Sprintf("%s %d", c.Catalog, c.Count))
	}
	return "the catalog holds objects pgstrata does not model, which the DDL leaves out (objects that use them will not load without them): " + strings.Join(parts, ", ")
}
