package snapshot

// Indexes. The step runs before the constraints step, which names a key's
// index and finds its INCLUDE columns in what this one records
// (constraintIndexes). It first reads what choosing a default operator
// class takes (see deparse_opclass.go), then the indexes, building the
// plain definitions itself; the rest are asked of the server by a
// follow-up (index_definitions.sql).

func indexQueries() []query {
	type row struct {
		OID              uint32  `db:"oid"`
		Name             string  `db:"name"`
		Definition       *string `db:"definition"` // NULL: built here
		NullsNotDistinct bool    `db:"nulls_not_distinct"`
		Constraint       string  `db:"constraint_name"`
		Clustered        bool    `db:"clustered"`
		ReplicaIdentity  bool    `db:"replica_identity"`
		Invalid          bool    `db:"invalid"`
		Options          string  `db:"constraint_options"`
		ParentSchema     string  `db:"parent_schema"`
		ParentName       string  `db:"parent_name"`
		Comment          string  `db:"comment"`
		indexDefinitionRow
	}
	pending := newPendingDefinitions("index")
	var indexes chunked[Index]
	queries := opclassQueries()
	return append(queries,
		streamed[row]{file: "indexes.sql", use: func(r *reader, x *row) error {
			table, ok := r.relation(x.RelOID)
			if !ok {
				return nil
			}
			ix := Index{Schema: table.schema, Name: x.Name, Table: table.name, Unique: x.Unique,
				Constraint: x.Constraint, Clustered: x.Clustered, ReplicaIdentity: x.ReplicaIdentity, Invalid: x.Invalid,
				Comment: x.Comment}
			if x.Definition != nil {
				ix.Definition = *x.Definition
			} else if def, ok := r.buildIndexDefinition(&x.indexDefinitionRow, table); ok {
				ix.Definition = def
				pending.built++
			} else {
				pending.leave(x.OID, len(r.cat.Indexes)+indexes.len())
			}
			if x.Constraint != "" {
				r.constraintIndexes[x.OID] = constraintIndex{name: x.Name, keyCount: x.KeyCount,
					attnums: x.Attnums, nullsNotDistinct: x.NullsNotDistinct, options: x.Options}
			}
			if x.ParentName != "" {
				ix.PartitionOf = &QualifiedName{Schema: x.ParentSchema, Name: x.ParentName}
			}
			r.register(pgClass, x.OID, 0, ix.ID())
			indexes.add(ix)
			return nil
		}, done: func(r *reader) error {
			r.cat.Indexes = indexes.appendTo(r.cat.Indexes)
			if pending.none() { // complete: sort it while the reader reads on
				r.reportDeparse(pending)
				sortEarly(r, r.cat.Indexes)
			}
			return nil
		}},
		definitionQuery("index_definitions.sql", pending,
			func(r *reader, at int, definition string) { r.cat.Indexes[at].Definition = definition },
			func() bool { return !pending.none() }, func(r *reader) { sortEarly(r, r.cat.Indexes) }))
}

// opclassQueries read what r.opclasses chooses default operator classes
// from: the default classes, the types they take, and the binary-coercible
// casts between those.
func opclassQueries() []query {
	type cast struct {
		Source uint32 `db:"source"`
		Target uint32 `db:"target"`
	}
	c := &opclassChooser{defaults: map[string][]defaultOpclass{}, byOID: map[uint32]defaultOpclass{},
		types: map[uint32]opclassType{}, binaryCasts: map[[2]uint32]bool{}}
	return []query{
		streamed[defaultOpclass]{file: "opclass_defaults.sql", use: func(r *reader, x *defaultOpclass) error {
			c.defaults[x.AccessMethod] = append(c.defaults[x.AccessMethod], *x)
			c.byOID[x.OID] = *x
			return nil
		}},
		streamed[opclassType]{file: "opclass_types.sql", use: func(r *reader, x *opclassType) error {
			c.types[x.OID] = *x
			return nil
		}},
		streamed[cast]{file: "binary_casts.sql", use: func(r *reader, x *cast) error {
			c.binaryCasts[[2]uint32{x.Source, x.Target}] = true
			return nil
		}, done: func(r *reader) error {
			r.opclasses = c
			return nil
		}},
	}
}

// constraintIndex is what a primary key, unique or exclusion constraint
// needs from the index that enforces it.
type constraintIndex struct {
	name             string
	keyCount         int
	attnums          string // indkey as text: key columns, then INCLUDE columns
	nullsNotDistinct bool
	// options are the index's storage parameters, "fillfactor='80'",
	// which pg_get_constraintdef leaves out.
	options string
}
