package diffengine

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/pgstrata/pgstrata/internal/sqltext"
	"github.com/pgstrata/pgstrata/snapshot"
)

var aggregateRules = &rules[snapshot.Aggregate]{
	objectKind: snapshot.KindAggregate,
	list:       func(c *snapshot.Catalog) []snapshot.Aggregate { return c.Aggregates },
	create: plain(func(p *planner, a snapshot.Aggregate) []Statement {
		out := []Statement{stmt(ActionCreate, aggregateDefinition("CREATE AGGREGATE ", a))}
		out = append(out, commentOnCreate(aggregateSignature(a), a.Comment)...)
		return append(out, p.ownerAndGrants(a.ID(), aggregateSignature(a), aggregateGrantTarget(a), nil, a.Common)...)
	}),
	drop: plain(func(p *planner, a snapshot.Aggregate) []Statement {
		return []Statement{stmt(ActionDrop, "DROP "+aggregateSignature(a), p.dropHazards(a.ID(), false)...)}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.Aggregate) ([]Statement, bool) {
		var out []Statement
		if !sameAggregateDefinition(from, to) {
			// CREATE OR REPLACE AGGREGATE (PostgreSQL 12+) keeps owner,
			// grants, comment and dependent views, but refuses to change
			// the kind, the argument names or the result type.
			if from.Kind != to.Kind || from.NumDirectArgs != to.NumDirectArgs || from.Arguments != to.Arguments ||
				!sameAggregateResult(p, from, to) {
				return nil, true
			}
			out = append(out, stmt(ActionReplace, aggregateDefinition("CREATE OR REPLACE AGGREGATE ", to)))
		}
		out = append(out, commentChange(aggregateSignature(to), from.Comment, to.Comment)...)
		return append(out, p.ownerAndGrants(to.ID(), aggregateSignature(to), aggregateGrantTarget(to), &from.Common, to.Common)...), false
	}),
}

// aggregateSignature is "AGGREGATE s.a(args)" as ALTER, COMMENT ON and DROP
// want it; an aggregate without arguments is written a(*).
func aggregateSignature(a snapshot.Aggregate) string {
	args := a.IdentityArgs
	if args == "" {
		args = "*"
	}
	return "AGGREGATE " + qualified(a.Schema, a.Name) + "(" + args + ")"
}

// aggregateGrantTarget is "FUNCTION s.a(args)": GRANT has no AGGREGATE
// form and wants the plain argument list of the underlying pg_proc row, so
// an ordered-set aggregate's "direct ORDER BY aggregated" becomes
// "direct, aggregated" — except when the last direct argument is VARIADIC
// and doubles as the aggregated one (PostgreSQL prints it twice, but the
// function has it once).
func aggregateGrantTarget(a snapshot.Aggregate) string {
	args := a.IdentityArgs
	if aggregated, ok := strings.CutPrefix(args, "ORDER BY "); ok {
		args = aggregated // no direct arguments
	} else if direct, aggregated, ok := sqltext.CutUnquoted(args, " ORDER BY "); ok {
		// Not strings.Cut: an argument may be named "p ORDER BY q".
		args = direct + ", " + aggregated
		if strings.HasPrefix(aggregated, "VARIADIC ") && strings.HasSuffix(direct, aggregated) {
			args = direct
		}
	}
	return "FUNCTION " + qualified(a.Schema, a.Name) + "(" + args + ")"
}

// aggregateDefinition renders CREATE [OR REPLACE] AGGREGATE with every
// option that differs from its default, one per line.
func aggregateDefinition(create string, a snapshot.Aggregate) string {
	args := a.Arguments
	if args == "" {
		args = "*"
	}
	opts := []string{"SFUNC = " + a.TransitionFunc, "STYPE = " + a.TransitionType}
	add := func(cond bool, opt string) {
		if cond {
			opts = append(opts, opt)
		}
	}
	add(a.TransitionSpace != 0, fmt.Sprintf("SSPACE = %d", a.TransitionSpace))
	add(a.FinalFunc != "", "FINALFUNC = "+a.FinalFunc)
	add(a.FinalExtra, "FINALFUNC_EXTRA")
	add(a.FinalModify != "" && a.FinalModify != defaultFinalModify(a.Kind), "FINALFUNC_MODIFY = "+finalModifyNames[a.FinalModify])
	add(a.CombineFunc != "", "COMBINEFUNC = "+a.CombineFunc)
	add(a.SerialFunc != "", "SERIALFUNC = "+a.SerialFunc)
	add(a.DeserialFunc != "", "DESERIALFUNC = "+a.DeserialFunc)
	add(a.InitialValue != nil, "INITCOND = "+literalOrEmpty(a.InitialValue))
	add(a.MovingTransitionFunc != "", "MSFUNC = "+a.MovingTransitionFunc)
	add(a.MovingInverseFunc != "", "MINVFUNC = "+a.MovingInverseFunc)
	add(a.MovingTransitionType != "", "MSTYPE = "+a.MovingTransitionType)
	add(a.MovingSpace != 0, fmt.Sprintf("MSSPACE = %d", a.MovingSpace))
	add(a.MovingFinalFunc != "", "MFINALFUNC = "+a.MovingFinalFunc)
	add(a.MovingFinalExtra, "MFINALFUNC_EXTRA")
	add(a.MovingFinalModify != "" && a.MovingFinalModify != defaultFinalModify(a.Kind),
		"MFINALFUNC_MODIFY = "+finalModifyNames[a.MovingFinalModify])
	add(a.MovingInitialValue != nil, "MINITCOND = "+literalOrEmpty(a.MovingInitialValue))
	add(a.SortOperator != "", "SORTOP = "+a.SortOperator)
	add(a.Parallel == "s", "PARALLEL = SAFE")
	add(a.Parallel == "r", "PARALLEL = RESTRICTED")
	add(a.Kind == "h", "HYPOTHETICAL")
	return create + qualified(a.Schema, a.Name) + "(" + args + ") (\n    " + strings.Join(opts, ",\n    ") + "\n)"
}

var finalModifyNames = map[string]string{"r": "READ_ONLY", "s": "SHAREABLE", "w": "READ_WRITE"}

// defaultFinalModify is what CREATE AGGREGATE assumes without
// FINALFUNC_MODIFY: ordered-set and hypothetical-set final functions may
// scribble on their state, normal ones may not.
func defaultFinalModify(kind string) string {
	if kind == "n" {
		return "r"
	}
	return "w"
}

func literalOrEmpty(s *string) string {
	if s == nil {
		return "''"
	}
	return literal(*s)
}

// sameAggregateDefinition compares everything CREATE AGGREGATE sets.
func sameAggregateDefinition(a, b snapshot.Aggregate) bool {
	a.Common, b.Common = snapshot.Common{}, snapshot.Common{}
	return reflect.DeepEqual(a, b)
}

// sameAggregateResult reports whether the result type is known not to
// change: the same final function resolving the same way (same name, state
// type and extra arguments), or results known on both sides and equal.
func sameAggregateResult(p *planner, from, to snapshot.Aggregate) bool {
	if from.FinalFunc == to.FinalFunc && from.TransitionType == to.TransitionType && from.FinalExtra == to.FinalExtra {
		return true
	}
	before, ok1 := aggregateResult(p.from, from)
	after, ok2 := aggregateResult(p.to, to)
	return ok1 && ok2 && before == after
}

// aggregateResult returns an aggregate's result type when the catalog can
// tell: the transition type without a final function, else the result of
// the only user function with the final function's name.
func aggregateResult(c *snapshot.Catalog, a snapshot.Aggregate) (string, bool) {
	if a.FinalFunc == "" {
		return a.TransitionType, true
	}
	result, found := "", 0
	for _, f := range c.Functions {
		if !f.Procedure && namesObject(a.FinalFunc, f.Schema, f.Name) {
			result, found = f.Result, found+1
		}
	}
	return result, found == 1
}
