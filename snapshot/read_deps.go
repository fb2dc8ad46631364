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
	seen := map[[2]ObjectID]bool{}
	return r.query(ctx, "dependencies.sql", func(rows pgx.Rows) error {
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
		if !ok || from == to || isOwnRelation(from, to) {
			return nil
		}
		if seen[[2]ObjectID{from, to}] {
			return nil
		}
		seen[[2]ObjectID{from, to}] = true
		r.cat.Dependencies = append(r.cat.Dependencies, Dependency{From: from, To: to, Type: depType})
		return nil
	})
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
	return r.query(ctx, "not_modeled.sql", func(rows pgx.Rows) error {
		var c CatalogCount
		var n int64
		if err := rows.Scan(&c.Catalog, &n); err != nil {
			return err
		}
		c.Count = int(n)
		r.cat.NotModeled = append(r.cat.NotModeled, c)
		return nil
	})
}

// isOwnRelation reports an edge from a column (or other sub-object) to the
// relation it belongs to, such as a partition key column's internal edge to
// its table: the identity already says so.
func isOwnRelation(from, to ObjectID) bool {
	return from.Table != "" && from.Schema == to.Schema && from.Table == to.Name && to.Table == ""
}
