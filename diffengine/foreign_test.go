package diffengine

import (
	"slices"
	"strings"
	"testing"
)

// TestGenericOptionChanges checks the OPTIONS (…) items against a model of
// what PostgreSQL does with them (SET in place, DROP removes, ADD appends):
// applied to from, they must give exactly to, order included.
func TestGenericOptionChanges(t *testing.T) {
	for _, c := range []struct {
		from, to []string
		want     string
	}{
		{nil, nil, ""},
		{[]string{"a=1"}, []string{"a=1"}, ""},
		{nil, []string{"a=1", "b=2"}, "ADD a '1', ADD b '2'"},
		{[]string{"a=1", "b=2"}, nil, "DROP a, DROP b"},
		{[]string{"a=1", "b=2"}, []string{"a=1", "b=3", "c=4"}, "SET b '3', ADD c '4'"},
		{[]string{"a=1", "b=2", "c=3"}, []string{"a=1", "c=3"}, "DROP b"},
		{[]string{"a=1", "b=2"}, []string{"b=2", "a=1"}, "DROP a, ADD a '1'"},
		{[]string{"Mode=x", "user=u"}, []string{"user=v"}, `DROP "Mode", SET "user" 'v'`},
	} {
		got := genericOptionChanges(c.from, c.to)
		if got != c.want {
			t.Errorf("genericOptionChanges(%q, %q) = %q, want %q", c.from, c.to, got, c.want)
		}
		if applied := applyOptionChanges(c.from, got); !slices.Equal(applied, c.to) {
			t.Errorf("applying %q to %q gives %q, want %q", got, c.from, applied, c.to)
		}
	}
}

// applyOptionChanges is PostgreSQL's transformGenericOptions for the
// simple keys and values used above.
func applyOptionChanges(options []string, items string) []string {
	out := slices.Clone(options)
	if items == "" {
		return out
	}
	for _, item := range strings.Split(items, ", ") {
		fields := strings.Fields(item)
		key := strings.Trim(fields[1], `"`)
		at := slices.IndexFunc(out, func(o string) bool { return strings.HasPrefix(o, key+"=") })
		switch fields[0] {
		case "DROP":
			out = slices.Delete(out, at, at+1)
		case "SET":
			out[at] = key + "=" + strings.Trim(fields[2], "'")
		case "ADD":
			out = append(out, key+"="+strings.Trim(fields[2], "'"))
		}
	}
	return out
}
