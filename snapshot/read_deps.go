package snapshot

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// readDependencies resolves pg_depend to edges between identities. An end
// that was not captured (a system object, a toast table) drops the edge; a
// sub-object of an extension member (a column of an extension's table)
// resolves to the extension.
func readDependencies(ctx context.Context, r *reader) error {
	// Duplicates (pg_depend has one row per column an object uses, which
	// may resolve to the same pair) are removed by Catalog.Sort.
	var edges chunked[Dependency]
	err := r.query(ctx, "dependencies.sql", func(rows pgx.Rows) error {
		var classID, objID, refClassID, refObjID uint32
		var subID, refSubID int32
		var depType string
		if err := rows.Scan(&classID, &objID, &subID, &refClassID, &refObjID, &refSubID, &depType); err != nil {
			return err
		}
		from, ok := r.resolve(classID, objID, subID)
		if !ok {
			return nil
		}
		to, ok := r.resolve(refClassID, refObjID, refSubID)
		if !ok || from == to || implied(from, to, depType) {
			return nil
		}
		edges.add(Dependency{From: from, To: to, Type: depType})
		return nil
	})
	r.cat.Dependencies = edges.appendTo(r.cat.Dependencies)
	return err
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

func readNotModeled(ctx context.Context, r *reader) error {
	return readCounts(ctx, r, "not_modeled.sql", &r.cat.NotModeled)
}

// readCounts appends the (catalog, count) rows of the named query to into.
func readCounts(ctx context.Context, r *reader, name string, into *[]CatalogCount) error {
	return r.query(ctx, name, func(rows pgx.Rows) error {
		var c CatalogCount
		var n int64
		if err := rows.Scan(&c.Catalog, &n); err != nil {
			return err
		}
		c.Count = int(n)
		*into = append(*into, c)
		return nil
	})
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
