package pattern

import (
	"slices"
	"testing"
)

func TestSplit(t *testing.T) {
	for text, want := range map[string][]string{
		"orders":          {"orders"},
		"public.ord*":     {"public", "ord*"},
		`"a.b".c`:         {`"a.b"`, "c"},
		`"My ""x"".y".z`:  {`"My ""x"".y"`, "z"},
		"db.schema.table": {"db", "schema", "table"},
		".x":              {"", "x"},
	} {
		if got := Split(text); !slices.Equal(got, want) {
			t.Errorf("Split(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestCompile(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		match   []string
		miss    []string
	}{
		{"ord*", []string{"ord", "orders"}, []string{"Orders", "xorders"}},
		{"ORDERS", []string{"orders"}, []string{"ORDERS"}},
		{`"Orders"`, []string{"Orders"}, []string{"orders"}},
		{"t?", []string{"t1", "tx"}, []string{"t", "t12"}},
		{"t[0-9]", []string{"t7"}, []string{"tx"}},
		{`"a*b"`, []string{"a*b"}, []string{"ab", "axb"}},
		{"a$", []string{"a$"}, []string{"a"}},
		{`"say ""hi"""`, []string{`say "hi"`}, nil},
	} {
		re, err := Compile(tc.pattern)
		if err != nil {
			t.Fatalf("Compile(%q): %v", tc.pattern, err)
		}
		for _, s := range tc.match {
			if !re.MatchString(s) {
				t.Errorf("%q does not match %q", tc.pattern, s)
			}
		}
		for _, s := range tc.miss {
			if re.MatchString(s) {
				t.Errorf("%q matches %q", tc.pattern, s)
			}
		}
	}
	for _, bad := range []string{`"open`, "a[", "(x"} {
		if _, err := Compile(bad); err == nil {
			t.Errorf("Compile(%q) did not fail", bad)
		}
	}
}
