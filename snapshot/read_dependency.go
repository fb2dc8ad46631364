package snapshot

// Dependencies: pg_depend resolved to edges between captured identities.
// The step comes last: both ends are found through the identities every
// other step registered.

// dependencyQueries resolves pg_depend to edges between identities. An
// end that was not captured (a system object, a toast table) drops the
// edge; a sub-object of an extension member (a column of an extension's
// table) resolves to the extension.
func dependencyQueries() []query {
	type row struct {
		ClassID    uint32 `db:"classid"`
		ObjID      uint32 `db:"objid"`
		SubID      int32  `db:"objsubid"`
		RefClassID uint32 `db:"refclassid"`
		RefObjID   uint32 `db:"refobjid"`
		RefSubID   int32  `db:"refobjsubid"`
		DepType    string `db:"deptype"`
	}
	// Duplicates (pg_depend has one row per column an object uses, which
	// may resolve to the same pair) are removed by Catalog.Sort.
	var edges chunked[Dependency]
	return []query{streamed[row]{file: "dependencies.sql", use: func(r *reader, x *row) error {
		from, ok := r.resolve(x.ClassID, x.ObjID, x.SubID)
		if !ok {
			return nil
		}
		to, ok := r.resolve(x.RefClassID, x.RefObjID, x.RefSubID)
		if !ok || from == to || implied(from, to, x.DepType) {
			return nil
		}
		edges.add(Dependency{From: from, To: to, Type: x.DepType})
		return nil
	}, done: func(r *reader) error {
		r.cat.Dependencies = edges.appendTo(r.cat.Dependencies)
		return nil
	}}}
}

// resolve finds the identity of a catalog row, falling back from a sub-object
// (column) to its whole object.
func (r *reader) resolve(classID, objID uint32, subID int32) (ObjectID, bool) {
	if id, ok := r.lookup(classID, objID, subID); ok {
		return id, true
	}
	if subID != 0 {
		return r.lookup(classID, objID, 0)
	}
	return ObjectID{}, false
}

// implied reports an edge that the identities or the model already state,
// so that storing it would only make files bigger:
//   - a sub-object's edge to its own relation (a partition key column's
//     internal edge to its table);
//   - an object's edge to its own schema (a default privilege's Schema is
//     the schema it applies in, not where it lives, so its edge is kept);
//   - an index's internal edge to the constraint it enforces
//     (Index.Constraint);
//   - a sequence's auto edge to the column that owns it (Sequence.OwnedBy);
//   - the auto edges of an index or constraint to the columns of its own
//     table that it covers (the diff orders an index or constraint after
//     every column of its table it adds, and rebuilds a relation's
//     sub-objects with it).
func implied(from, to ObjectID, depType string) bool {
	switch {
	case depType == "a" && to.Kind == KindColumn && (from.Kind == KindIndex ||
		from.Kind == KindConstraint && from.Schema == to.Schema && from.Table == to.Table):
		return true
	case from.Table != "" && from.Schema == to.Schema && from.Table == to.Name && to.Table == "":
		return true
	case to.Kind == KindSchema && from.Schema == to.Name && from.Kind != KindDefaultPrivilege:
		return true
	case from.Kind == KindIndex && to.Kind == KindConstraint && depType == "i":
		return true
	case from.Kind == KindSequence && to.Kind == KindColumn && depType == "a":
		return true
	}
	return false
}
