package snapshot

import (
	"strconv"
	"strings"
)

// expressionHead is what pg_get_indexdef asks of an index expression
// beyond its text: its type and collation (exprType, exprCollation), which
// decide whether the column's operator class and collation are printed,
// and whether it prints as a function call, which decides its brackets
// (looks_like_function).
type expressionHead struct {
	typ, collation uint32
	functionCall   bool
}

// Function call forms (CoercionForm, primnodes.h): an explicit call and,
// from PostgreSQL 14, SQL syntax such as EXTRACT(... FROM ...) print as
// function calls; the two cast forms print as casts.
const (
	coerceExplicitCall = 0
	coerceSQLSyntax    = 3
)

// expressionNodeFields names, per node type, the fields that hold the
// result type and collation (primnodes.h). Other node types are left to
// the server (indexes.sql asks pg_get_indexdef for them: keep its list of
// node types the same as this one).
var expressionNodeFields = map[string]struct{ typ, collation string }{
	"FUNCEXPR": {":funcresulttype", ":funccollid"},
	"OPEXPR":   {":opresulttype", ":opcollid"},
}

// readExpressionHead reads the top node of an expression's node tree text
// (pg_node_tree as nodeToString writes it, e.g. "({FUNCEXPR :funcid 870
// :funcresulttype 25 ... :funcformat 0 :funccollid 100 ... :args ...").
// The node's own fields come before its :args, so only that part is read:
// the same names inside the arguments belong to other nodes. It reports
// false for any other node type or a head it cannot read.
func readExpressionHead(tree string) (expressionHead, bool) {
	var h expressionHead
	rest, ok := strings.CutPrefix(tree, "({")
	if !ok {
		return h, false
	}
	nodeType, rest, ok := strings.Cut(rest, " ")
	fields, found := expressionNodeFields[nodeType]
	if !ok || !found {
		return h, false
	}
	own, _, ok := strings.Cut(rest, " :args ")
	if !ok {
		return h, false
	}
	var ok1, ok2 bool
	h.typ, ok1 = nodeOIDField(own, fields.typ)
	h.collation, ok2 = nodeOIDField(own, fields.collation)
	if !ok1 || !ok2 {
		return h, false
	}
	if nodeType == "FUNCEXPR" {
		format, ok := nodeOIDField(own, ":funcformat")
		if !ok {
			return h, false
		}
		h.functionCall = format == coerceExplicitCall || format == coerceSQLSyntax
	}
	return h, true
}

// nodeOIDField returns the unsigned number after field name in a node's
// fields (":name value" pairs; the values of those before :args hold no
// spaces).
func nodeOIDField(fields, name string) (uint32, bool) {
	tokens := strings.Fields(fields)
	for i := 0; i+1 < len(tokens); i++ {
		if tokens[i] == name {
			n, err := strconv.ParseUint(tokens[i+1], 10, 32)
			return uint32(n), err == nil
		}
	}
	return 0, false
}
