package snapshot

import (
	"reflect"
	"slices"
	"testing"
)

// TestKindRegistry checks the registry against the model, without a
// database: every list of objects in Catalog is registered once, in field
// order, with the kinds its objects have; every kind has an entry in
// kindTable and a list (columns live in their relations); and the entry's
// InSchema and OfRelation agree with what the kind's ID method sets.
func TestKindRegistry(t *testing.T) {
	var c Catalog
	cv := reflect.ValueOf(&c).Elem()
	objectType := reflect.TypeFor[Object]()
	var fields []string
	for i := range cv.NumField() {
		f := cv.Field(i)
		if f.Kind() == reflect.Slice && f.Type().Elem().Implements(objectType) {
			fields = append(fields, cv.Type().Field(i).Name)
		}
	}
	if len(fields) != len(catalogLists) {
		t.Fatalf("Catalog has %d lists of objects (%v), catalogLists registers %d", len(fields), fields, len(catalogLists))
	}
	listed := map[Kind]int{}
	for i, l := range catalogLists {
		want := cv.FieldByName(fields[i]).Addr().Interface()
		if l.field(&c) != want {
			t.Errorf("catalogLists[%d] is not Catalog.%s (the registry follows the field order)", i, fields[i])
			continue
		}
		// One object with every identity field a test value can set.
		f := cv.FieldByName(fields[i])
		elem := reflect.New(f.Type().Elem()).Elem()
		for name, value := range map[string]string{"Schema": "s", "Name": "n", "Table": "t"} {
			if sf := elem.FieldByName(name); sf.IsValid() && sf.Kind() == reflect.String && sf.CanSet() {
				sf.SetString(value)
			}
		}
		f.Set(reflect.Append(f, elem))
		id := elem.Interface().(Object).ID()
		if !slices.Contains(l.kinds(), id.Kind) {
			t.Errorf("Catalog.%s holds %s objects; the registry says %v", fields[i], id.Kind, l.kinds())
		}
		for _, k := range l.kinds() {
			listed[k]++
		}
		info, ok := InfoOf(id.Kind)
		if !ok {
			t.Errorf("%s (Catalog.%s) has no entry in kindTable", id.Kind, fields[i])
			continue
		}
		if inSchema := id.Schema != ""; inSchema != info.InSchema && id.Kind != KindDefaultPrivilege {
			t.Errorf("%s: ID sets a schema: %v; kindTable says InSchema: %v", id.Kind, inSchema, info.InSchema)
		}
		if ofRelation := id.Table != ""; ofRelation != info.OfRelation {
			t.Errorf("%s: ID sets a table: %v; kindTable says OfRelation: %v", id.Kind, ofRelation, info.OfRelation)
		}
	}
	for _, info := range kindTable {
		switch n := listed[info.Kind]; {
		case info.Kind == KindColumn:
		case n != 1:
			t.Errorf("%s is held by %d lists of Catalog; want 1", info.Kind, n)
		}
	}
	// What the registry derives: walking, counting, filtering.
	var walked int
	c.Each(func(Object) { walked++ })
	var ids int
	c.EachID(func(ObjectID) { ids++ })
	if walked != len(fields) || ids != len(fields) {
		t.Errorf("Each walks %d objects, EachID %d; the catalog has one per list (%d)", walked, ids, len(fields))
	}
	kept := c.Filter(func(id ObjectID) bool { return id.Schema == "" })
	kept.EachID(func(id ObjectID) {
		if id.Schema != "" {
			t.Errorf("Filter kept %s", id)
		}
	})
	if c.Filter(func(ObjectID) bool { return true }).Counts()[KindSchema] != 1 {
		t.Error("Filter keeping everything lost the schema")
	}
}
