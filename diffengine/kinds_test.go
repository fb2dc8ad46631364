package diffengine

import (
	"reflect"
	"slices"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// TestEveryCatalogKindIsHandled catches a kind added to snapshot.Catalog
// but missed in one of the places the diff engine lists kinds: for every
// list of objects in the catalog, one object (in schema "x" where the kind
// has schemas) must be walked by Catalog.Each, have rules in kinds, and be
// left out by --exclude-schema x and (but for the schema itself) by
// --schema n. (snapshot.TestKindRegistry checks the registry those derive
// from; every kind of it but columns must have rules here.)
func TestEveryCatalogKindIsHandled(t *testing.T) {
	var c snapshot.Catalog
	cv := reflect.ValueOf(&c).Elem()
	objectType := reflect.TypeFor[snapshot.Object]()
	var fields []string
	for i := range cv.NumField() {
		f := cv.Field(i)
		if f.Kind() != reflect.Slice || !f.Type().Elem().Implements(objectType) {
			continue
		}
		elem := reflect.New(f.Type().Elem()).Elem()
		for name, value := range map[string]string{"Schema": "x", "Name": "n", "Table": "t"} {
			if sf := elem.FieldByName(name); sf.IsValid() && sf.Kind() == reflect.String && sf.CanSet() {
				sf.SetString(value)
			}
		}
		f.Set(reflect.Append(f, elem))
		fields = append(fields, cv.Type().Field(i).Name)
	}
	var walked []snapshot.ObjectID
	c.Each(func(o snapshot.Object) { walked = append(walked, o.ID()) })
	if len(walked) != len(fields) {
		t.Fatalf("Catalog.Each walks %d objects, the catalog has %d lists (%v)", len(walked), len(fields), fields)
	}
	for i, id := range walked {
		if !slices.ContainsFunc(kinds, func(k kindDiffer) bool { return slices.Contains(k.kinds(), id.Kind) }) {
			t.Errorf("%s (Catalog.%s): no rules in kinds", id.Kind, fields[i])
		}
	}
	for _, info := range snapshot.Kinds() {
		if info.Kind != snapshot.KindColumn && !slices.ContainsFunc(kinds, func(k kindDiffer) bool { return slices.Contains(k.kinds(), info.Kind) }) {
			t.Errorf("%s: no rules in kinds", info.Kind)
		}
	}
	// --schema n keeps only the schema object itself (named "n").
	for _, opts := range []Options{{ExcludeSchemas: []string{"x"}}, {Schemas: []string{"n"}}} {
		f, _, err := newSchemaFilter(opts, &c, &c)
		if err != nil {
			t.Fatal(err)
		}
		filterCatalog(&c, f).EachID(func(id snapshot.ObjectID) {
			if id.Schema == "x" || len(opts.Schemas) > 0 && id.Kind != snapshot.KindSchema {
				t.Errorf("%s kept by the schema filter %+v", id, opts)
			}
		})
	}
}
