package snapshot

// Tables (plain, partitioned and foreign), and the index of captured
// relations by OID that every later step of a relation's parts (columns,
// sequences, indexes, constraints) attaches them by. The "relations" step
// reads tables here and views in read_view.go.

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

// relationQueries reads tables, then views (columns follow in the columns
// step).
func relationQueries() []query {
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
	return []query{streamed[row]{file: "tables.sql", use: func(r *reader, x *row) error {
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
	}, done: func(r *reader) error {
		r.cat.Tables = tables.appendTo(r.cat.Tables)
		return nil
	}}, viewQuery()}
}

func emptyToNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}
