package diffengine

import (
	"slices"
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
	fromRest, fromOptions := storageParameters(from)
	toRest, toOptions := storageParameters(to)
	if fromRest != toRest || slices.Equal(fromOptions, toOptions) {
		return nil, false
	}
	return storageOptionChanges("ALTER INDEX "+index, fromOptions, toOptions), true
}

// indexStorageChange is storageParameterChange for an index of a table
// (its own, or a constraint's); ok is false for a partitioned table's
// index, which takes no ALTER INDEX … SET: it is re-created, with its
// partitions' indexes.
func (p *planner) indexStorageChange(schema, table, index, from, to string) ([]Statement, bool) {
	if p.partitioned(snapshot.QualifiedName{Schema: schema, Name: table}) {
		return nil, false
	}
	return storageParameterChange(qualified(schema, index), from, to)
}

// constraintStorageChange is indexStorageChange for the index of a key or
// exclusion constraint that differs from its target in nothing else (its
// comment aside).
func (p *planner) constraintStorageChange(from, to snapshot.Constraint) ([]Statement, bool) {
	if to.Index == "" || from.Index != to.Index {
		return nil, false
	}
	a, b := from, to
	a.Definition, b.Definition, a.Comment, b.Comment = "", "", "", ""
	if !equalConstraint(a, b) {
		return nil, false
	}
	return p.indexStorageChange(to.Schema, to.Table, to.Index, from.Definition, to.Definition)
}

// storageParameters removes the " WITH (…)" of a definition, returning
// the rest and its parameters as "key=value" with the values unquoted
// (flatten_reloptions quotes a value that is not a plain identifier), as
// tables' and columns' options are kept.
func storageParameters(def string) (rest string, options []string) {
	i := sqltext.IndexTopLevel(def, " WITH (")
	if i < 0 {
		return def, nil
	}
	inner, after, ok := sqltext.CutParenthesized(def[i+len(" WITH "):])
	if !ok {
		return def, nil
	}
	for inner != "" {
		param := inner
		if j := sqltext.IndexTopLevel(inner, ", "); j >= 0 {
			param, inner = inner[:j], inner[j+2:]
		} else {
			inner = ""
		}
		key, value, _ := strings.Cut(param, "=")
		if len(value) >= 2 && value[0] == '\'' && value[len(value)-1] == '\'' {
			value = strings.ReplaceAll(value[1:len(value)-1], "''", "'")
		}
		options = append(options, key+"="+value)
	}
	return def[:i] + after, options
}
