package sqltext

import "testing"

func TestIndexTopLevel(t *testing.T) {
	cases := []struct {
		s, sep string
		want   int
	}{
		{"EXCLUDE USING gist (r WITH &&) WITH (fillfactor='80')", " WITH (", 30},
		{`UNIQUE ("a WITH (b") WITH (x=1)`, " WITH (", 20},
		{`CHECK ((a = ' WHERE (')) WHERE (b)`, " WHERE (", 24},
		{`("x""y)" , ')''(')`, ")", 17},
		{"(a", ")", -1},
	}
	for _, c := range cases {
		if got := IndexTopLevel(c.s, c.sep); got != c.want {
			t.Errorf("IndexTopLevel(%q, %q) = %d, want %d", c.s, c.sep, got, c.want)
		}
	}
}

func TestCutParenthesized(t *testing.T) {
	cases := []struct{ s, inner, rest string }{
		{`(a, "b)") INCLUDE (c)`, `a, "b)"`, " INCLUDE (c)"},
		{"((a + 1), f(b)) DEFERRABLE", "(a + 1), f(b)", " DEFERRABLE"},
		{"()", "", ""},
	}
	for _, c := range cases {
		inner, rest, ok := CutParenthesized(c.s)
		if !ok || inner != c.inner || rest != c.rest {
			t.Errorf("CutParenthesized(%q) = %q, %q, %v; want %q, %q", c.s, inner, rest, ok, c.inner, c.rest)
		}
	}
	for _, s := range []string{"a (b)", "(a", ""} {
		if _, _, ok := CutParenthesized(s); ok {
			t.Errorf("CutParenthesized(%q) is ok", s)
		}
	}
}
