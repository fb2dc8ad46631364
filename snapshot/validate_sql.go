package snapshot

import (
	"fmt"
	"regexp"
	"strings"
)

// CheckSQLFields checks the fields that a diff writes into its script as
// they are, without quoting, but that are not SQL text of their own: type
// names, collation, function and operator names, storage-parameter keys. A
// catalog read from a database holds what PostgreSQL prints there
// (format_type, quote_ident, regproc and regprocedure output), and each is
// checked against the grammar of that output, so that a forged file cannot
// smuggle a statement into a script through, say, a column type.
//
// The fields that are SQL text (view queries, function definitions and
// argument lists, defaults, CHECK and other constraint and index
// definitions, partition keys and bounds, policy expressions, trigger and
// rule definitions, statistics definitions, publication row filters,
// aggregate initial values as literals) are copied into the script as
// text: the README says so, and a script from a file one did not make is
// to be reviewed.
//
// The error is one line naming the object and the field.
func (c *Catalog) CheckSQLFields() error {
	ch := sqlChecker{seen: map[*grammar]map[string]bool{}}
	c.eachSQLField(ch.check)
	return ch.err
}

// sqlChecker checks fields until the first that fails. Most values repeat
// (column types above all), so each grammar remembers the values it passed.
type sqlChecker struct {
	seen map[*grammar]map[string]bool
	err  error
}

func (ch *sqlChecker) check(id ObjectID, field, value string, g *grammar) {
	if ch.err != nil || value == "" || ch.seen[g][value] {
		return
	}
	if !g.check(value) {
		ch.err = fmt.Errorf("%s: %s %q is not %s", id, field, value, g.what)
		return
	}
	if ch.seen[g] == nil {
		ch.seen[g] = map[string]bool{}
	}
	ch.seen[g][value] = true
}

// The grammars, with what the error calls them.
var (
	asType      = &grammar{isTypeName, "a type name"}
	asName      = &grammar{isQualifiedName, "a name"}
	asFunction  = &grammar{isFunctionRef, "a function name"}
	asOperator  = &grammar{isOperatorRef, "an operator name"}
	asOptionKey = &grammar{isOptionKey, "a storage parameter"}
	asArguments = &grammar{isIdentityArgs, "an argument list"}
	asOpName    = &grammar{isOperatorName, "an operator"}
)

type grammar struct {
	check func(string) bool
	what  string
}

// eachSQLField calls add with every checked field of c, kind by kind.
func (c *Catalog) eachSQLField(add func(id ObjectID, field, value string, g *grammar)) {
	options := func(id ObjectID, field string, opts []string) {
		for _, o := range opts {
			key, _, _ := strings.Cut(o, "=")
			if key == "" {
				key = o // an empty key: "=…" or "", which the check refuses
			}
			if key == "" {
				key = "="
			}
			add(id, field, key, asOptionKey)
		}
	}
	columns := func(schema, table string, cols []Column) {
		for _, col := range cols {
			id := ColumnID(schema, table, col.Name)
			add(id, "type", col.Type, asType)
			if d := col.Details; d != nil {
				add(id, "collation", d.Collation, asName)
				options(id, "option", d.Options)
				if d.Identity != nil {
					add(id, "identity data type", d.Identity.DataType, asType)
				}
			}
		}
	}
	for _, t := range c.Tables {
		add(t.ID(), "type", t.OfType, asType)
		options(t.ID(), "storage parameter", t.Options)
		columns(t.Schema, t.Name, t.Columns)
	}
	for _, v := range c.Views {
		options(v.ID(), "option", v.Options)
		columns(v.Schema, v.Name, v.Columns)
	}
	for _, s := range c.Sequences {
		add(s.ID(), "data type", s.DataType, asType)
	}
	for _, d := range c.Domains {
		add(d.ID(), "base type", d.BaseType, asType)
		add(d.ID(), "collation", d.Collation, asName)
	}
	for _, t := range c.CompositeTypes {
		for _, a := range t.Attributes {
			add(t.ID(), "attribute "+a.Name+" type", a.Type, asType)
			add(t.ID(), "attribute "+a.Name+" collation", a.Collation, asName)
		}
	}
	for _, r := range c.RangeTypes {
		add(r.ID(), "subtype", r.Subtype, asType)
		add(r.ID(), "subtype operator class", r.SubtypeOpclass, asName)
		add(r.ID(), "collation", r.Collation, asName)
		add(r.ID(), "canonical function", r.Canonical, asFunction)
		add(r.ID(), "subtype difference function", r.SubtypeDiff, asFunction)
		add(r.ID(), "multirange type", r.Multirange, asType)
		for _, fn := range r.Constructors {
			add(r.ID(), "constructor "+fn.Name+" arguments", fn.IdentityArgs, asArguments)
		}
	}
	for _, l := range c.Languages {
		add(l.ID(), "handler", l.Handler, asFunction)
		add(l.ID(), "inline handler", l.Inline, asFunction)
		add(l.ID(), "validator", l.Validator, asFunction)
	}
	for _, f := range c.Functions {
		add(f.ID(), "identity arguments", f.IdentityArgs, asArguments)
	}
	for _, a := range c.Aggregates {
		id := a.ID()
		add(id, "identity arguments", a.IdentityArgs, asArguments)
		add(id, "arguments", a.Arguments, asArguments)
		for _, f := range []struct{ field, value string }{
			{"transition function", a.TransitionFunc}, {"final function", a.FinalFunc},
			{"combine function", a.CombineFunc}, {"serialization function", a.SerialFunc},
			{"deserialization function", a.DeserialFunc}, {"moving transition function", a.MovingTransitionFunc},
			{"moving inverse function", a.MovingInverseFunc}, {"moving final function", a.MovingFinalFunc},
		} {
			add(id, f.field, f.value, asFunction)
		}
		add(id, "transition type", a.TransitionType, asType)
		add(id, "moving transition type", a.MovingTransitionType, asType)
		add(id, "sort operator", a.SortOperator, asOperator)
	}
	for _, o := range c.Operators {
		id := o.ID()
		add(id, "name", o.Name, asOpName)
		add(id, "left type", o.Left, asType)
		add(id, "right type", o.Right, asType)
		add(id, "result type", o.Result, asType)
		add(id, "function", o.Function, asFunction)
		add(id, "restrict function", o.Restrict, asFunction)
		add(id, "join function", o.Join, asFunction)
		add(id, "commutator", o.Commutator, asOperator)
		add(id, "negator", o.Negator, asOperator)
	}
	for _, cast := range c.Casts {
		add(cast.ID(), "source type", cast.Source, asType)
		add(cast.ID(), "target type", cast.Target, asType)
		add(cast.ID(), "function", cast.Function, asFunction)
	}
	for _, w := range c.ForeignDataWrappers {
		add(w.ID(), "handler", w.Handler, asFunction)
		add(w.ID(), "validator", w.Validator, asFunction)
	}
}

// Building blocks: an identifier as quote_ident prints it (bare: lower-case
// ASCII letters, digits, underscores; else double-quoted with "" for a
// quote), and a qualified name of them.
const (
	identRE     = `(?:[a-z_][a-z0-9_]*|"(?:[^"]|"")+")`
	qualifiedRE = identRE + `(?:\.` + identRE + `)*`
	// A type modifier as typmodout functions print it: numbers and
	// words (geometry(Point,4326), vector(3), numeric(10,2)).
	modifierRE  = `\(\s*[A-Za-z0-9_+-]+(?:\s*,\s*[A-Za-z0-9_+-]+)*\s*\)`
	precisionRE = `(?:\(\d+\))?`
	intervalRE  = `interval(?: (?:year|month|day|hour|minute|second)(?: to (?:month|hour|minute|second))?)?` + precisionRE
)

// typeRE is format_type's output: its built-in spellings with modifiers in
// their place, or any other type as a possibly qualified name with its
// modifier; then array brackets.
const typeRE = `(?:` +
	`(?:character|bit) varying` + precisionRE + `|double precision` +
	`|(?:timestamp|time)` + precisionRE + ` with(?:out)? time zone` +
	`|` + intervalRE +
	`|` + qualifiedRE + `(?:` + modifierRE + `)?` +
	`)(?:\[\d*\])*`

// argumentsRE is pg_get_function_identity_arguments' output: arguments
// with their modes and names, separated by commas (and, for ordered-set
// aggregates, ORDER BY); "*" for an aggregate of no arguments.
const argumentRE = `(?:(?:IN|OUT|INOUT|VARIADIC) )?(?:` + identRE + ` )?` + typeRE
const argumentsRE = `(?:\*|` + argumentRE + `(?:(?:, | ORDER BY )` + argumentRE + `)*|ORDER BY ` + argumentRE + `(?:, ` + argumentRE + `)*)`

var (
	typeNameRE      = regexp.MustCompile(`^` + typeRE + `$`)
	identityArgsRE  = regexp.MustCompile(`^` + argumentsRE + `$`)
	operatorNameRE  = regexp.MustCompile("^[-+*/<>=~!@#%^&|`?]+$")
	qualifiedNameRE = regexp.MustCompile(`^` + qualifiedRE + `$`)
	// regprocedure output: name(type, type); the types have no modifiers.
	functionRefRE = regexp.MustCompile(`^` + qualifiedRE + `(?:\((?:[^()]*)\))?$`)
	operatorRefRE = regexp.MustCompile(`^OPERATOR\((?:` + identRE + `\.)?[-+*/<>=~!@#%^&|` + "`" + `?]+\)$`)
	optionKeyRE   = regexp.MustCompile(`^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?$`)
)

func isTypeName(s string) bool      { return typeNameRE.MatchString(s) }
func isIdentityArgs(s string) bool  { return identityArgsRE.MatchString(s) }
func isOperatorName(s string) bool  { return operatorNameRE.MatchString(s) }
func isQualifiedName(s string) bool { return qualifiedNameRE.MatchString(s) }
func isOperatorRef(s string) bool   { return operatorRefRE.MatchString(s) }
func isOptionKey(s string) bool     { return optionKeyRE.MatchString(s) }

// isFunctionRef accepts regproc output (a possibly qualified name) and
// regprocedure output (the name and its argument types, each a type name).
func isFunctionRef(s string) bool {
	if !functionRefRE.MatchString(s) {
		return false
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 || !strings.HasSuffix(s, ")") || !isQualifiedName(s[:open]) {
		return open < 0
	}
	args := s[open+1 : len(s)-1]
	if args == "" {
		return true
	}
	for _, a := range strings.Split(args, ",") {
		if !isTypeName(strings.TrimSpace(a)) {
			return false
		}
	}
	return true
}
