package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/internal/sqltext"
	"github.com/pgstrata/pgstrata/snapshot"
)

// Storage parameters of an index (WITH (fillfactor='70')), in its own
// definition or in that of the key or exclusion constraint it enforces,
// change in place with ALTER INDEX … SET / RESET (a SHARE UPDATE EXCLUSIVE
// lock, no rebuild), not by re-creating the index or the constraint, which
// would take the table's foreign keys along. (Pages already written keep
// their old fill until the index is rebuilt; the catalog is the target's.)
// Partitioned indexes refuse SET; they are re-created.

// storageParameterChange returns the ALTER INDEX statements that turn an
// index defined as from into one defined as to, when the two definitions
// differ in their storage parameters only; ok is false otherwise.
func storageParameterChange(index string, from, to string) ([]Statement, bool) {
	fromRest, fromOptions := cutStorageParameters(from)
	toRest, toOptions := cutStorageParameters(to)
	if fromRest != toRest || fromOptions == toOptions {
		return nil, false
	}
	old, now := parameterList(fromOptions), parameterList(toOptions)
	var set, reset []string
	for _, p := range now {
		if !containsParameter(old, p) {
			set = append(set, p)
		}
	}
	for _, p := range old {
		if parameterValue(now, parameterName(p)) == "" {
			reset = append(reset, parameterName(p))
		}
	}
	var out []Statement
	if len(reset) > 0 {
		out = append(out, stmt(ActionAlter, "ALTER INDEX "+index+" RESET ("+strings.Join(reset, ", ")+")"))
	}
	if len(set) > 0 {
		out = append(out, stmt(ActionAlter, "ALTER INDEX "+index+" SET ("+strings.Join(set, ", ")+")"))
	}
	return out, true
}

// constraintStorageChange is storageParameterChange for the index of a
// key or exclusion constraint that differs from its target in nothing
// else (its comment aside). A partitioned index takes no ALTER INDEX …
// SET: it is re-created, with its partitions' indexes.
func (p *planner) constraintStorageChange(from, to snapshot.Constraint) ([]Statement, bool) {
	if to.Index == "" || from.Index != to.Index || p.partitioned(snapshot.QualifiedName{Schema: to.Schema, Name: to.Table}) {
		return nil, false
	}
	a, b := from, to
	a.Definition, b.Definition, a.Comment, b.Comment = "", "", "", ""
	if !equalConstraint(a, b) {
		return nil, false
	}
	return storageParameterChange(qualified(to.Schema, to.Index), from.Definition, to.Definition)
}

// cutStorageParameters removes the " WITH (…)" of a definition, returning
// the rest and what the parentheses hold.
func cutStorageParameters(def string) (rest, options string) {
	i := sqltext.IndexTopLevel(def, " WITH (")
	if i < 0 {
		return def, ""
	}
	inner, after, ok := sqltext.CutParenthesized(def[i+len(" WITH "):])
	if !ok {
		return def, ""
	}
	return def[:i] + after, inner
}

// parameterList splits "a='1', b=off" into its parameters.
func parameterList(options string) []string {
	var out []string
	for options != "" {
		i := sqltext.IndexTopLevel(options, ", ")
		if i < 0 {
			return append(out, options)
		}
		out = append(out, options[:i])
		options = options[i+2:]
	}
	return out
}

func parameterName(p string) string {
	name, _, _ := strings.Cut(p, "=")
	return name
}

// parameterValue is the parameter named name in list, whole, or "".
func parameterValue(list []string, name string) string {
	for _, p := range list {
		if parameterName(p) == name {
			return p
		}
	}
	return ""
}

func containsParameter(list []string, p string) bool {
	return parameterValue(list, parameterName(p)) == p
}
