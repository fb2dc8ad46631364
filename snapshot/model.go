package snapshot

// Catalog is everything pgstrata knows about one database's schema. Every
// slice is sorted by identity (see Catalog.Sort) so that equal schemas give
// equal values and byte-identical encodings.
type Catalog struct {
	// ServerVersionNum is the server_version_num of the database read, e.g.
	// 150004. The diff engine uses it to pick syntax the target understands.
	ServerVersionNum int

	Schemas             []Schema
	Extensions          []Extension
	Languages           []Language
	Collations          []Collation
	Enums               []Enum
	Domains             []Domain
	CompositeTypes      []CompositeType
	RangeTypes          []RangeType
	Sequences           []Sequence
	Tables              []Table // ordinary, partitioned and foreign tables
	Constraints         []Constraint
	Indexes             []Index
	Views               []View // views and materialized views
	Functions           []Function
	Aggregates          []Aggregate
	Operators           []Operator
	Casts               []Cast
	Triggers            []Trigger
	EventTriggers       []EventTrigger
	Policies            []Policy
	Rules               []Rule
	Statistics          []Statistics
	TextSearchDicts     []TextSearchDictionary
	TextSearchConfigs   []TextSearchConfig
	Publications        []Publication
	ForeignDataWrappers []ForeignDataWrapper
	ForeignServers      []ForeignServer
	DefaultPrivileges   []DefaultPrivilege

	// Dependencies are the edges "From needs To", resolved from pg_depend to
	// identities. Only edges between captured objects (or an extension that
	// stands for its members) are kept. A catalog decoded from a file holds
	// them by number instead (see dependencies.go): read them with
	// DependencyCount, DependencyAt and AllDependencies, which answer for
	// both forms, and call ExpandDependencies before changing them.
	Dependencies []Dependency
	numbered     *numberedEdges

	// NotModeled counts, per system catalog, user objects that exist in the
	// database but that the model does not capture, so that nothing is
	// dropped silently.
	NotModeled []CatalogCount

	// NotReadable counts, per system catalog, objects whose definition the
	// reading role was not allowed to see.
	NotReadable []CatalogCount
}

// CatalogCount is a number of objects in one system catalog, e.g.
// {"pg_ts_config", 2}.
type CatalogCount struct {
	Catalog string
	Count   int
}

// Dependency is one edge of the dependency graph: From cannot exist without
// To. Type is pg_depend's deptype ('n' normal, 'a' auto, 'i' internal,
// 'e' extension member, …) and tells the diff engine how strong it is.
type Dependency struct {
	_msgpack struct{} `msgpack:",as_array"`
	From     ObjectID
	To       ObjectID
	Type     string
}

// Common holds what most objects have: an owner, a comment and privileges.
type Common struct {
	Owner   string `msgpack:",omitempty,intern"`
	Comment string `msgpack:",omitempty"`
	// ACL is the effective access control list: when the catalog holds NULL
	// (meaning "the built-in default"), the reader stores acldefault() so that
	// two objects with the same effective privileges compare equal.
	ACL []ACLItem `msgpack:",omitempty"`
}

// ACLItem is one entry of an access control list: the privileges Grantor gave
// Grantee. Privileges uses PostgreSQL's letters (r SELECT, a INSERT, w UPDATE,
// d DELETE, D TRUNCATE, x REFERENCES, t TRIGGER, X EXECUTE, U USAGE, C CREATE,
// c CONNECT, T TEMPORARY, m MAINTAIN); GrantOptions lists the subset that may be
// granted on. An empty Grantee means PUBLIC.
type ACLItem struct {
	Grantee      string `msgpack:",intern"`
	Grantor      string `msgpack:",intern"`
	Privileges   string `msgpack:",intern"`
	GrantOptions string `msgpack:",omitempty,intern"`
}

// Schema is a namespace (CREATE SCHEMA).
type Schema struct {
	Name string
	Common
}

// Extension is an installed extension. Its member objects are not captured
// one by one: the extension stands for them.
type Extension struct {
	Name    string
	Schema  string `msgpack:",intern"`
	Version string
	Comment string `msgpack:",omitempty"`
	// UpdateTargets are the versions this server can update the extension
	// to from Version (ALTER EXTENSION … UPDATE TO), in text order, as
	// pg_extension_update_paths reports them; UpdatesKnown says they were
	// read (files written before they were are silent about them).
	UpdateTargets []string `msgpack:",omitempty"`
	UpdatesKnown  bool     `msgpack:",omitempty"`
}

// Language is a procedural language not created by an extension.
type Language struct {
	Name      string
	Trusted   bool
	Handler   string `msgpack:",omitempty"` // function signature, regprocedure form
	Inline    string `msgpack:",omitempty"`
	Validator string `msgpack:",omitempty"`
	Common
}

// Collation is a CREATE COLLATION object.
type Collation struct {
	Schema        string `msgpack:",intern"`
	Name          string
	Provider      string // c (libc), i (icu), b (builtin), d (database default)
	Deterministic bool
	Collate       string `msgpack:",omitempty"`
	Ctype         string `msgpack:",omitempty"`
	Locale        string `msgpack:",omitempty"` // ICU / builtin locale
	ICURules      string `msgpack:",omitempty"`
	Common
}

// Enum is an enumerated type; Labels are in sort order (enumsortorder).
type Enum struct {
	Schema string `msgpack:",intern"`
	Name   string `msgpack:",intern"`
	Labels []string
	Common
}

// Domain is a CREATE DOMAIN type.
type Domain struct {
	Schema      string `msgpack:",intern"`
	Name        string `msgpack:",intern"`
	BaseType    string // format_type of the base type with its modifier
	Default     string `msgpack:",omitempty"`
	NotNull     bool
	Collation   string `msgpack:",omitempty"` // only when it differs from the base type's
	Constraints []DomainConstraint
	Common
}

// DomainConstraint is a named CHECK (or, from PostgreSQL 17, NOT NULL)
// constraint of a domain.
type DomainConstraint struct {
	Name       string
	Definition string // pg_get_constraintdef, e.g. "CHECK ((VALUE > 0))"
	Validated  bool
	Comment    string `msgpack:",omitempty"`
}

// CompositeType is a CREATE TYPE … AS (…) type.
type CompositeType struct {
	Schema     string `msgpack:",intern"`
	Name       string
	Attributes []TypeAttribute
	Common
}

// TypeAttribute is one attribute of a composite type.
type TypeAttribute struct {
	Name      string
	Type      string
	Collation string `msgpack:",omitempty"` // only when it differs from the type's default
	Comment   string `msgpack:",omitempty"`
}

// RangeType is a CREATE TYPE … AS RANGE type.
type RangeType struct {
	Schema         string `msgpack:",intern"`
	Name           string
	Subtype        string
	SubtypeOpclass string `msgpack:",omitempty"` // only when not the default opclass
	Collation      string `msgpack:",omitempty"`
	Canonical      string `msgpack:",omitempty"`
	SubtypeDiff    string `msgpack:",omitempty"`
	Multirange     string `msgpack:",omitempty"` // multirange type name (PostgreSQL 14+)
	// Constructors are the functions PostgreSQL creates with the type (and,
	// from 14 on, with its multirange type), sorted by schema, name and
	// arguments. They come and go with the type, but their owner,
	// privileges and comments are their own. Files written before they
	// were read have none.
	Constructors []RangeConstructor `msgpack:",omitempty"`
	Common
}

// RangeConstructor is one function PostgreSQL made for a range type: the
// range constructors named like the type, or (Multirange set) the
// multirange type's constructors and its cast from the range type, named
// like the multirange type.
type RangeConstructor struct {
	Schema       string
	Name         string
	IdentityArgs string
	Multirange   bool `msgpack:",omitempty"`
	Common
}

// SequenceOptions are the parameters shared by sequences and identity columns.
type SequenceOptions struct {
	DataType  string
	Start     int64
	Increment int64
	Min       int64
	Max       int64
	Cache     int64
	Cycle     bool
}

// Sequence is a CREATE SEQUENCE object. Sequences behind identity columns
// are part of the column (ColumnDetails.Identity), not listed here.
type Sequence struct {
	Schema   string `msgpack:",intern"`
	Name     string `msgpack:",intern"`
	Unlogged bool   `msgpack:",omitempty"`
	SequenceOptions
	OwnedBy *ColumnRef `msgpack:",omitempty"`
	Common
}

// ColumnRef names one column of one relation.
type ColumnRef struct {
	Schema string `msgpack:",intern"`
	Table  string `msgpack:",intern"`
	Column string
}
