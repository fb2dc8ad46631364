package snapshot

import (
	"context"
)

func readConstraints(ctx context.Context, r *reader) error {
	type row struct {
		OID               uint32 `db:"oid"`
		RelOID            uint32 `db:"conrelid"`
		Schema            string `db:"schema"`
		Table             string `db:"table_name"`
		Name              string `db:"name"`
		Type              string `db:"type"`
		Definition        string `db:"definition"`
		Deferrable        bool   `db:"deferrable"`
		InitiallyDeferred bool   `db:"initially_deferred"`
		NotValid          bool   `db:"not_valid"`
		NoInherit         bool   `db:"no_inherit"`
		InheritedOnly     bool   `db:"inherited_only"`
		InheritCount      int    `db:"inherit_count"`
		Index             string `db:"index_name"`
		ReferencesSchema  string `db:"references_schema"`
		ReferencesTable   string `db:"references_table"`
		Comment           string `db:"comment"`
	}
	rows, err := collect[row](ctx, r, "constraints.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		if _, ok := r.relation(x.RelOID); !ok {
			continue // a table of an extension
		}
		c := Constraint{Schema: x.Schema, Table: x.Table, Name: x.Name, Type: x.Type, Definition: x.Definition,
			Deferrable: x.Deferrable, InitiallyDeferred: x.InitiallyDeferred, NotValid: x.NotValid,
			NoInherit: x.NoInherit, InheritedOnly: x.InheritedOnly, InheritCount: x.InheritCount, Index: x.Index, Comment: x.Comment}
		if x.ReferencesTable != "" {
			c.References = &QualifiedName{Schema: x.ReferencesSchema, Name: x.ReferencesTable}
		}
		r.register(pgConstraint, x.OID, 0, c.ID())
		r.cat.Constraints = append(r.cat.Constraints, c)
	}
	return nil
}

func readIndexes(ctx context.Context, r *reader) error {
	type row struct {
		OID             uint32 `db:"oid"`
		RelOID          uint32 `db:"indrelid"`
		Schema          string `db:"schema"`
		Name            string `db:"name"`
		Table           string `db:"table_name"`
		Definition      string `db:"definition"`
		Unique          bool   `db:"is_unique"`
		Constraint      string `db:"constraint_name"`
		Clustered       bool   `db:"clustered"`
		ReplicaIdentity bool   `db:"replica_identity"`
		Invalid         bool   `db:"invalid"`
		ParentSchema    string `db:"parent_schema"`
		ParentName      string `db:"parent_name"`
		Comment         string `db:"comment"`
	}
	rows, err := collect[row](ctx, r, "indexes.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		if _, ok := r.relation(x.RelOID); !ok {
			continue
		}
		ix := Index{Schema: x.Schema, Name: x.Name, Table: x.Table, Definition: x.Definition, Unique: x.Unique,
			Constraint: x.Constraint, Clustered: x.Clustered, ReplicaIdentity: x.ReplicaIdentity, Invalid: x.Invalid,
			Comment: x.Comment}
		if x.ParentName != "" {
			ix.PartitionOf = &QualifiedName{Schema: x.ParentSchema, Name: x.ParentName}
		}
		r.register(pgClass, x.OID, 0, ix.ID())
		r.cat.Indexes = append(r.cat.Indexes, ix)
	}
	return nil
}
