package strata

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
	"github.com/vmihailenco/msgpack/v5"
)

// TestOlderReaderSkipsTextSearch decodes a body holding text search
// objects the way a reader built before they were modeled would: into a
// catalog type without those fields. Every other field must come out
// unchanged. It fails if a text search type carries a field tagged intern
// (embedding Common or QualifiedName would): the older reader skips those
// strings without entering them in the intern table, and a later reference
// to one (here the owner and schema the publication and the dependency
// share) would resolve to the wrong string.
func TestOlderReaderSkipsTextSearch(t *testing.T) {
	c := &snapshot.Catalog{
		TextSearchDicts: []snapshot.TextSearchDictionary{{Schema: "tsonly", Name: "d", TemplateSchema: "pg_catalog",
			TemplateName: "simple", Options: []string{"accept = 'false'"}, Owner: "tsowner", Comment: "dict"}},
		TextSearchConfigs: []snapshot.TextSearchConfig{{Schema: "tsonly", Name: "cfg", ParserSchema: "pg_catalog",
			ParserName: "default", Owner: "tsowner", Mappings: []snapshot.TextSearchMapping{
				{TokenType: "asciiword", Dictionaries: []snapshot.TextSearchDictionaryRef{{Schema: "tsonly", Name: "d"}}}}}},
		Publications: []snapshot.Publication{{Name: "pub", Owner: "tsowner", Schemas: []string{"tsonly"}}},
		Dependencies: []snapshot.Dependency{{
			From: snapshot.ObjectID{Kind: snapshot.KindTextSearchConfig, Schema: "tsonly", Name: "cfg"},
			To:   snapshot.ObjectID{Kind: snapshot.KindTextSearchDict, Schema: "tsonly", Name: "d"}, Type: "n"}},
	}
	body, _, err := EncodeBody(c)
	if err != nil {
		t.Fatal(err)
	}
	full := reflect.TypeFor[snapshot.Catalog]()
	var fields []reflect.StructField
	for i := range full.NumField() {
		if f := full.Field(i); !strings.HasPrefix(f.Name, "TextSearch") {
			fields = append(fields, f)
		}
	}
	older := reflect.New(reflect.StructOf(fields))
	if err := msgpack.Unmarshal(body, older.Interface()); err != nil {
		t.Fatal(err)
	}
	want := reflect.ValueOf(c).Elem()
	for i := range older.Elem().NumField() {
		name := older.Elem().Type().Field(i).Name
		if got := older.Elem().Field(i).Interface(); !reflect.DeepEqual(got, want.FieldByName(name).Interface()) {
			t.Errorf("%s: an older reader decodes %+v, want %+v", name, got, want.FieldByName(name).Interface())
		}
	}
	// And the current reader gets everything back.
	var again snapshot.Catalog
	if err := msgpack.Unmarshal(body, &again); err != nil || !reflect.DeepEqual(&again, c) {
		t.Errorf("round trip: %v: %s", err, firstDifference(&again, c))
	}
}
