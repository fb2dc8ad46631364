package strata

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/snapshot"
)

var (
	acl = []snapshot.ACLItem{
		{Grantee: "app", Grantor: "owner", Privileges: "arwd", GrantOptions: "r"},
		{Grantee: "", Grantor: "owner", Privileges: "r"}, // PUBLIC
	}
	common  = snapshot.Common{Owner: "owner", Comment: "a comment", ACL: acl}
	seqOpts = snapshot.SequenceOptions{DataType: "bigint", Start: 1, Increment: 1, Min: 1,
		Max: 9223372036854775807, Cache: 1}
)

// sampleCatalog touches every kind, with several fields of each filled:
// nested slices, pointers, ACLs, dependencies, counts. Anything that does
// not survive a round trip shows up here.
func sampleCatalog() *snapshot.Catalog {
	c := &snapshot.Catalog{
		ServerVersionNum: 170002,
		Schemas:          []snapshot.Schema{{Name: "app", Common: common}, {Name: "Mixed Case", Common: snapshot.Common{Owner: "o"}}},
		Extensions:       []snapshot.Extension{{Name: "pgcrypto", Schema: "public", Version: "1.3", Comment: "crypto"}},
		Languages: []snapshot.Language{{Name: "plperl", Trusted: true, Handler: "plperl_call_handler()",
			Inline: "plperl_inline_handler(internal)", Validator: "plperl_validator(oid)", Common: common}},
		Collations: []snapshot.Collation{{Schema: "app", Name: "ci", Provider: "i", Deterministic: false,
			Locale: "und-u-ks-level2", ICURules: "&a < b", Common: common}},
		Enums: []snapshot.Enum{{Schema: "app", Name: "mood", Labels: []string{"sad", "ok", "happy", "ünïcödé"}, Common: common}},
		Domains: []snapshot.Domain{{Schema: "app", Name: "posint", BaseType: "integer", Default: "1", NotNull: true,
			Collation: `pg_catalog."C"`, Constraints: []snapshot.DomainConstraint{
				{Name: "pos", Definition: "CHECK ((VALUE > 0))", Validated: true, Comment: "positive"},
				{Name: "small", Definition: "CHECK ((VALUE < 100))"},
			}, Common: common}},
		CompositeTypes: []snapshot.CompositeType{{Schema: "app", Name: "pair", Attributes: []snapshot.TypeAttribute{
			{Name: "a", Type: "text", Collation: `pg_catalog."C"`, Comment: "first"}, {Name: "b", Type: "integer"},
		}, Common: common}},
		RangeTypes: []snapshot.RangeType{{Schema: "app", Name: "floatrange", Subtype: "double precision",
			SubtypeOpclass: "float8_ops", SubtypeDiff: "float8mi(double precision,double precision)",
			Multirange: "floatmultirange", Common: common}},
		Sequences: []snapshot.Sequence{{Schema: "app", Name: "seq", Unlogged: true, SequenceOptions: seqOpts,
			OwnedBy: &snapshot.ColumnRef{Schema: "app", Table: "t", Column: "n"}, Common: common}},
		Tables: []snapshot.Table{
			{Schema: "app", Name: "t", RelKind: "p", Unlogged: false, PartitionKey: "RANGE (created_at)",
				Inherits: []snapshot.QualifiedName{{Schema: "app", Name: "base"}}, OfType: "app.pair",
				Options: []string{"fillfactor=70"}, AccessMethod: "heap2", RowSecurity: true, ForceRowSecurity: true,
				ReplicaIdentity: "i", Columns: []snapshot.Column{
					{Name: "id", Type: "bigint", NotNull: true, Details: &snapshot.ColumnDetails{Identity: &snapshot.Identity{Generated: "a",
						Sequence: snapshot.QualifiedName{Schema: "app", Name: "t_id_seq"}, SequenceOptions: seqOpts}},
					},
					{Name: "total", Type: "numeric(10,2)", Default: "(a * b)", Details: &snapshot.ColumnDetails{Generated: "s", Collation: "",
						Storage: "m", Compression: "l", StatisticsTarget: ptr(1000), Options: []string{"n_distinct=100"},
						InheritedOnly: true, InheritCount: 2, Comment: "sum", ACL: acl}},
				}, Common: common},
			{Schema: "app", Name: "t_2020", RelKind: "r", PartitionOf: &snapshot.QualifiedName{Schema: "app", Name: "t"},
				PartitionBound: "FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')",
				Columns:        []snapshot.Column{{Name: "id", Type: "bigint", Details: &snapshot.ColumnDetails{StatisticsTarget: ptr(0)}}}},
			{Schema: "app", Name: "ft", RelKind: "f", ForeignServer: "remote",
				ForeignOptions: []string{"table_name=x"}, Columns: []snapshot.Column{
					{Name: "c", Type: "text", Details: &snapshot.ColumnDetails{ForeignOptions: []string{"column_name=y"}}}}},
		},
		Constraints: []snapshot.Constraint{
			{Schema: "app", Table: "t", Name: "t_pkey", Type: "p", Definition: "PRIMARY KEY (id)",
				Index: "t_pkey"},
			{Schema: "app", Table: "t", Name: "t_fk", Type: "f", Definition: "FOREIGN KEY (a) REFERENCES app.u(id)",
				Deferrable: true, InitiallyDeferred: true, NoInherit: true, InheritCount: 1,
				References: &snapshot.QualifiedName{Schema: "app", Name: "u"}, Comment: "fk"},
		},
		Indexes: []snapshot.Index{{Schema: "app", Name: "t_pkey", Table: "t", Definition: "CREATE UNIQUE INDEX t_pkey ON app.t USING btree (id)",
			Unique: true, Constraint: "t_pkey", Clustered: true, ReplicaIdentity: true,
			PartitionOf: &snapshot.QualifiedName{Schema: "app", Name: "parent_idx"}, Comment: "pk"}},
		Views: []snapshot.View{{Schema: "app", Name: "mv", Materialized: true, Definition: " SELECT 1 AS one;",
			Options: []string{"security_barrier=true"}, Populated: true, AccessMethod: "heap",
			Columns: []snapshot.Column{{Name: "one", Type: "integer", Default: "1", Details: &snapshot.ColumnDetails{Comment: "c", ACL: acl}}}, Common: common}},
		Functions: []snapshot.Function{{Schema: "app", Name: "add", Procedure: false, IdentityArgs: "a integer, b integer",
			Arguments: "a integer, b integer DEFAULT 1", Result: "integer",
			Definition: "CREATE OR REPLACE FUNCTION app.add(a integer, b integer DEFAULT 1)\n RETURNS integer\n LANGUAGE sql\nAS $function$select a+b$function$\n",
			Language:   "sql", Volatility: "i", Strict: true, SecurityDefiner: true, Leakproof: true, Parallel: "s",
			Window: true, Config: []string{"search_path=pg_catalog", "work_mem=64MB"}, Common: common}},
		Aggregates: []snapshot.Aggregate{{Schema: "app", Name: "agg", IdentityArgs: "integer", Arguments: "integer",
			Kind: "o", NumDirectArgs: 1, TransitionFunc: "app.sfunc", TransitionType: "integer", TransitionSpace: 8,
			FinalFunc: "app.ffunc", FinalExtra: true, FinalModify: "r", CombineFunc: "app.cf", SerialFunc: "app.sf",
			DeserialFunc: "app.df", InitialValue: ptr(""), MovingTransitionFunc: "app.msf",
			MovingInverseFunc: "app.minv", MovingTransitionType: "bigint", MovingSpace: 16,
			MovingFinalFunc: "app.mff", MovingFinalExtra: true, MovingFinalModify: "s", MovingInitialValue: ptr("0"),
			SortOperator: "OPERATOR(pg_catalog.>)", Parallel: "u", Common: common}},
		Operators: []snapshot.Operator{{Schema: "app", Name: "===", Left: "integer", Right: "integer", Result: "boolean",
			Function: "app.eq", Commutator: "OPERATOR(app.===)", Negator: "OPERATOR(app.!==)", Restrict: "eqsel",
			Join: "eqjoinsel", Hashes: true, Merges: true, Owner: "owner", Comment: "eq"}},
		Casts: []snapshot.Cast{{Source: "app.pair", Target: "text", Function: "app.pair_text(app.pair)", Context: "a",
			Method: "f", Comment: "cast"}},
		Triggers: []snapshot.Trigger{{Schema: "app", Table: "t", Name: "trg",
			Definition: "CREATE TRIGGER trg BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION app.f()",
			Function:   snapshot.QualifiedName{Schema: "app", Name: "f"}, Constraint: true, Enabled: "O", Comment: "t"}},
		EventTriggers: []snapshot.EventTrigger{{Name: "et", Event: "ddl_command_end", Tags: []string{"CREATE TABLE"},
			Function: snapshot.QualifiedName{Schema: "app", Name: "etf"}, Enabled: "D", Owner: "owner", Comment: "e"}},
		Policies: []snapshot.Policy{{Schema: "app", Table: "t", Name: "p", Permissive: true, Command: "*",
			Roles: []string{"public", "app"}, Using: "(id > 0)", WithCheck: "(id < 10)", Comment: "p"}},
		Rules: []snapshot.Rule{{Schema: "app", Table: "t", Name: "r", Definition: "CREATE RULE r AS ON DELETE TO app.t DO INSTEAD NOTHING;",
			Enabled: "R", Comment: "r"}},
		Statistics: []snapshot.Statistics{{Schema: "app", Name: "st", Table: snapshot.QualifiedName{Schema: "app", Name: "t"},
			Definition: "CREATE STATISTICS app.st ON a, b FROM app.t", Target: -1, Owner: "owner", Comment: "s"}},
		Publications: []snapshot.Publication{{Name: "pub", AllTables: false, Insert: true, Update: true, Delete: true,
			Truncate: true, ViaRoot: true, Tables: []snapshot.PublicationTable{
				{Table: snapshot.QualifiedName{Schema: "app", Name: "t"}, Columns: []string{"id", "total"}, RowFilter: "(id > 5)"},
				{Table: snapshot.QualifiedName{Schema: "app", Name: "u"}},
			}, Schemas: []string{"app"}, Owner: "owner", Comment: "pub"}},
		ForeignDataWrappers: []snapshot.ForeignDataWrapper{{Name: "fdw", Handler: "h", Validator: "v",
			Options: []string{"debug=true"}, Common: common}},
		ForeignServers: []snapshot.ForeignServer{{Name: "remote", Wrapper: "fdw", Type: "pg", Version: "17",
			Options: []string{"host=example"}, Common: common}},
		DefaultPrivileges: []snapshot.DefaultPrivilege{{Role: "owner", Schema: "app", ObjectType: "r", ACL: acl},
			{Role: "owner", ObjectType: "f", ACL: acl[:1]}},
		Dependencies: []snapshot.Dependency{
			{From: snapshot.ObjectID{Kind: snapshot.KindIndex, Schema: "app", Name: "t_pkey"},
				To: snapshot.ObjectID{Kind: snapshot.KindConstraint, Schema: "app", Table: "t", Name: "t_pkey"}, Type: "i"},
			{From: snapshot.ObjectID{Kind: snapshot.KindFunction, Schema: "app", Name: "add", Args: "a integer, b integer"},
				To: snapshot.ObjectID{Kind: snapshot.KindSchema, Name: "app"}, Type: "n"},
		},
		NotModeled:  []snapshot.CatalogCount{{Catalog: "pg_ts_config", Count: 2}, {Catalog: "pg_transform", Count: 1}},
		NotReadable: []snapshot.CatalogCount{{Catalog: "pg_proc", Count: 3}},
	}
	c.Sort()
	return c
}

func sampleHeader() Header {
	return Header{
		ToolVersion:      "0.1.0-test",
		ServerVersion:    "17.2 (Debian 17.2-1.pgdg120+1)",
		ServerVersionNum: 170002,
		Database:         "prod",
		CapturedAt:       time.Date(2025, 3, 4, 5, 6, 7, 890, time.FixedZone("CET", 3600)),
		Source:           "postgres://reader@db.example:5432/prod",
		Options:          []string{"schemas=app", "exclude=tmp_*"},
	}
}

// syntheticCatalog builds a large, realistic-looking catalog: tables schemas
// × tables/schemas tables of columns columns, each with a primary key and
// its index, a foreign key to the previous table, a secondary index and a
// dependency or two.
func syntheticCatalog(tables, columns int) *snapshot.Catalog {
	types := []string{"bigint", "text", "integer", "timestamp with time zone", "numeric(12,2)", "boolean", "jsonb", "character varying(255)"}
	c := &snapshot.Catalog{ServerVersionNum: 170002}
	const perSchema = 500
	for s := 0; s*perSchema < tables; s++ {
		c.Schemas = append(c.Schemas, snapshot.Schema{Name: fmt.Sprintf("s%03d", s), Common: snapshot.Common{Owner: "owner", ACL: acl}})
	}
	for i := range tables {
		schema := fmt.Sprintf("s%03d", i/perSchema)
		name := fmt.Sprintf("table_%05d", i)
		t := snapshot.Table{Schema: schema, Name: name, RelKind: "r",
			Common: snapshot.Common{Owner: "owner", Comment: "Table number " + fmt.Sprint(i), ACL: acl}}
		for j := range columns {
			col := snapshot.Column{Name: fmt.Sprintf("column_%02d", j), Type: types[(i+j)%len(types)],
				NotNull: j == 0}
			if j == 0 {
				col.Details = &snapshot.ColumnDetails{Identity: &snapshot.Identity{Generated: "d",
					Sequence: snapshot.QualifiedName{Schema: schema, Name: name + "_column_00_seq"}, SequenceOptions: seqOpts}}
			}
			if j%4 == 1 {
				col.Default = fmt.Sprintf("'default %d'::text", j)
			}
			t.Columns = append(t.Columns, col)
		}
		c.Tables = append(c.Tables, t)
		pk := name + "_pkey"
		c.Constraints = append(c.Constraints, snapshot.Constraint{Schema: schema, Table: name, Name: pk, Type: "p",
			Definition: "PRIMARY KEY (column_00)", Index: pk})
		c.Indexes = append(c.Indexes,
			snapshot.Index{Schema: schema, Name: pk, Table: name, Unique: true, Constraint: pk,
				Definition: fmt.Sprintf("CREATE UNIQUE INDEX %s ON %s.%s USING btree (column_00)", pk, schema, name)},
			snapshot.Index{Schema: schema, Name: name + "_column_02_idx", Table: name,
				Definition: fmt.Sprintf("CREATE INDEX %s_column_02_idx ON %s.%s USING btree (column_02)", name, schema, name)})
		c.Dependencies = append(c.Dependencies, snapshot.Dependency{
			From: snapshot.ObjectID{Kind: snapshot.KindTable, Schema: schema, Name: name},
			To:   snapshot.ObjectID{Kind: snapshot.KindSchema, Name: schema}, Type: "n"})
		if i > 0 {
			prev := fmt.Sprintf("table_%05d", i-1)
			prevSchema := fmt.Sprintf("s%03d", (i-1)/perSchema)
			fk := name + "_column_01_fkey"
			c.Constraints = append(c.Constraints, snapshot.Constraint{Schema: schema, Table: name, Name: fk, Type: "f",
				Definition: fmt.Sprintf("FOREIGN KEY (column_01) REFERENCES %s.%s(column_00)", prevSchema, prev),
				References: &snapshot.QualifiedName{Schema: prevSchema, Name: prev}})
			c.Dependencies = append(c.Dependencies, snapshot.Dependency{
				From: snapshot.ObjectID{Kind: snapshot.KindConstraint, Schema: schema, Table: name, Name: fk},
				To:   snapshot.ObjectID{Kind: snapshot.KindTable, Schema: prevSchema, Name: prev}, Type: "n"})
		}
	}
	c.Sort()
	return c
}

// encode encodes h and c and fails the test on error.
func encode(t testing.TB, h Header, c *snapshot.Catalog) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := Encode(&buf, h, c); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return buf.Bytes()
}

// bodyStart returns the offset of the compressed body in an encoded file.
func bodyStart(t testing.TB, file []byte) int {
	t.Helper()
	h, err := Decode(bytes.NewReader(file), "x", ReadOptions{AllowDigestMismatch: true})
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	return len(file) - int(h.Header.CompressedLength)
}
func ptr[T any](v T) *T { return &v }
