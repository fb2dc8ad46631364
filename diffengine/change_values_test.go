package diffengine

import (
	"reflect"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// TestChangeValues: a Change shows values in the JSON output's shape,
// not Go's.
func TestChangeValues(t *testing.T) {
	limit := 100
	for _, c := range []struct {
		value any
		want  string
	}{
		{"SELECT 1", "SELECT 1"},
		{true, "true"},
		{[]string(nil), "[]"},
		{[]string{"a=1", "b"}, `["a=1","b"]`},
		{(*int)(nil), "null"},
		{&limit, "100"},
		{[]snapshot.Column{{Name: "id", Type: "integer", NotNull: true}, {Name: "note", Type: "text",
			Details: &snapshot.ColumnDetails{Collation: `"C"`}}},
			`[{"name":"id","type":"integer","not_null":true},{"name":"note","type":"text","details":{"collation":"\"C\""}}]`},
		{snapshot.Common{Owner: "app"}, `{"owner":"app"}`},
	} {
		if got := render(reflect.ValueOf(c.value)); got != c.want {
			t.Errorf("render(%#v) = %s, want %s", c.value, got, c.want)
		}
	}
}
