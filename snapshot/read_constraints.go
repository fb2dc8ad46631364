package snapshot

import (
	"context"
)

func readConstraints(ctx context.Context, r *reader) error {
	type row struct {
		OID              uint32  `db:"oid"`
		Schema           string  `db:"schema"`
		Table            string  `db:"table_name"`
		Name             string  `db:"name"`
		Definition       *string `db:"definition"` // NULL: built here
		NoInherit        bool    `db:"no_inherit"`
		InheritedOnly    bool    `db:"inherited_only"`
		InheritCount     int     `db:"inherit_count"`
		Index            string  `db:"index_name"`
		ReferencesSchema string  `db:"references_schema"`
		ReferencesTable  string  `db:"references_table"`
		Comment          string  `db:"comment"`
		constraintDefinitionRow
	}
	pending := newPendingDefinitions("constraint")
	var constraints chunked[Constraint]
	err := forEachRow(ctx, r, "constraints.sql", func(x *row) error {
		if _, ok := r.relation(x.RelOID); !ok {
			return nil // a table of an extension
		}
		c := Constraint{Schema: x.Schema, Table: x.Table, Name: x.Name, Type: x.Type,
			Deferrable: x.Deferrable, InitiallyDeferred: x.InitiallyDeferred, NotValid: x.NotValid,
			NoInherit: x.NoInherit, InheritedOnly: x.InheritedOnly, InheritCount: x.InheritCount, Index: x.Index, Comment: x.Comment}
		if x.Definition != nil {
			c.Definition = *x.Definition
		} else if def, ok := r.buildConstraintDefinition(&x.constraintDefinitionRow); ok {
			c.Definition = def
			pending.built++
		} else {
			pending.leave(x.OID, len(r.cat.Constraints)+constraints.len())
		}
		if x.ReferencesTable != "" {
			c.References = &QualifiedName{Schema: x.ReferencesSchema, Name: x.ReferencesTable}
		}
		r.register(pgConstraint, x.OID, 0, c.ID())
		constraints.add(c)
		return nil
	})
	if err != nil {
		return err
	}
	r.cat.Constraints = constraints.appendTo(r.cat.Constraints)
	return r.complete(ctx, pending, func(at int, definition string) { r.cat.Constraints[at].Definition = definition })
}

func readIndexes(ctx context.Context, r *reader) error {
	type row struct {
		OID             uint32  `db:"oid"`
		Schema          string  `db:"schema"`
		Name            string  `db:"name"`
		Table           string  `db:"table_name"`
		Definition      *string `db:"definition"` // NULL: built here
		Constraint      string  `db:"constraint_name"`
		Clustered       bool    `db:"clustered"`
		ReplicaIdentity bool    `db:"replica_identity"`
		Invalid         bool    `db:"invalid"`
		ParentSchema    string  `db:"parent_schema"`
		ParentName      string  `db:"parent_name"`
		Comment         string  `db:"comment"`
		indexDefinitionRow
	}
	var err error
	if r.opclasses, err = readOpclassChooser(ctx, r); err != nil {
		return err
	}
	pending := newPendingDefinitions("index")
	var indexes chunked[Index]
	err = forEachRow(ctx, r, "indexes.sql", func(x *row) error {
		if _, ok := r.relation(x.RelOID); !ok {
			return nil
		}
		ix := Index{Schema: x.Schema, Name: x.Name, Table: x.Table, Unique: x.Unique,
			Constraint: x.Constraint, Clustered: x.Clustered, ReplicaIdentity: x.ReplicaIdentity, Invalid: x.Invalid,
			Comment: x.Comment}
		if x.Definition != nil {
			ix.Definition = *x.Definition
		} else if def, ok := r.buildIndexDefinition(&x.indexDefinitionRow); ok {
			ix.Definition = def
			pending.built++
		} else {
			pending.leave(x.OID, len(r.cat.Indexes)+indexes.len())
		}
		if x.ParentName != "" {
			ix.PartitionOf = &QualifiedName{Schema: x.ParentSchema, Name: x.ParentName}
		}
		r.register(pgClass, x.OID, 0, ix.ID())
		indexes.add(ix)
		return nil
	})
	if err != nil {
		return err
	}
	r.cat.Indexes = indexes.appendTo(r.cat.Indexes)
	return r.complete(ctx, pending, func(at int, definition string) { r.cat.Indexes[at].Definition = definition })
}
