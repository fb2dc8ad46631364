package snapshot

import (
	"strings"

	"github.com/pgstrata/pgstrata/internal/sqltext"
)

// Kind names a kind of catalog object. The values are part of the snapshot
// file format and of pgstrata's JSON output: never rename one.
type Kind string

// The kinds of object the model captures.
const (
	KindSchema             Kind = "schema"
	KindExtension          Kind = "extension"
	KindLanguage           Kind = "language"
	KindCollation          Kind = "collation"
	KindEnum               Kind = "enum"
	KindDomain             Kind = "domain"
	KindCompositeType      Kind = "composite_type"
	KindRangeType          Kind = "range_type"
	KindSequence           Kind = "sequence"
	KindTable              Kind = "table" // ordinary and partitioned tables
	KindForeignTable       Kind = "foreign_table"
	KindColumn             Kind = "column"
	KindConstraint         Kind = "constraint"
	KindIndex              Kind = "index"
	KindView               Kind = "view"
	KindMaterializedView   Kind = "materialized_view"
	KindFunction           Kind = "function"
	KindProcedure          Kind = "procedure"
	KindAggregate          Kind = "aggregate"
	KindOperator           Kind = "operator"
	KindCast               Kind = "cast"
	KindTrigger            Kind = "trigger"
	KindEventTrigger       Kind = "event_trigger"
	KindPolicy             Kind = "policy"
	KindRule               Kind = "rule"
	KindStatistics         Kind = "statistics"
	KindTextSearchDict     Kind = "text_search_dictionary"
	KindTextSearchConfig   Kind = "text_search_configuration"
	KindPublication        Kind = "publication"
	KindForeignDataWrapper Kind = "foreign_data_wrapper"
	KindForeignServer      Kind = "foreign_server"
	KindDefaultPrivilege   Kind = "default_privilege"
)

// ObjectID identifies an object independently of OIDs. Which fields are set
// depends on the kind:
//
//   - schema, extension, language, event trigger, publication, foreign data
//     wrapper, foreign server: Name only.
//   - types, relations, functions, operators, collations, statistics, text
//     search dictionaries and configurations: Schema and Name (relations, types and functions share their schema's namespaces).
//   - functions, procedures, aggregates: Args holds the identity argument types
//     as pg_get_function_identity_arguments prints them ("integer, text").
//   - operators: Args holds the operand types, "left, right" (NONE for a
//     missing operand).
//   - cast: Name holds "source AS target" in format_type form.
//   - column, constraint, trigger, policy, rule: Schema and Table name the
//     owning relation (table, view, domain for domain constraints), Name the
//     object itself.
//   - default privilege: Name is the role, Schema the schema ("" = all
//     schemas), Args the object type letter as in pg_default_acl (r S f T n).
//
// ObjectID is comparable and is used as a map key throughout pgstrata. In
// the snapshot file it is a five-element array (identities are most of a
// catalog's dependency edges, so they are kept compact).
type ObjectID struct {
	_msgpack struct{} `msgpack:",as_array"`
	Kind     Kind     `msgpack:",intern"`
	Schema   string   `msgpack:",intern"`
	Table    string   `msgpack:",intern"`
	Name     string   `msgpack:",intern"`
	Args     string   `msgpack:",intern"`
}

// String renders the identity for humans, e.g. `column public."Order".id` or
// `function app.add(integer, integer)`. Identifiers are double-quoted when
// they would not survive unquoted. The result is for display and sorting only:
// never parse it.
func (id ObjectID) String() string {
	var b strings.Builder
	b.WriteString(string(id.Kind))
	b.WriteByte(' ')
	sep := ""
	for _, part := range []string{id.Schema, id.Table, id.Name} {
		if part == "" {
			continue
		}
		b.WriteString(sep)
		b.WriteString(sqltext.QuoteIdent(part))
		sep = "."
	}
	switch id.Kind {
	case KindFunction, KindProcedure, KindAggregate, KindOperator:
		b.WriteString("(" + id.Args + ")")
	case KindDefaultPrivilege:
		b.WriteString(" on " + id.Args)
	}
	return b.String()
}

// Less orders identities deterministically: by kind, then schema, table,
// name and arguments.
func (id ObjectID) Less(other ObjectID) bool {
	return id.Compare(other) < 0
}

// Compare returns -1, 0 or 1 as id sorts before, equal to or after other.
func (id ObjectID) Compare(other ObjectID) int {
	if c := strings.Compare(string(id.Kind), string(other.Kind)); c != 0 {
		return c
	}
	if c := strings.Compare(id.Schema, other.Schema); c != 0 {
		return c
	}
	if c := strings.Compare(id.Table, other.Table); c != 0 {
		return c
	}
	if c := strings.Compare(id.Name, other.Name); c != 0 {
		return c
	}
	return strings.Compare(id.Args, other.Args)
}

// QualifiedName is a schema-qualified object name.
type QualifiedName struct {
	Schema string `msgpack:",intern"`
	Name   string `msgpack:",intern"`
}

// String renders the name as SQL, each part quoted where needed.
func (q QualifiedName) String() string {
	if q.Schema == "" {
		return sqltext.QuoteIdent(q.Name)
	}
	return sqltext.QuoteIdent(q.Schema) + "." + sqltext.QuoteIdent(q.Name)
}
