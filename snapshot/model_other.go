package snapshot

// Trigger is a table, view or foreign-table trigger (constraint triggers
// included). Internal triggers (foreign keys) and triggers cloned onto
// partitions from their parent's trigger are not listed.
type Trigger struct {
	Schema string `msgpack:",intern"`
	Table  string `msgpack:",intern"`
	Name   string
	// Definition is pg_get_triggerdef: the whole CREATE [CONSTRAINT] TRIGGER
	// statement, with WHEN, transition tables and arguments.
	Definition string
	Function   QualifiedName
	Constraint bool `msgpack:",omitempty"`
	// Enabled is tgenabled: O (origin, the default), D (disabled),
	// R (replica) or A (always).
	Enabled string
	Comment string `msgpack:",omitempty"`
}

// EventTrigger is a CREATE EVENT TRIGGER object.
type EventTrigger struct {
	Name     string
	Event    string
	Tags     []string `msgpack:",omitempty"`
	Function QualifiedName
	Enabled  string // O, D, R or A as for triggers
	Owner    string `msgpack:",intern"`
	Comment  string `msgpack:",omitempty"`
}

// Policy is a row-level security policy.
type Policy struct {
	Schema     string `msgpack:",intern"`
	Table      string `msgpack:",intern"`
	Name       string
	Permissive bool
	// Command is polcmd: r SELECT, a INSERT, w UPDATE, d DELETE, * ALL.
	Command   string
	Roles     []string // role names; "public" for PUBLIC
	Using     string   `msgpack:",omitempty"`
	WithCheck string   `msgpack:",omitempty"`
	Comment   string   `msgpack:",omitempty"`
}

// Rule is a rewrite rule other than a view's own _RETURN rule.
type Rule struct {
	Schema string `msgpack:",intern"`
	Table  string `msgpack:",intern"`
	Name   string
	// Definition is pg_get_ruledef: a complete CREATE RULE statement.
	Definition string
	Enabled    string // O, D, R or A
	Comment    string `msgpack:",omitempty"`
}

// Statistics is an extended statistics object (CREATE STATISTICS).
type Statistics struct {
	Schema string `msgpack:",intern"`
	Name   string
	Table  QualifiedName
	// Definition is pg_get_statisticsobjdef: a complete CREATE STATISTICS statement.
	Definition string
	// Target is stxstattarget; -1 when the default applies.
	Target  int
	Owner   string `msgpack:",intern"`
	Comment string `msgpack:",omitempty"`
}

// Publication is a logical replication publication.
type Publication struct {
	Name      string
	AllTables bool
	Insert    bool
	Update    bool
	Delete    bool
	Truncate  bool
	ViaRoot   bool
	// Tables lists published tables (with column lists and row filters on
	// PostgreSQL 15+); Schemas lists TABLES IN SCHEMA entries.
	Tables  []PublicationTable `msgpack:",omitempty"`
	Schemas []string           `msgpack:",omitempty"`
	Owner   string             `msgpack:",intern"`
	Comment string             `msgpack:",omitempty"`
}

// PublicationTable is one table of a publication.
type PublicationTable struct {
	Table     QualifiedName
	Columns   []string `msgpack:",omitempty"`
	RowFilter string   `msgpack:",omitempty"`
}

// ForeignDataWrapper is a CREATE FOREIGN DATA WRAPPER object not created by
// an extension.
type ForeignDataWrapper struct {
	Name      string
	Handler   string   `msgpack:",omitempty"`
	Validator string   `msgpack:",omitempty"`
	Options   []string `msgpack:",omitempty"`
	Common
}

// ForeignServer is a CREATE SERVER object. User mappings are not captured:
// their options hold credentials.
type ForeignServer struct {
	Name    string
	Wrapper string
	Type    string   `msgpack:",omitempty"`
	Version string   `msgpack:",omitempty"`
	Options []string `msgpack:",omitempty"`
	Common
}

// DefaultPrivilege is one ALTER DEFAULT PRIVILEGES entry: the privileges
// objects of ObjectType created by Role (in Schema, or anywhere when Schema is
// empty) receive. ObjectType is pg_default_acl's letter: r tables, S
// sequences, f functions, T types, n schemas. ACL is stored as the catalog has
// it (entries relative to the built-in default).
type DefaultPrivilege struct {
	Role       string
	Schema     string `msgpack:",omitempty,intern"`
	ObjectType string
	ACL        []ACLItem
}
