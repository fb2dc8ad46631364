package snapshot

import (
	"reflect"
	"testing"
)

// TestFind fills every list of a catalog with two objects, sorts it, and
// finds each object by its identity; then columns of a table and a view,
// and identities the catalog does not hold. No database.
func TestFind(t *testing.T) {
	var c Catalog
	cv := reflect.ValueOf(&c).Elem()
	objectType := reflect.TypeFor[Object]()
	for i := range cv.NumField() {
		f := cv.Field(i)
		if f.Kind() != reflect.Slice || !f.Type().Elem().Implements(objectType) {
			continue
		}
		for _, name := range []string{"b", "a"} { // out of order: Sort puts them right
			elem := reflect.New(f.Type().Elem()).Elem()
			for field, value := range map[string]string{"Schema": "s", "Name": name, "Table": "t"} {
				if sf := elem.FieldByName(field); sf.IsValid() && sf.Kind() == reflect.String && sf.CanSet() {
					sf.SetString(value)
				}
			}
			f.Set(reflect.Append(f, elem))
		}
	}
	c.Tables[0].Columns = []Column{{Name: "id", Type: "integer"}, {Name: "note", Type: "text", Default: "'x'::text"}}
	c.Views[1].Columns = []Column{{Name: "v1", Type: "bigint"}}
	c.Sort()

	found := 0
	c.Each(func(o Object) {
		got, ok := c.Find(o.ID())
		if !ok || !reflect.DeepEqual(got, o) {
			t.Errorf("Find(%s) = %v, %v; want the object", o.ID(), got, ok)
		}
		found++
	})
	if found != 2*len(catalogLists) {
		t.Fatalf("walked %d objects, want %d", found, 2*len(catalogLists))
	}

	note, ok := c.Find(ColumnID("s", c.Tables[1].Name, "note"))
	if col, isCol := note.(TableColumn); !ok || !isCol || col.Default != "'x'::text" || col.ID() != ColumnID("s", "b", "note") {
		t.Errorf("Find(column s.b.note) = %#v, %v", note, ok)
	}
	if v1, ok := c.Find(ColumnID("s", "a", "v1")); !ok || v1.(TableColumn).Type != "bigint" {
		t.Errorf("Find(view column s.a.v1) = %#v, %v", v1, ok)
	}
	for _, id := range []ObjectID{
		{Kind: KindTable, Schema: "s", Name: "zz"},
		{Kind: KindForeignTable, Schema: "s", Name: "a"},
		ColumnID("s", "a", "missing"),
		ColumnID("s", "nosuch", "id"),
		{Kind: "no_such_kind", Name: "a"},
	} {
		if o, ok := c.Find(id); ok {
			t.Errorf("Find(%s) = %v, want not found", id, o)
		}
	}
	if _, ok := (*Catalog)(nil).Find(ObjectID{Kind: KindSchema, Name: "a"}); ok {
		t.Error("a nil catalog finds something")
	}
}
