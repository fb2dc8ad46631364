package snapshot

// Sequences. The step runs after the columns step: a sequence's OWNED BY
// column is named from the columns read, and only the owners on relations
// the reader did not capture are asked of the server, by a follow-up
// (sequence_owners.sql). A sequence behind an identity column is stored
// with the column.

import "slices"

func sequenceQueries() []query {
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
	return []query{streamed[row]{file: "sequences.sql", use: func(r *reader, x *row) error {
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
	}, done: func(r *reader) error {
		r.cat.Sequences = sequences.appendTo(r.cat.Sequences)
		return nil
	}}, sequenceOwnerQuery(&unnamed)}
}

// unnamedOwner is a sequence, at its place in Catalog.Sequences, owned by a
// column (col) of a relation the reader did not capture.
type unnamedOwner struct {
	at  int
	col columnAddress
}

// sequenceOwnerQuery names the owning columns of the sequences in
// *unnamed (see unnamedOwner), with one query; none, when there are none.
func sequenceOwnerQuery(unnamed *[]unnamedOwner) query {
	type owner struct {
		Relation uint32 `db:"relation"`
		Attnum   int16  `db:"attnum"`
		Schema   string `db:"schema"`
		Table    string `db:"table_name"`
		Column   string `db:"column_name"`
	}
	owners := map[columnAddress]ColumnRef{}
	return followUp[owner]{file: "sequence_owners.sql",
		args: func() []any {
			if len(*unnamed) == 0 {
				return nil
			}
			rels, nums := make([]uint32, len(*unnamed)), make([]int16, len(*unnamed))
			for i, s := range *unnamed {
				rels[i], nums[i] = s.col.rel, s.col.num
			}
			return []any{rels, nums}
		},
		use: func(r *reader, x *owner) error {
			owners[columnAddress{x.Relation, x.Attnum}] = ColumnRef{Schema: x.Schema, Table: x.Table, Column: x.Column}
			return nil
		},
		done: func(r *reader) error {
			for _, s := range *unnamed {
				if ref, ok := owners[s.col]; ok {
					r.cat.Sequences[s.at].OwnedBy = &ref
				}
			}
			return nil
		}}
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
