package snapshot

// Table is an ordinary (relkind r), partitioned (p) or foreign (f) table.
type Table struct {
	Schema  string `msgpack:",intern"`
	Name    string `msgpack:",intern"`
	RelKind string // r, p or f
	// Unlogged is true for UNLOGGED tables (temporary tables are never captured).
	Unlogged bool `msgpack:",omitempty"`
	// PartitionKey is pg_get_partkeydef for partitioned tables, e.g. "RANGE (created_at)".
	PartitionKey string `msgpack:",omitempty"`
	// PartitionOf and PartitionBound are set for partitions: the parent and
	// pg_get_expr(relpartbound), e.g. "FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')".
	PartitionOf    *QualifiedName `msgpack:",omitempty"`
	PartitionBound string         `msgpack:",omitempty"`
	// Inherits lists the parents of a table that uses INHERITS, in order.
	Inherits []QualifiedName `msgpack:",omitempty"`
	// OfType is the composite type of a typed table (CREATE TABLE … OF type).
	OfType string `msgpack:",omitempty"`
	// Options are the storage parameters (reloptions), e.g. "fillfactor=70".
	Options []string `msgpack:",omitempty"`
	// AccessMethod is the table access method when it is not heap.
	AccessMethod     string `msgpack:",omitempty"`
	RowSecurity      bool   `msgpack:",omitempty"`
	ForceRowSecurity bool   `msgpack:",omitempty"`
	// ReplicaIdentity is relreplident unless it is the default (d): n
	// (nothing), f (full) or i (index: see Index.ReplicaIdentity).
	ReplicaIdentity string `msgpack:",omitempty"`
	// ForeignServer and ForeignOptions are set for foreign tables.
	ForeignServer  string   `msgpack:",omitempty"`
	ForeignOptions []string `msgpack:",omitempty"`
	Columns        []Column
	Common
}

// Column is one column of a table, view or materialized view, in attnum order.
// Dropped columns are not listed.
//
// Columns are most of a big catalog (100,000 in a 10,000-table schema), so
// only what most columns have is held here: the attributes most columns
// leave unset are in Details, behind one pointer that is nil when all of
// them are. That makes a Column 64 bytes instead of 256, about 20 MB less
// per 10,000-table catalog. Read them with c.Details.OrZero(), which needs
// no nil check.
//
// In the snapshot file a column is one map of all these fields, Details'
// inlined after Default in their declaration order (formats/strata).
type Column struct {
	Name string `msgpack:",intern"`
	// Type is format_type(atttypid, atttypmod), e.g. "character varying(20)".
	Type    string `msgpack:",intern"`
	NotNull bool   `msgpack:",omitempty"`
	// Default is the default expression, or for a generated column the
	// generation expression (see ColumnDetails.Generated).
	Default string `msgpack:",omitempty,intern"`
	// Details is nil when none of its fields is set. Never share one
	// between columns: change a copy (see OrZero and ColumnDetails.OrNil).
	Details *ColumnDetails
}

// ColumnDetails holds the attributes of a column that most columns leave
// unset (see Column).
type ColumnDetails struct {
	// Generated is attgenerated: "" (not generated), s (stored) or v (virtual).
	Generated string `msgpack:",omitempty"`
	// Identity is set for identity columns.
	Identity *Identity `msgpack:",omitempty"`
	// Collation is set only when it differs from the type's default collation.
	Collation string `msgpack:",omitempty,intern"`
	// Storage is attstorage when it differs from the type's default (p, e, m, x).
	Storage string `msgpack:",omitempty"`
	// TypeStorage is the type's default storage, recorded only when Storage
	// is set, so that a diff can go back to it.
	TypeStorage string `msgpack:",omitempty"`
	// Compression is attcompression (PostgreSQL 14+): "" default, p pglz, l lz4.
	Compression string `msgpack:",omitempty"`
	// StatisticsTarget is attstattarget; nil when the default applies.
	StatisticsTarget *int `msgpack:",omitempty"`
	// Options are attribute options (attoptions), e.g. "n_distinct=100".
	Options []string `msgpack:",omitempty"`
	// ForeignOptions are per-column options of a foreign table.
	ForeignOptions []string `msgpack:",omitempty"`
	// InheritedOnly is true when the column exists only because a parent
	// (partitioned or INHERITS parent) has it (attislocal false).
	// InheritCount is attinhcount.
	InheritedOnly bool      `msgpack:",omitempty"`
	InheritCount  int       `msgpack:",omitempty"`
	Comment       string    `msgpack:",omitempty"`
	ACL           []ACLItem `msgpack:",omitempty"` // column privileges (attacl); no default
}

// OrZero returns a copy of *d, or the zero ColumnDetails when d is nil:
// c.Details.OrZero().Comment reads a field whether or not the column has
// details, and changing the copy leaves the catalog alone.
func (d *ColumnDetails) OrZero() ColumnDetails {
	if d == nil {
		return ColumnDetails{}
	}
	return *d
}

// OrNil returns a pointer to a copy of d, or nil when d has no field set:
// what Column.Details should hold.
func (d ColumnDetails) OrNil() *ColumnDetails {
	if d.Empty() {
		return nil
	}
	return &d
}

// Empty reports whether no field of d is set. (An empty slice counts as
// unset, as it does in the snapshot file.)
func (d ColumnDetails) Empty() bool {
	return d.Generated == "" && d.Identity == nil && d.Collation == "" && d.Storage == "" && d.TypeStorage == "" &&
		d.Compression == "" && d.StatisticsTarget == nil && len(d.Options) == 0 && len(d.ForeignOptions) == 0 &&
		!d.InheritedOnly && d.InheritCount == 0 && d.Comment == "" && len(d.ACL) == 0
}

// Identity describes an identity column: GENERATED ALWAYS (a) or BY DEFAULT
// (d), and the sequence behind it.
type Identity struct {
	Generated string
	Sequence  QualifiedName
	SequenceOptions
}

// Constraint is a table constraint: primary key (p), unique (u), foreign key
// (f), check (c) or exclusion (x). Constraints of domains live in Domain.
type Constraint struct {
	Schema string `msgpack:",intern"`
	Table  string `msgpack:",intern"`
	Name   string
	Type   string
	// Definition is pg_get_constraintdef, e.g. "FOREIGN KEY (a) REFERENCES s.t(id) ON DELETE CASCADE".
	Definition        string
	Deferrable        bool `msgpack:",omitempty"`
	InitiallyDeferred bool `msgpack:",omitempty"`
	// NotValid is true for a constraint added NOT VALID and not yet validated.
	NotValid bool `msgpack:",omitempty"`
	// NoInherit is set for a CHECK constraint that is NO INHERIT.
	NoInherit bool `msgpack:",omitempty"`
	// InheritedOnly and InheritCount as for columns: a partition's copy of
	// its parent's constraint is InheritedOnly.
	InheritedOnly bool `msgpack:",omitempty"`
	InheritCount  int  `msgpack:",omitempty"`
	// Index names the index that enforces a primary key, unique or exclusion
	// constraint (same schema as the table).
	Index string `msgpack:",omitempty"`
	// References is the referenced table of a foreign key.
	References *QualifiedName `msgpack:",omitempty"`
	Comment    string         `msgpack:",omitempty"`
}

// Index is an index of a table or materialized view, including those that
// enforce constraints (Constraint is then set and the constraint creates it).
type Index struct {
	Schema string `msgpack:",intern"`
	Name   string
	Table  string `msgpack:",intern"`
	// Definition is pg_get_indexdef, e.g. "CREATE UNIQUE INDEX i ON s.t USING btree (a) WHERE (b > 0)";
	// empty for an index that enforces a constraint (the constraint's
	// definition describes it).
	Definition string `msgpack:",omitempty"`
	Unique     bool   `msgpack:",omitempty"`
	// Constraint names the constraint this index enforces, if any.
	Constraint      string `msgpack:",omitempty"`
	Clustered       bool   `msgpack:",omitempty"`
	ReplicaIdentity bool   `msgpack:",omitempty"`
	// Invalid is true for an index left invalid (a failed CREATE INDEX
	// CONCURRENTLY, a partitioned index missing a partition's).
	Invalid bool `msgpack:",omitempty"`
	// PartitionOf is the parent index a partition's index is attached to.
	PartitionOf *QualifiedName `msgpack:",omitempty"`
	Comment     string         `msgpack:",omitempty"`
}

// View is a view (relkind v) or materialized view (m).
type View struct {
	Schema       string `msgpack:",intern"`
	Name         string `msgpack:",intern"`
	Materialized bool   `msgpack:",omitempty"`
	// Definition is pg_get_viewdef, the SELECT the view runs.
	Definition string
	// Options are reloptions such as "security_barrier=true",
	// "security_invoker=true", "check_option=local".
	Options []string `msgpack:",omitempty"`
	// Populated is false for a materialized view created WITH NO DATA.
	Populated    bool   `msgpack:",omitempty"`
	AccessMethod string `msgpack:",omitempty"`
	// Columns carry names, types, defaults (ALTER VIEW … SET DEFAULT),
	// comments and column privileges.
	Columns []Column
	Common
}
