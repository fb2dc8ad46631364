package snapshot

import (
	"context"
	"slices"
)

// relationRef locates a captured table or view by OID, so that columns,
// constraints and indexes (read by later queries) can be attached to it.
type relationRef struct {
	schema, name string
	// quoted is schema.name as the server quotes it (quote_ident), for
	// definitions built by the reader.
	quoted      string
	partitioned bool // relkind p
	table       int  // index in Catalog.Tables, or -1
	view        int  // index in Catalog.Views, or -1
}

func (r *reader) relation(oid uint32) (relationRef, bool) {
	ref, ok := r.relations[oid]
	return ref, ok
}

// readSequences runs after the columns step: a sequence's OWNED BY column
// is named from the columns read, and only the owners on relations the
// reader did not capture are asked of the server (sequence_owners.sql). A
// sequence behind an identity column is stored with the column.
func readSequences(ctx context.Context, r *reader) error {
	type row struct {
		OID           uint32 `db:"oid"`
		Schema        string `db:"schema"`
		Name          string `db:"name"`
		Unlogged      bool   `db:"unlogged"`
		DataType      string `db:"data_type"`
		Start         int64  `db:"start"`
		Increment     int64  `db:"increment"`
		Min           int64  `db:"min"`
		Max           int64  `db:"max"`
		Cache         int64  `db:"cache"`
		Cycle         bool   `db:"cycle"`
		Identity      bool   `db:"identity"`
		OwnerRelation uint32 `db:"owner_relation"`
		OwnerColumn   int16  `db:"owner_column"`
		commonRow
	}
	var sequences chunked[Sequence]
	var unnamed []unnamedOwner // sequences owned by a column of a relation not captured
	err := forEachRow(ctx, r, "sequences.sql", func(x *row) error {
		options := SequenceOptions{DataType: x.DataType, Start: x.Start, Increment: x.Increment,
			Min: x.Min, Max: x.Max, Cache: x.Cache, Cycle: x.Cycle}
		if x.Identity {
			r.attachIdentitySequence(x.OID, columnAddress{x.OwnerRelation, x.OwnerColumn},
				QualifiedName{Schema: x.Schema, Name: x.Name}, options)
			return nil
		}
		common, err := x.common()
		if err != nil {
			return err
		}
		s := Sequence{Schema: x.Schema, Name: x.Name, Unlogged: x.Unlogged, Common: common, SequenceOptions: options}
		if x.OwnerRelation != 0 {
			if col, ok := r.columnID(columnAddress{x.OwnerRelation, x.OwnerColumn}); ok {
				s.OwnedBy = &ColumnRef{Schema: col.Schema, Table: col.Table, Column: col.Name}
			} else {
				unnamed = append(unnamed, unnamedOwner{len(r.cat.Sequences) + sequences.len(),
					columnAddress{x.OwnerRelation, x.OwnerColumn}})
			}
		}
		r.register(pgClass, x.OID, 0, s.ID())
		sequences.add(s)
		return nil
	})
	r.cat.Sequences = sequences.appendTo(r.cat.Sequences)
	if err != nil || len(unnamed) == 0 {
		return err
	}
	r.later(func(ctx context.Context) error { return r.nameSequenceOwners(ctx, unnamed) })
	return nil
}

// unnamedOwner is a sequence, at its place in Catalog.Sequences, owned by a
// column (col) of a relation the reader did not capture.
type unnamedOwner struct {
	at  int
	col columnAddress
}

// nameSequenceOwners names the owning columns of sequences (see
// unnamedOwner), with one query.
func (r *reader) nameSequenceOwners(ctx context.Context, sequences []unnamedOwner) error {
	type owner struct {
		Relation uint32 `db:"relation"`
		Attnum   int16  `db:"attnum"`
		Schema   string `db:"schema"`
		Table    string `db:"table_name"`
		Column   string `db:"column_name"`
	}
	rels, nums := make([]uint32, len(sequences)), make([]int16, len(sequences))
	for i, s := range sequences {
		rels[i], nums[i] = s.col.rel, s.col.num
	}
	owners := map[columnAddress]ColumnRef{}
	err := forEachRow(ctx, r, "sequence_owners.sql", func(x *owner) error {
		owners[columnAddress{x.Relation, x.Attnum}] = ColumnRef{Schema: x.Schema, Table: x.Table, Column: x.Column}
		return nil
	}, rels, nums)
	for _, s := range sequences {
		if ref, ok := owners[s.col]; ok {
			r.cat.Sequences[s.at].OwnedBy = &ref
		}
	}
	return err
}

// attachIdentitySequence fills in the identity column col's sequence and
// registers the sequence as part of the column. A column the reader did not
// capture (of an extension's table) is passed over.
func (r *reader) attachIdentitySequence(oid uint32, col columnAddress, name QualifiedName, options SequenceOptions) {
	rel, ok := r.relation(col.rel)
	if !ok || rel.table < 0 {
		return
	}
	i, found := slices.BinarySearch(r.attnums[col.rel], col.num)
	if !found {
		return
	}
	c := &r.cat.Tables[rel.table].Columns[i]
	if c.Details != nil && c.Details.Identity != nil {
		c.Details.Identity.Sequence, c.Details.Identity.SequenceOptions = name, options
	}
	r.register(pgClass, oid, 0, ColumnID(rel.schema, rel.name, c.Name))
}

// readRelations reads tables and views (columns follow in readColumns).
func readRelations(ctx context.Context, r *reader) error {
	r.relations = map[uint32]relationRef{}
	if err := readTables(ctx, r); err != nil {
		return err
	}
	return readViews(ctx, r)
}

func readTables(ctx context.Context, r *reader) error {
	type row struct {
		OID                   uint32   `db:"oid"`
		RowType               uint32   `db:"reltype"`
		RowArrayType          uint32   `db:"row_array_type"`
		Schema                string   `db:"schema"`
		Name                  string   `db:"name"`
		QuotedSchema          string   `db:"quoted_schema"`
		QuotedName            string   `db:"quoted_name"`
		RelKind               string   `db:"relkind"`
		Unlogged              bool     `db:"unlogged"`
		PartitionKey          string   `db:"partition_key"`
		PartitionParentSchema string   `db:"partition_parent_schema"`
		PartitionParentName   string   `db:"partition_parent_name"`
		PartitionBound        string   `db:"partition_bound"`
		InheritsSchemas       []string `db:"inherits_schemas"`
		InheritsNames         []string `db:"inherits_names"`
		OfType                string   `db:"of_type"`
		Options               []string `db:"options"`
		AccessMethod          string   `db:"access_method"`
		RowSecurity           bool     `db:"row_security"`
		ForceRowSecurity      bool     `db:"force_row_security"`
		ReplicaIdentity       string   `db:"replica_identity"`
		ForeignServer         string   `db:"foreign_server"`
		ForeignOptions        []string `db:"foreign_options"`
		commonRow
	}
	var tables chunked[Table]
	err := forEachRow(ctx, r, "tables.sql", func(x *row) error {
		common, err := x.common()
		if err != nil {
			return err
		}
		t := Table{Schema: x.Schema, Name: x.Name, RelKind: x.RelKind, Unlogged: x.Unlogged,
			PartitionKey: x.PartitionKey, PartitionBound: x.PartitionBound, OfType: x.OfType,
			Options: emptyToNil(x.Options), AccessMethod: x.AccessMethod, RowSecurity: x.RowSecurity,
			ForceRowSecurity: x.ForceRowSecurity, ReplicaIdentity: x.ReplicaIdentity,
			ForeignServer: x.ForeignServer, ForeignOptions: emptyToNil(x.ForeignOptions), Common: common}
		if x.PartitionParentName != "" {
			t.PartitionOf = &QualifiedName{Schema: x.PartitionParentSchema, Name: x.PartitionParentName}
		}
		for i := range x.InheritsNames {
			t.Inherits = append(t.Inherits, QualifiedName{Schema: x.InheritsSchemas[i], Name: x.InheritsNames[i]})
		}
		r.register(pgClass, x.OID, 0, t.ID())
		r.register(pgType, x.RowType, 0, t.ID())
		r.register(pgType, x.RowArrayType, 0, t.ID())
		r.relations[x.OID] = relationRef{schema: x.Schema, name: x.Name, quoted: x.QuotedSchema + "." + x.QuotedName,
			partitioned: x.RelKind == "p", table: len(r.cat.Tables) + tables.len(), view: -1}
		tables.add(t)
		return nil
	})
	r.cat.Tables = tables.appendTo(r.cat.Tables)
	return err
}

func readViews(ctx context.Context, r *reader) error {
	type row struct {
		OID          uint32   `db:"oid"`
		RowType      uint32   `db:"reltype"`
		RowArrayType uint32   `db:"row_array_type"`
		RuleOID      *uint32  `db:"rule_oid"`
		Schema       string   `db:"schema"`
		Name         string   `db:"name"`
		QuotedSchema string   `db:"quoted_schema"`
		QuotedName   string   `db:"quoted_name"`
		Materialized bool     `db:"materialized"`
		Definition   string   `db:"definition"`
		Options      []string `db:"options"`
		Populated    bool     `db:"populated"`
		AccessMethod string   `db:"access_method"`
		commonRow
	}
	rows, err := collect[row](ctx, r, "views.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		common, err := x.common()
		if err != nil {
			return err
		}
		v := View{Schema: x.Schema, Name: x.Name, Materialized: x.Materialized, Definition: x.Definition,
			Options: emptyToNil(x.Options), Populated: x.Materialized && x.Populated,
			AccessMethod: x.AccessMethod, Common: common}
		r.register(pgClass, x.OID, 0, v.ID())
		r.register(pgType, x.RowType, 0, v.ID())
		r.register(pgType, x.RowArrayType, 0, v.ID())
		if x.RuleOID != nil {
			r.register(pgRewrite, *x.RuleOID, 0, v.ID())
		}
		r.relations[x.OID] = relationRef{schema: x.Schema, name: x.Name, quoted: x.QuotedSchema + "." + x.QuotedName,
			table: -1, view: len(r.cat.Views)}
		r.cat.Views = append(r.cat.Views, v)
	}
	return nil
}

func emptyToNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}
