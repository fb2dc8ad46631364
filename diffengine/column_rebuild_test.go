package diffengine

import "testing"

// TestMentionsName finds a column among the identifiers of an index or
// constraint definition, not inside literals or longer names.
func TestMentionsName(t *testing.T) {
	for _, tt := range []struct {
		def, name string
		want      bool
	}{
		{"CREATE INDEX i ON s.t USING gin (tsv)", "tsv", true},
		{"CREATE INDEX i ON s.t USING btree (tsv_old)", "tsv", false},
		{"CHECK ((length(\"Norm\") < 100))", "Norm", true},
		{"CHECK ((length(norm) < 100))", "Norm", false},
		{"CHECK ((body <> 'tsv'::text))", "tsv", false},
		{"CHECK ((\"we\"\"ird\" > 0))", `we"ird`, true},
		{"CREATE INDEX i ON s.t (upper(Name))", "name", true},
	} {
		if got := mentionsName(tt.def, tt.name); got != tt.want {
			t.Errorf("mentionsName(%q, %q) = %v, want %v", tt.def, tt.name, got, tt.want)
		}
	}
}
