package snapshot

import (
	"reflect"
	"testing"
)

// TestSplitDictOptions splits dictinitoption as the server writes it
// (serialize_deflist): commas inside quoted values and identifiers, doubled
// quotes and E” strings with backslashes stay inside one option.
func TestSplitDictOptions(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"stopwords = 'english'", []string{"stopwords = 'english'"}},
		{"stopwords = 'english', language = 'english'", []string{"language = 'english'", "stopwords = 'english'"}},
		{`"Odd, Name" = 'a, b', x = 1.5`, []string{`"Odd, Name" = 'a, b'`, "x = 1.5"}},
		{`a = 'it''s, here', b = E'back\\slash, '', more'`, []string{`a = 'it''s, here'`, `b = E'back\\slash, '', more'`}},
		{`"q"", y" = 'v'`, []string{`"q"", y" = 'v'`}},
	} {
		if got := splitDictOptions(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitDictOptions(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
