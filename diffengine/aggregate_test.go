package diffengine

import (
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

func TestAggregateGrantTarget(t *testing.T) {
	for args, want := range map[string]string{
		"":        "FUNCTION s.a()",
		"integer": "FUNCTION s.a(integer)",
		"double precision ORDER BY double precision": "FUNCTION s.a(double precision, double precision)",
		"ORDER BY text":                                   "FUNCTION s.a(text)",
		`VARIADIC "any" ORDER BY VARIADIC "any"`:          `FUNCTION s.a(VARIADIC "any")`,
		`integer, VARIADIC "any" ORDER BY VARIADIC "any"`: `FUNCTION s.a(integer, VARIADIC "any")`,
		// An argument name holding " ORDER BY " is not where the lists meet.
		`"p ORDER BY q" integer ORDER BY v text`: `FUNCTION s.a("p ORDER BY q" integer, v text)`,
	} {
		got := aggregateGrantTarget(snapshot.Aggregate{Schema: "s", Name: "a", IdentityArgs: args})
		if got != want {
			t.Errorf("aggregateGrantTarget(%q) = %q, want %q", args, got, want)
		}
	}
}
