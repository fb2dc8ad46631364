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
// has schemas) must be walked by Catalog.Each, have rules in kinds and a
// rank in kindRank, and be left out by --exclude-schema x (or, for a kind
// without schemas, by --schema y).
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
		if _, ok := kindRank[id.Kind]; !ok {
			t.Errorf("%s (Catalog.%s): no rank in kindRank", id.Kind, fields[i])
		}
	}
	excluded := filterCatalog(&c, Options{ExcludeSchemas: []string{"x"}})
	other := filterCatalog(&c, Options{Schemas: []string{"y"}})
	for _, filtered := range []*snapshot.Catalog{excluded, other} {
		filtered.EachID(func(id snapshot.ObjectID) {
			if id.Schema == "x" || filtered == other {
				t.Errorf("%s kept by the schema filter", id)
			}
		})
	}
}
