package snapshot

import (
	"strings"
	"testing"
)

// TestSQLFieldGrammars: what PostgreSQL prints where a script copies a
// name or a type is accepted, and nothing that would end the statement or
// add SQL of its own.
func TestSQLFieldGrammars(t *testing.T) {
	types := []string{
		"integer", "text", "bigint[]", `"char"`, "character varying", "character varying(20)", "character(1)",
		"bit varying", "bit varying(5)", "bit(3)", "double precision", "double precision[]", "numeric(10,2)",
		"timestamp without time zone", "timestamp(3) with time zone", "time(0) without time zone", "time with time zone",
		"interval", "interval(3)", "interval day to second(2)", "interval year to month", "interval second(6)",
		"app.mood", `"Mixed Case".pair`, `app."My ""Quoted"" Type"[]`, "public.geometry(Point,4326)", "vector(3)",
		`"select"`, "pg_catalog.int4", `"ünïcödé"`, `"a;b"`,
	}
	notTypes := []string{
		"integer; DROP TABLE t", "text) ; DROP TABLE t; --", "integer -- x", "int /* x */", `"unterminated`,
		`"a"" ; DROP TABLE t; --`, "Integer", "integer\n", "numeric(10,2); x", "geometry(Point,'x')",
		"interval day to second(2) ; x", "timestamp(3) with time zone DEFAULT 1", "text COLLATE \"C\"",
		"", "app.", ".app", "a..b", "integer[", "integer[]x",
	}
	for _, s := range types {
		if !isTypeName(s) {
			t.Errorf("type %q refused", s)
		}
	}
	for _, s := range notTypes {
		if s != "" && isTypeName(s) {
			t.Errorf("type %q accepted", s)
		}
	}
	for _, s := range []string{"app.sfunc", `app."Weird Name"`, "int4pl", "pg_catalog.float8mi",
		"app.pair_text(app.pair)", "app.f(integer,text)", "app.f(integer, character varying)", "app.f()"} {
		if !isFunctionRef(s) {
			t.Errorf("function %q refused", s)
		}
	}
	for _, s := range []string{"app.f(integer); DROP TABLE t", "app.f(integer) x", "app.f(x y z)", "f(", "f)",
		"app.f(integer)(text)", "app.f(integer, text); --"} {
		if isFunctionRef(s) {
			t.Errorf("function %q accepted", s)
		}
	}
	for _, s := range []string{"OPERATOR(pg_catalog.>)", "OPERATOR(app.===)", `OPERATOR("My Schema".<->)`, "OPERATOR(@@)"} {
		if !isOperatorRef(s) {
			t.Errorf("operator %q refused", s)
		}
	}
	for _, s := range []string{"OPERATOR(app.=); DROP TABLE t", "OPERATOR(app.=) x", "=", "OPERATOR(app.-- x)x"} {
		if isOperatorRef(s) {
			t.Errorf("operator %q accepted", s)
		}
	}
	for _, s := range []string{"fillfactor", "toast.autovacuum_enabled", "n_distinct", "security_barrier"} {
		if !isOptionKey(s) {
			t.Errorf("option %q refused", s)
		}
	}
	for _, s := range []string{"fillfactor) WITH (x", "a b", "", "=70", `"fillfactor"`} {
		if isOptionKey(s) {
			t.Errorf("option %q accepted", s)
		}
	}
	for _, s := range []string{`pg_catalog."C"`, `"en_US"`, "public.ci", `"C"`} {
		if !isQualifiedName(s) {
			t.Errorf("collation %q refused", s)
		}
	}
	for _, s := range []string{`"C" ; DROP TABLE t`, "C", `pg_catalog."C" x`} {
		if isQualifiedName(s) {
			t.Errorf("collation %q accepted", s)
		}
	}
}

// TestCheckSQLFields: one field of each kind carries an injection; the
// error names the object and the field.
func TestCheckSQLFields(t *testing.T) {
	const evil = "integer; DROP TABLE app.t; --"
	col := func(c Column) Catalog {
		return Catalog{Tables: []Table{{Schema: "app", Name: "t", RelKind: "r", Columns: []Column{c}}}}
	}
	tests := []struct {
		name string
		c    Catalog
		want string
	}{
		{"column type", col(Column{Name: "c", Type: evil}), `column app.t.c: type "integer; DROP`},
		{"column collation", col(Column{Name: "c", Type: "text", Details: &ColumnDetails{Collation: `"C"; DROP TABLE t`}}),
			"column app.t.c: collation"},
		{"column option", col(Column{Name: "c", Type: "text", Details: &ColumnDetails{Options: []string{"n_distinct) x=1"}}}),
			"column app.t.c: option"},
		{"identity type", col(Column{Name: "c", Type: "integer", Details: &ColumnDetails{Identity: &Identity{Generated: "a",
			SequenceOptions: SequenceOptions{DataType: evil}}}}), "column app.t.c: identity data type"},
		{"typed table", Catalog{Tables: []Table{{Schema: "app", Name: "t", RelKind: "r", OfType: evil}}}, "table app.t: type"},
		{"storage parameter", Catalog{Tables: []Table{{Schema: "app", Name: "t", RelKind: "r",
			Options: []string{"fillfactor) ; DROP TABLE t; --=70"}}}}, "table app.t: storage parameter"},
		{"empty storage parameter", Catalog{Tables: []Table{{Schema: "app", Name: "t", RelKind: "r",
			Options: []string{"=70"}}}}, "table app.t: storage parameter"},
		{"sequence type", Catalog{Sequences: []Sequence{{Schema: "app", Name: "s", SequenceOptions: SequenceOptions{DataType: evil}}}},
			"sequence app.s: data type"},
		{"domain type", Catalog{Domains: []Domain{{Schema: "app", Name: "d", BaseType: evil}}}, "domain app.d: base type"},
		{"aggregate function", Catalog{Aggregates: []Aggregate{{Schema: "app", Name: "a", TransitionFunc: "app.f; x",
			TransitionType: "integer"}}}, "transition function"},
		{"aggregate type", Catalog{Aggregates: []Aggregate{{Schema: "app", Name: "a", TransitionFunc: "app.f",
			TransitionType: evil}}}, "transition type"},
		{"operator function", Catalog{Operators: []Operator{{Schema: "app", Name: "===", Left: "integer", Right: "integer",
			Result: "boolean", Function: "app.eq; x"}}}, `(integer, integer): function "app.eq; x"`},
		{"operator type", Catalog{Operators: []Operator{{Schema: "app", Name: "===", Left: evil, Right: "integer",
			Result: "boolean", Function: "app.eq"}}}, "left type"},
		{"operator commutator", Catalog{Operators: []Operator{{Schema: "app", Name: "===", Left: "integer", Right: "integer",
			Result: "boolean", Function: "app.eq", Commutator: "OPERATOR(app.===); x"}}}, "commutator"},
		{"cast type", Catalog{Casts: []Cast{{Source: evil, Target: "text", Method: "b"}}}, "source type"},
		{"cast function", Catalog{Casts: []Cast{{Source: "app.pair", Target: "text", Method: "f",
			Function: "app.f(app.pair); DROP TABLE t"}}}, "function"},
		{"fdw handler", Catalog{ForeignDataWrappers: []ForeignDataWrapper{{Name: "w", Handler: "h; x"}}},
			"foreign_data_wrapper w: handler"},
		{"range subtype", Catalog{RangeTypes: []RangeType{{Schema: "app", Name: "r", Subtype: evil}}}, "subtype"},
		{"range constructor", Catalog{RangeTypes: []RangeType{{Schema: "app", Name: "r", Subtype: "integer",
			Constructors: []RangeConstructor{{Schema: "app", Name: "r", IdentityArgs: evil}}}}}, "constructor r arguments"},
		{"composite attribute", Catalog{CompositeTypes: []CompositeType{{Schema: "app", Name: "p",
			Attributes: []TypeAttribute{{Name: "a", Type: evil}}}}}, "attribute a type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.CheckSQLFields()
			if err == nil {
				t.Fatal("accepted")
			}
			if msg := err.Error(); !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q\nwant one line saying %q", msg, tt.want)
			}
		})
	}
}

func TestIdentityArguments(t *testing.T) {
	for _, s := range []string{"integer", "a integer, b integer", "VARIADIC args text[]", `"Weird Name" character varying`,
		"INOUT x double precision", "OUT r timestamp with time zone", "*", `VARIADIC "any" ORDER BY VARIADIC "any"`,
		"double precision ORDER BY double precision", "ORDER BY anyelement", "app.mood, app.pair[]", `"select" integer`} {
		if !isIdentityArgs(s) {
			t.Errorf("arguments %q refused", s)
		}
	}
	for _, s := range []string{"integer); DROP TABLE t; --", "integer) x", "a integer,, b", "a integer DEFAULT 1",
		"integer; x", "a b c integer"} {
		if isIdentityArgs(s) {
			t.Errorf("arguments %q accepted", s)
		}
	}
	for _, s := range []string{"===", "<->", "@@", "!~*"} {
		if !isOperatorName(s) {
			t.Errorf("operator name %q refused", s)
		}
	}
	for _, s := range []string{"= (integer); DROP", "a", "=;"} {
		if isOperatorName(s) {
			t.Errorf("operator name %q accepted", s)
		}
	}
}
