package snapshot

import "testing"

func TestCanonicalArrayCasts(t *testing.T) {
	cases := []struct{ in, want string }{
		{
			"CHECK (((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))",
			"CHECK (((status)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text])))",
		},
		{ // already settled: unchanged
			"CHECK (((status)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text])))",
			"CHECK (((status)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text])))",
		},
		{ // two lists, a type with a modifier and a quoted schema, NOT IN
			`(((a)::text <> ALL ((ARRAY['x'::character varying(3)])::text[])) AND ((b)::"S".t = ANY ((ARRAY['y'::character varying, 'it''s'::character varying])::"S".t[])))`,
			`(((a)::text <> ALL (ARRAY[('x'::character varying(3))::text])) AND ((b)::"S".t = ANY (ARRAY[('y'::character varying)::"S".t, ('it''s'::character varying)::"S".t])))`,
		},
		{ // elements that are not constants are left alone
			"(x = ANY ((ARRAY[a, b])::text[]))",
			"(x = ANY ((ARRAY[a, b])::text[]))",
		},
		{ // the pattern inside a literal is text, not SQL
			"'(ARRAY[''a''::character varying])::text[]'::text",
			"'(ARRAY[''a''::character varying])::text[]'::text",
		},
	}
	for _, c := range cases {
		if got := canonicalArrayCasts(c.in); got != c.want {
			t.Errorf("canonicalArrayCasts(%s)\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}
