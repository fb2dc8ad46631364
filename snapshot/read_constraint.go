package snapshot

// Table constraints. The step runs after the indexes step (a key names the
// index that enforces it). The reader builds plain definitions itself; a
// follow-up asks the server for the rest (constraint_definitions.sql), and
// another names the tables that foreign keys reference but the reader did
// not capture (constraint_references.sql).

func constraintQueries() []query {
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
	pendingOptions := map[int]string{} // index options of keys left to the server
	var constraints chunked[Constraint]
	var unnamed []unnamedReference // foreign keys to tables the reader did not capture
	// waited: the step has follow-ups to run before the kind is complete.
	waited := func() bool { return len(unnamed) > 0 || !pending.none() }
	return []query{
		streamed[row]{file: "constraints.sql", use: func(r *reader, x *row) error {
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
				c.Definition = withIndexOptions(*x.Definition, index.options)
			} else if def, ok := r.buildConstraintDefinition(&x.constraintDefinitionRow, index, referenced); ok {
				c.Definition = withIndexOptions(def, index.options)
				pending.built++
			} else {
				pending.leave(x.OID, at)
				if index.options != "" {
					pendingOptions[at] = index.options
				}
			}
			r.register(pgConstraint, x.OID, 0, c.ID())
			constraints.add(c)
			return nil
		}, done: func(r *reader) error {
			r.cat.Constraints = constraints.appendTo(r.cat.Constraints)
			if !waited() { // complete: sort it while the reader reads on
				r.reportDeparse(pending)
				sortEarly(r, r.cat.Constraints)
			}
			return nil
		}},
		constraintReferenceQuery(&unnamed),
		definitionQuery("constraint_definitions.sql", pending,
			func(r *reader, at int, definition string) {
				r.cat.Constraints[at].Definition = withIndexOptions(definition, pendingOptions[at])
			},
			waited, func(r *reader) { sortEarly(r, r.cat.Constraints) }),
	}
}

// unnamedReference is a foreign key, at its place in Catalog.Constraints,
// whose referenced table (rel) the reader did not capture.
type unnamedReference struct {
	at  int
	rel uint32
}

// constraintReferenceQuery names the referenced tables of the foreign keys
// in *fks (see unnamedReference), with one query; none, when there are
// none.
func constraintReferenceQuery(fks *[]unnamedReference) query {
	type row struct {
		OID    uint32 `db:"oid"`
		Schema string `db:"schema"`
		Name   string `db:"name"`
	}
	names := map[uint32]QualifiedName{}
	return followUp[row]{file: "constraint_references.sql",
		args: func() []any {
			if len(*fks) == 0 {
				return nil
			}
			rels := make([]uint32, len(*fks))
			for i, fk := range *fks {
				rels[i] = fk.rel
			}
			return []any{rels}
		},
		use: func(r *reader, x *row) error {
			names[x.OID] = QualifiedName{Schema: x.Schema, Name: x.Name}
			return nil
		},
		done: func(r *reader) error {
			for _, fk := range *fks {
				if name, ok := names[fk.rel]; ok {
					r.cat.Constraints[fk.at].References = &name
				}
			}
			return nil
		}}
}
