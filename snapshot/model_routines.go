package snapshot

import "strings"

// Function is a function (prokind f, window functions included) or a
// procedure (p). Aggregates are Aggregate.
type Function struct {
	Schema string `msgpack:",intern"`
	Name   string `msgpack:",intern"`
	// Procedure is true for CREATE PROCEDURE routines.
	Procedure bool `msgpack:",omitempty"`
	// IdentityArgs is pg_get_function_identity_arguments: the part of the
	// signature that identifies the function ("a integer, b text").
	IdentityArgs string
	// Arguments is pg_get_function_arguments: with modes, names and defaults.
	Arguments string
	// Result is pg_get_function_result, e.g. "SETOF integer"; empty for procedures.
	Result string `msgpack:",omitempty"`
	// Definition is pg_get_functiondef: a complete CREATE OR REPLACE statement
	// (body, language, volatility, strictness, security, cost, rows, parallel,
	// SET clauses) as PostgreSQL itself deparses it.
	Definition      string
	Language        string
	Volatility      string   // i, s or v
	Strict          bool     `msgpack:",omitempty"`
	SecurityDefiner bool     `msgpack:",omitempty"`
	Leakproof       bool     `msgpack:",omitempty"`
	Parallel        string   // s, r or u
	Window          bool     `msgpack:",omitempty"`
	Config          []string `msgpack:",omitempty"` // SET clauses, e.g. "search_path=pg_catalog"
	Common
}

// Aggregate is a CREATE AGGREGATE object, captured field by field from
// pg_aggregate (PostgreSQL has no pg_get_aggregatedef).
type Aggregate struct {
	Schema       string `msgpack:",intern"`
	Name         string
	IdentityArgs string
	Arguments    string
	// Kind is aggkind: n (normal), o (ordered-set) or h (hypothetical-set).
	Kind                 string
	NumDirectArgs        int    `msgpack:",omitempty"`
	TransitionFunc       string // regproc form, schema-qualified
	TransitionType       string
	TransitionSpace      int     `msgpack:",omitempty"`
	FinalFunc            string  `msgpack:",omitempty"`
	FinalExtra           bool    `msgpack:",omitempty"`
	FinalModify          string  `msgpack:",omitempty"` // r, s or w
	CombineFunc          string  `msgpack:",omitempty"`
	SerialFunc           string  `msgpack:",omitempty"`
	DeserialFunc         string  `msgpack:",omitempty"`
	InitialValue         *string `msgpack:",omitempty"`
	MovingTransitionFunc string  `msgpack:",omitempty"`
	MovingInverseFunc    string  `msgpack:",omitempty"`
	MovingTransitionType string  `msgpack:",omitempty"`
	MovingSpace          int     `msgpack:",omitempty"`
	MovingFinalFunc      string  `msgpack:",omitempty"`
	MovingFinalExtra     bool    `msgpack:",omitempty"`
	MovingFinalModify    string  `msgpack:",omitempty"`
	MovingInitialValue   *string `msgpack:",omitempty"`
	SortOperator         string  `msgpack:",omitempty"` // operator, schema-qualified: OPERATOR(pg_catalog.>)
	Parallel             string
	Common
}

// Operator is a CREATE OPERATOR object.
type Operator struct {
	Schema   string `msgpack:",intern"`
	Name     string
	Left     string `msgpack:",omitempty"` // left operand type, empty for prefix operators
	Right    string `msgpack:",omitempty"` // right operand type, empty for postfix operators (before 14)
	Result   string
	Function string // regproc form
	// Commutator and Negator are operator names with operand types
	// ("OPERATOR(s.=)"); Restrict and Join are estimator functions.
	Commutator string `msgpack:",omitempty"`
	Negator    string `msgpack:",omitempty"`
	Restrict   string `msgpack:",omitempty"`
	Join       string `msgpack:",omitempty"`
	Hashes     bool   `msgpack:",omitempty"`
	Merges     bool   `msgpack:",omitempty"`
	Owner      string `msgpack:",intern"`
	Comment    string `msgpack:",omitempty"`
}

// Cast is a CREATE CAST object between two types.
type Cast struct {
	Source string
	Target string
	// Function is the cast function's signature (regprocedure form); empty for
	// WITHOUT FUNCTION and WITH INOUT casts.
	Function string `msgpack:",omitempty"`
	Context  string // e explicit, a assignment, i implicit
	Method   string // f function, i inout, b binary-coercible
	Comment  string `msgpack:",omitempty"`
}

// Counterpart returns the constructor of r that stands where fn stands in
// another version of r: the one with fn's signature, else (when the
// subtype changed, which changes the range constructors' argument types)
// the range constructor of the same name and number of arguments.
func (r RangeType) Counterpart(fn RangeConstructor) (RangeConstructor, bool) {
	for _, c := range r.Constructors {
		if c.Schema == fn.Schema && c.Name == fn.Name && c.IdentityArgs == fn.IdentityArgs {
			return c, true
		}
	}
	if fn.Multirange {
		return RangeConstructor{}, false
	}
	arity := func(args string) int {
		if args == "" {
			return 0
		}
		return strings.Count(args, ",") + 1
	}
	for _, c := range r.Constructors {
		if !c.Multirange && c.Schema == fn.Schema && c.Name == fn.Name && arity(c.IdentityArgs) == arity(fn.IdentityArgs) {
			return c, true
		}
	}
	return RangeConstructor{}, false
}
