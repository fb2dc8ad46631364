package snapshot

import (
	"context"
)

func readConstraints(ctx context.Context, r *reader) error {
	type row struct {
		OID           uint32  `db:"oid"`
		Name          string  `db:"name"`
		Definition    *string `db:"definition"` // NULL: built here if it can be
		IndexOID      uint32  `db:"conindid"`
		NoInherit     bool    `db:"no_inherit"`
		InheritedOnly bool    `db:"inherited_only"`
		InheritCount  int     `db:"inherit_count"`
		Comment       string  `db:"comment"`
		constraintDefinitionRow
	}
	pending := newPendingDefinitions("constraint")
	var constraints chunked[Constraint]
	var unnamed []unnamedReference // foreign keys to tables the reader did not capture
	err := forEachRow(ctx, r, "constraints.sql", func(x *row) error {
		table, ok := r.relation(x.RelOID)
		if !ok {
			return nil // a table of an extension, or a system catalog
		}
		c := Constraint{Schema: table.schema, Table: table.name, Name: x.Name, Type: x.Type,
			Deferrable: x.Deferrable, InitiallyDeferred: x.InitiallyDeferred, NotValid: x.NotValid,
			NoInherit: x.NoInherit, InheritedOnly: x.InheritedOnly, InheritCount: x.InheritCount, Comment: x.Comment}
		at := len(r.cat.Constraints) + constraints.len()
		var index constraintIndex
		if x.Type == "p" || x.Type == "u" || x.Type == "x" {
			index = r.constraintIndexes[x.IndexOID]
			c.Index = index.name
		}
		var referenced relationRef
		if x.Type == "f" {
			if referenced, ok = r.relation(x.ReferencedRelOID); ok {
				c.References = &QualifiedName{Schema: referenced.schema, Name: referenced.name}
			} else {
				unnamed = append(unnamed, unnamedReference{at, x.ReferencedRelOID})
			}
		}
		if x.Definition != nil {
			c.Definition = *x.Definition
		} else if def, ok := r.buildConstraintDefinition(&x.constraintDefinitionRow, index, referenced); ok {
			c.Definition = def
			pending.built++
		} else {
			pending.leave(x.OID, at)
		}
		r.register(pgConstraint, x.OID, 0, c.ID())
		constraints.add(c)
		return nil
	})
	if err != nil {
		return err
	}
	r.cat.Constraints = constraints.appendTo(r.cat.Constraints)
	if len(unnamed) == 0 && pending.none() {
		r.reportDeparse(pending)
		sortEarly(r, r.cat.Constraints)
		return nil
	}
	r.later(func(ctx context.Context) error {
		if err := r.nameReferences(ctx, unnamed); err != nil {
			return err
		}
		if err := r.complete(ctx, pending, func(at int, definition string) { r.cat.Constraints[at].Definition = definition }); err != nil {
			return err
		}
		sortEarly(r, r.cat.Constraints)
		return nil
	})
	return nil
}

// unnamedReference is a foreign key, at its place in Catalog.Constraints,
// whose referenced table (rel) the reader did not capture.
type unnamedReference struct {
	at  int
	rel uint32
}

// nameReferences names the referenced tables of foreign keys (see
// unnamedReference), with one query.
func (r *reader) nameReferences(ctx context.Context, fks []unnamedReference) error {
	if len(fks) == 0 {
		return nil
	}
	type row struct {
		OID    uint32 `db:"oid"`
		Schema string `db:"schema"`
		Name   string `db:"name"`
	}
	rels := make([]uint32, len(fks))
	for i, fk := range fks {
		rels[i] = fk.rel
	}
	names := map[uint32]QualifiedName{}
	err := forEachRow(ctx, r, "constraint_references.sql", func(x *row) error {
		names[x.OID] = QualifiedName{Schema: x.Schema, Name: x.Name}
		return nil
	}, rels)
	for _, fk := range fks {
		if name, ok := names[fk.rel]; ok {
			r.cat.Constraints[fk.at].References = &name
		}
	}
	return err
}

// readIndexes runs before readConstraints, which names a key's index and
// finds its INCLUDE columns in what this step records (constraintIndexes).
func readIndexes(ctx context.Context, r *reader) error {
	type row struct {
		OID              uint32  `db:"oid"`
		Name             string  `db:"name"`
		Definition       *string `db:"definition"` // NULL: built here
		NullsNotDistinct bool    `db:"nulls_not_distinct"`
		Constraint       string  `db:"constraint_name"`
		Clustered        bool    `db:"clustered"`
		ReplicaIdentity  bool    `db:"replica_identity"`
		Invalid          bool    `db:"invalid"`
		ParentSchema     string  `db:"parent_schema"`
		ParentName       string  `db:"parent_name"`
		Comment          string  `db:"comment"`
		indexDefinitionRow
	}
	var err error
	if r.opclasses, err = readOpclassChooser(ctx, r); err != nil {
		return err
	}
	r.constraintIndexes = map[uint32]constraintIndex{}
	pending := newPendingDefinitions("index")
	var indexes chunked[Index]
	err = forEachRow(ctx, r, "indexes.sql", func(x *row) error {
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
				attnums: x.Attnums, nullsNotDistinct: x.NullsNotDistinct}
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
	if pending.none() {
		r.reportDeparse(pending)
		sortEarly(r, r.cat.Indexes)
		return nil
	}
	r.later(func(ctx context.Context) error {
		if err := r.complete(ctx, pending, func(at int, definition string) { r.cat.Indexes[at].Definition = definition }); err != nil {
			return err
		}
		sortEarly(r, r.cat.Indexes)
		return nil
	})
	return nil
}

// constraintIndex is what a primary key, unique or exclusion constraint
// needs from the index that enforces it.
type constraintIndex struct {
	name             string
	keyCount         int
	attnums          string // indkey as text: key columns, then INCLUDE columns
	nullsNotDistinct bool
}
