package snapshot

import (
	"context"
	"slices"
)

// columnAddress is a column as pg_depend and pg_description address it:
// its relation's OID and its attnum.
type columnAddress struct {
	rel uint32
	num int16
}

// columnID is the identity of a captured column, found from its relation and
// the attnums recorded when the columns were read.
func (r *reader) columnID(a columnAddress) (ObjectID, bool) {
	rel, ok := r.relation(a.rel)
	if !ok {
		return ObjectID{}, false
	}
	nums := r.attnums[a.rel]
	i, found := slices.BinarySearch(nums, a.num)
	if !found {
		return ObjectID{}, false
	}
	var name string
	if rel.table >= 0 {
		name = r.cat.Tables[rel.table].Columns[i].Name
	} else {
		name = r.cat.Views[rel.view].Columns[i].Name
	}
	return ColumnID(rel.schema, rel.name, name), true
}

func readColumns(ctx context.Context, r *reader) error {
	type row struct {
		RelOID           uint32   `db:"attrelid"`
		Num              int16    `db:"attnum"`
		AttrdefOID       *uint32  `db:"attrdef_oid"`
		Name             string   `db:"name"`
		TypeOID          uint32   `db:"type_oid"`
		CollationOID     uint32   `db:"collation_oid"`
		QuotedName       *string  `db:"quoted_name"`
		Type             string   `db:"type"`
		NotNull          bool     `db:"not_null"`
		Default          string   `db:"default_expr"`
		Generated        string   `db:"generated"`
		Identity         string   `db:"identity"`
		Collation        string   `db:"collation"`
		Storage          string   `db:"storage"`
		TypeStorage      string   `db:"type_storage"`
		Compression      string   `db:"compression"`
		StatisticsTarget *int     `db:"statistics_target"`
		Options          []string `db:"options"`
		ForeignOptions   []string `db:"foreign_options"`
		InheritedOnly    bool     `db:"inherited_only"`
		InheritCount     int      `db:"inherit_count"`
		Comment          string   `db:"comment"`
		ACL              []string `db:"acl"`
	}
	// Rows come ordered by relation and attnum. A relation's columns are
	// gathered in pending and stored once complete, in a slice of exactly
	// their number: appending to Table.Columns row by row would leave
	// every table with up to twice the capacity it needs, which at 100,000
	// columns is tens of megabytes kept until the program ends.
	var pending []Column
	var pendingNums []int16
	var pendingFacts []columnFacts
	pendingRel := uint32(0)
	flush := func() {
		if len(pending) == 0 {
			return
		}
		rel, _ := r.relation(pendingRel)
		if rel.table >= 0 {
			r.cat.Tables[rel.table].Columns = slices.Clone(pending)
		} else {
			r.cat.Views[rel.view].Columns = slices.Clone(pending)
		}
		r.attnums[pendingRel] = slices.Clone(pendingNums)
		r.columnFacts[pendingRel] = slices.Clone(pendingFacts)
		pending, pendingNums, pendingFacts = pending[:0], pendingNums[:0], pendingFacts[:0]
	}
	err := forEachRow(ctx, r, "columns.sql", func(x *row) error {
		if _, ok := r.relation(x.RelOID); !ok {
			return nil // a relation of an extension
		}
		if x.RelOID != pendingRel {
			flush()
			pendingRel = x.RelOID
		}
		acl, err := parseACL(x.ACL)
		if err != nil {
			return err
		}
		col := Column{Name: x.Name, Type: x.Type, NotNull: x.NotNull, Default: x.Default,
			Generated: x.Generated, Collation: x.Collation, Storage: x.Storage, TypeStorage: x.TypeStorage, Compression: x.Compression,
			StatisticsTarget: x.StatisticsTarget, Options: emptyToNil(x.Options),
			ForeignOptions: emptyToNil(x.ForeignOptions), InheritedOnly: x.InheritedOnly, InheritCount: x.InheritCount,
			Comment: x.Comment, ACL: acl}
		if x.Identity != "" {
			col.Identity = &Identity{Generated: x.Identity}
		}
		if x.AttrdefOID != nil {
			r.attrdefs[*x.AttrdefOID] = columnAddress{x.RelOID, x.Num}
		}
		pending = append(pending, col)
		pendingNums = append(pendingNums, x.Num)
		facts := columnFacts{typ: x.TypeOID, collation: x.CollationOID, quoted: x.Name}
		if x.QuotedName != nil {
			facts.quoted = *x.QuotedName
		}
		pendingFacts = append(pendingFacts, facts)
		return nil
	})
	if err != nil {
		return err
	}
	flush()
	return readIdentitySequences(ctx, r)
}

// readIdentitySequences fills Column.Identity's sequence name and options.
func readIdentitySequences(ctx context.Context, r *reader) error {
	type row struct {
		RelOID      uint32 `db:"attrelid"`
		Num         int16  `db:"attnum"`
		SequenceOID uint32 `db:"sequence_oid"`
		Schema      string `db:"schema"`
		Name        string `db:"name"`
		DataType    string `db:"data_type"`
		Start       int64  `db:"start"`
		Increment   int64  `db:"increment"`
		Min         int64  `db:"min"`
		Max         int64  `db:"max"`
		Cache       int64  `db:"cache"`
		Cycle       bool   `db:"cycle"`
	}
	rows, err := collect[row](ctx, r, "identity_sequences.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		rel, ok := r.relation(x.RelOID)
		if !ok || rel.table < 0 {
			continue
		}
		colID, ok := r.lookup(pgClass, x.RelOID, int32(x.Num))
		if !ok {
			continue
		}
		t := &r.cat.Tables[rel.table]
		for i := range t.Columns {
			c := &t.Columns[i]
			if c.Name != colID.Name || c.Identity == nil {
				continue
			}
			c.Identity.Sequence = QualifiedName{Schema: x.Schema, Name: x.Name}
			c.Identity.SequenceOptions = SequenceOptions{DataType: x.DataType, Start: x.Start,
				Increment: x.Increment, Min: x.Min, Max: x.Max, Cache: x.Cache, Cycle: x.Cycle}
		}
		// The sequence is part of its column.
		r.register(pgClass, x.SequenceOID, 0, colID)
	}
	return nil
}
