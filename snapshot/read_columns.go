package snapshot

import (
	"context"
)

func readColumns(ctx context.Context, r *reader) error {
	type row struct {
		RelOID           uint32   `db:"attrelid"`
		Num              int16    `db:"attnum"`
		AttrdefOID       *uint32  `db:"attrdef_oid"`
		Name             string   `db:"name"`
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
	err := forEachRow(ctx, r, "columns.sql", func(x *row) error {
		rel, ok := r.relation(x.RelOID)
		if !ok {
			return nil // a relation of an extension
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
		id := ColumnID(rel.schema, rel.name, x.Name)
		r.register(pgClass, x.RelOID, int32(x.Num), id)
		if x.AttrdefOID != nil {
			r.register(pgAttrdef, *x.AttrdefOID, 0, id)
		}
		if rel.table >= 0 {
			t := &r.cat.Tables[rel.table]
			t.Columns = append(t.Columns, col)
		} else {
			v := &r.cat.Views[rel.view]
			v.Columns = append(v.Columns, col)
		}
		return nil
	})
	if err != nil {
		return err
	}
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
