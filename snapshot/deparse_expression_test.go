package snapshot

import "testing"

// The head of an index expression's node tree, as PostgreSQL 12-18 write
// it; the live check is TestClientDeparseMatchesServer.
func TestReadExpressionHead(t *testing.T) {
	cases := []struct {
		name, tree string
		want       expressionHead
		ok         bool
	}{
		{"function call", "({FUNCEXPR :funcid 870 :funcresulttype 25 :funcretset false :funcvariadic false :funcformat 0 :funccollid 100 :inputcollid 100 :args ({VAR :varno 1 :varattno 2 :vartype 25 :vartypmod -1 :varcollid 100 :varlevelsup 0 :varnosyn 1 :varattnosyn 2 :location 30}) :location 24})",
			expressionHead{typ: 25, collation: 100, functionCall: true}, true},
		{"SQL syntax (EXTRACT)", "({FUNCEXPR :funcid 6202 :funcresulttype 1700 :funcretset false :funcvariadic false :funcformat 3 :funccollid 0 :inputcollid 0 :args (",
			expressionHead{typ: 1700, functionCall: true}, true},
		{"cast written as a function", "({FUNCEXPR :funcid 481 :funcresulttype 20 :funcretset false :funcvariadic false :funcformat 1 :funccollid 0 :inputcollid 0 :args (",
			expressionHead{typ: 20}, true},
		{"implicit cast", "({FUNCEXPR :funcid 481 :funcresulttype 20 :funcretset false :funcvariadic false :funcformat 2 :funccollid 0 :inputcollid 0 :args (",
			expressionHead{typ: 20}, true},
		{"operator", "({OPEXPR :opno 3477 :opfuncid 3214 :opresulttype 25 :opretset false :opcollid 100 :inputcollid 100 :args ({FUNCEXPR :funcid 1 :funcresulttype 23 :funcformat 0 :funccollid 0 :args (",
			expressionHead{typ: 25, collation: 100}, true},
		// A field of an argument node must not answer for the top node.
		{"fields only in the arguments", "({OPEXPR :opno 3477 :args ({FUNCEXPR :funcresulttype 23 :opresulttype 23 :opcollid 0 :args (", expressionHead{}, false},
		{"other node", "({RELABELTYPE :arg {VAR :varno 1} :resulttype 1043 :resulttypmod -1 :resultcollid 100 :relabelformat 1 :location -1})", expressionHead{}, false},
		{"coalesce", "({COALESCEEXPR :coalescetype 23 :coalescecollid 0 :args (", expressionHead{}, false},
		{"cut before :args", "({FUNCEXPR :funcid 870 :funcresulttype 25 :funcretset false :funcvariadic", expressionHead{}, false},
		{"not a list", "{FUNCEXPR :funcid 870 :funcresulttype 25 :funcformat 0 :funccollid 100 :args (", expressionHead{}, false},
		{"bad number", "({FUNCEXPR :funcid 870 :funcresulttype -1 :funcformat 0 :funccollid 100 :args (", expressionHead{}, false},
		{"empty", "", expressionHead{}, false},
	}
	for _, c := range cases {
		got, ok := readExpressionHead(c.tree)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("%s: got %+v, %v; want %+v, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}
