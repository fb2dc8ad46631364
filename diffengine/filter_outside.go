package diffengine

import (
	"fmt"
	"reflect"

	"github.com/pgstrata/pgstrata/snapshot"
)

// outsideWarnings names, for a filtered plan, the objects outside the
// filter that the plan's objects need and that differ between the sides:
// a column whose type lives in an excluded schema, a foreign key to a
// table outside, a view over one. The filter leaves them out of the
// comparison, so the script neither creates nor changes them; if they are
// missing or different where it runs, it fails there, or leaves a schema
// that does not match the target. One warning per pair, in plan order.
func outsideWarnings(f *schemaFilter, from, to *snapshot.Catalog, statements []Statement) []string {
	if f == nil || len(statements) == 0 {
		return nil
	}
	planned := map[relationKey]bool{}
	var order []relationKey
	for _, s := range statements {
		k := relationKeyOf(s.ID)
		if !planned[k] {
			planned[k] = true
			order = append(order, k)
		}
	}
	fromOutside, toOutside := outsideObjects(f, from), outsideObjects(f, to)
	needs := map[relationKey][]snapshot.Dependency{}
	seen := map[[2]snapshot.ObjectID]bool{}
	for _, c := range []*snapshot.Catalog{to, from} { // the target's needs first
		for _, d := range c.AllDependencies() {
			k := relationKeyOf(d.From)
			if !planned[k] || !f.keepID(d.From) || f.keepID(d.To) || seen[[2]snapshot.ObjectID{d.From, d.To}] {
				continue
			}
			seen[[2]snapshot.ObjectID{d.From, d.To}] = true
			needs[k] = append(needs[k], d)
		}
	}
	var warnings []string
	told := map[[2]string]bool{}
	for _, k := range order {
		for _, d := range needs[k] {
			how := differs(fromOutside, toOutside, d.To)
			pair := [2]string{d.From.String(), displayID(fromOutside, toOutside, d.To).String()}
			if how == "" || told[pair] {
				continue
			}
			told[pair] = true
			warnings = append(warnings, fmt.Sprintf("%s needs %s, which is outside the schema filter and %s: "+
				"the script leaves it as it is, so it may fail or not reach the target; compare its schema too",
				pair[0], pair[1], how))
		}
	}
	return warnings
}

// relationKey groups an object with the relation it belongs to (a column,
// constraint, index, trigger or policy with its table), so that a plan
// that creates a table counts as needing what its columns need.
type relationKey struct{ schema, name string }

func relationKeyOf(id snapshot.ObjectID) relationKey {
	switch {
	case id.Table != "":
		return relationKey{id.Schema, id.Table}
	case isRelationKind(id.Kind):
		return relationKey{id.Schema, id.Name}
	}
	return relationKey{id.Schema, id.Name + "\x00" + string(id.Kind) + "\x00" + id.Args}
}

func isRelationKind(k snapshot.Kind) bool {
	switch k {
	case snapshot.KindTable, snapshot.KindForeignTable, snapshot.KindView, snapshot.KindMaterializedView:
		return true
	}
	return false
}

// outsideID is the object a dependency on id stands for: a column's
// relation (columns are compared with their tables).
func outsideID(id snapshot.ObjectID) snapshot.ObjectID {
	if id.Kind == snapshot.KindColumn {
		return snapshot.ObjectID{Kind: snapshot.KindTable, Schema: id.Schema, Name: id.Table}
	}
	return id
}

// displayID names what a dependency on id needs: the relation, for a
// column, an index or a constraint (one warning for a table, not one per
// part of it), with its kind as a side has it.
func displayID(from, to map[snapshot.ObjectID]any, id snapshot.ObjectID) snapshot.ObjectID {
	table := id.Table
	if id.Kind == snapshot.KindIndex { // an index's identity leaves its table out
		for _, m := range []map[snapshot.ObjectID]any{to, from} {
			if ix, ok := m[id].(snapshot.Index); ok {
				table = ix.Table
			}
		}
	}
	if table == "" {
		return id
	}
	rel := snapshot.ObjectID{Kind: snapshot.KindTable, Schema: id.Schema, Name: table}
	for _, m := range []map[snapshot.ObjectID]any{to, from} {
		if o, ok := m[rel].(snapshot.Object); ok {
			return o.ID()
		}
	}
	return rel
}

// outsideObjects maps the identities of c's objects the filter leaves out
// to the objects, comparable across catalogs. Relations are also filed
// under KindTable, which is what outsideID gives for a column.
func outsideObjects(f *schemaFilter, c *snapshot.Catalog) map[snapshot.ObjectID]any {
	out := map[snapshot.ObjectID]any{}
	c.Each(func(o snapshot.Object) {
		id := o.ID()
		if f.keepID(id) {
			return
		}
		v := withoutCommon(o)
		out[id] = v
		if isRelationKind(id.Kind) {
			out[snapshot.ObjectID{Kind: snapshot.KindTable, Schema: id.Schema, Name: id.Name}] = v
		}
	})
	return out
}

// withoutCommon returns o without its owner, comment and privileges (the
// embedded Common), which do not change what depends on it.
func withoutCommon(o snapshot.Object) any {
	v := reflect.New(reflect.TypeOf(o)).Elem()
	v.Set(reflect.ValueOf(o))
	if v.Kind() == reflect.Struct {
		if common := v.FieldByName("Common"); common.IsValid() && common.CanSet() {
			common.SetZero()
		}
	}
	return v.Interface()
}

// differs says how an outside object differs between the sides, or "" if
// it does not.
func differs(from, to map[snapshot.ObjectID]any, id snapshot.ObjectID) string {
	id = outsideID(id)
	a, inFrom := from[id]
	b, inTo := to[id]
	switch {
	case inFrom && !inTo:
		return "exists only in the source"
	case inTo && !inFrom:
		return "exists only in the target"
	case inFrom && !reflect.DeepEqual(a, b):
		return "differs between the sides"
	}
	return ""
}
