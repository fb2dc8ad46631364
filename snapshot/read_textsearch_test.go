package snapshot_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// TestReadTextSearchFixture reads the text search objects of the fixture
// (testdata/snapshot/textsearch.sql): dictionaries with their template and
// options, configurations with their parser and mappings, comments, and the
// edges that order them (configuration → dictionary, index and generated
// column → configuration).
func TestReadTextSearchFixture(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		cat := readCatalog(t, c, loadFixture(t, c))
		odd := find(t, cat.TextSearchDicts, snapshot.ObjectID{Kind: snapshot.KindTextSearchDict, Schema: "ts", Name: "Odd, Dict"})
		if odd.TemplateSchema != "pg_catalog" || odd.TemplateName != "simple" || odd.Comment != "a dictionary" ||
			!reflect.DeepEqual(odd.Options, []string{"accept = 'false'", "stopwords = 'english'"}) || odd.Owner == "" {
			t.Errorf("dictionary: %+v", odd)
		}
		stem := find(t, cat.TextSearchDicts, snapshot.ObjectID{Kind: snapshot.KindTextSearchDict, Schema: "ts", Name: "english_stem_nostop"})
		if stem.TemplateName != "snowball" || !reflect.DeepEqual(stem.Options, []string{"language = 'english'"}) {
			t.Errorf("dictionary: %+v", stem)
		}
		docs := find(t, cat.TextSearchConfigs, snapshot.ObjectID{Kind: snapshot.KindTextSearchConfig, Schema: "ts", Name: "docs"})
		if docs.ParserSchema != "pg_catalog" || docs.ParserName != "default" || docs.Comment != "documents" {
			t.Errorf("configuration: %+v", docs)
		}
		byToken := map[string][]snapshot.TextSearchDictionaryRef{}
		var order []string
		for _, m := range docs.Mappings {
			byToken[m.TokenType] = m.Dictionaries
			order = append(order, m.TokenType)
		}
		mine := []snapshot.TextSearchDictionaryRef{{Schema: "ts", Name: "Odd, Dict"}, {Schema: "ts", Name: "english_stem_nostop"}}
		if !reflect.DeepEqual(byToken["asciiword"], mine) || !reflect.DeepEqual(byToken["word"], mine) ||
			!reflect.DeepEqual(byToken["int"], []snapshot.TextSearchDictionaryRef{{Schema: "pg_catalog", Name: "simple"}}) {
			t.Errorf("mappings: %+v", docs.Mappings)
		}
		if _, ok := byToken["email"]; ok || len(order) == 0 || order[0] != "asciiword" {
			t.Errorf("mapping order or dropped mappings: %v", order)
		}
		empty := find(t, cat.TextSearchConfigs, snapshot.ObjectID{Kind: snapshot.KindTextSearchConfig, Schema: "ts", Name: "empty"})
		if len(empty.Mappings) != 0 || empty.ParserName != "default" {
			t.Errorf("empty configuration: %+v", empty)
		}
		docsID := docs.ID()
		for _, want := range []snapshot.Dependency{
			{From: docsID, To: odd.ID()},
			{From: docsID, To: stem.ID()},
			{From: snapshot.ObjectID{Kind: snapshot.KindIndex, Schema: "ts", Name: "doc_body_fts"}, To: docsID},
			{From: snapshot.ColumnID("ts", "doc", "tsv"), To: docsID},
		} {
			if !slices.ContainsFunc(cat.Dependencies, func(d snapshot.Dependency) bool { return d.From == want.From && d.To == want.To }) {
				t.Errorf("missing dependency %s -> %s", want.From, want.To)
			}
		}
	})
}
