package snapshot

import "slices"

// TableColumn is a column found by Catalog.Find: the column with the
// relation (table, foreign table, view or materialized view) that holds
// it, so that it has an identity like every other Object.
type TableColumn struct {
	Schema, Table string
	Column
}

// ID returns the column's identity (KindColumn).
func (o TableColumn) ID() ObjectID { return ColumnID(o.Schema, o.Table, o.Column.Name) }

// Find returns the object with identity id, and whether the catalog holds
// one. Columns are found in their table or view (as a TableColumn).
// Renderers use it to show an object's definition on both sides of a plan.
//
// Every list of a catalog is in identity order once Sort has run (the
// reader and the file decoder both sort), so Find is a binary search with
// no index to build or keep in step; on a catalog built by hand and not
// sorted it may miss.
func (c *Catalog) Find(id ObjectID) (Object, bool) {
	if c == nil {
		return nil, false
	}
	if id.Kind == KindColumn {
		return c.findColumn(id)
	}
	for _, l := range catalogLists {
		if slices.Contains(l.kinds(), id.Kind) {
			return l.find(c, id)
		}
	}
	return nil, false
}

// findColumn looks the column up in its relation: the identity does not
// say whether that is a table or a view, so each list is tried (a table
// and a view cannot share a name in PostgreSQL, but a catalog built by
// hand may hold both).
func (c *Catalog) findColumn(id ObjectID) (Object, bool) {
	for _, kind := range []Kind{KindTable, KindForeignTable, KindView, KindMaterializedView} {
		rel, ok := c.Find(ObjectID{Kind: kind, Schema: id.Schema, Name: id.Table})
		if !ok {
			continue
		}
		var columns []Column
		switch r := rel.(type) {
		case Table:
			columns = r.Columns
		case View:
			columns = r.Columns
		}
		i := slices.IndexFunc(columns, func(col Column) bool { return col.Name == id.Name })
		if i < 0 {
			continue
		}
		return TableColumn{Schema: id.Schema, Table: id.Table, Column: columns[i]}, true
	}
	return nil, false
}

func (l list[T]) find(c *Catalog, id ObjectID) (Object, bool) {
	i, ok := l.search(c, id)
	if !ok {
		return nil, false
	}
	return (*l.of(c))[i], true
}

// search is the binary search of find and has: where id is or would be.
func (l list[T]) search(c *Catalog, id ObjectID) (int, bool) {
	return slices.BinarySearchFunc(*l.of(c), id, func(o T, id ObjectID) int { return o.ID().Compare(id) })
}

// seek is search for identities that come in ascending order, as the
// sources of sorted dependency edges do: it gallops from at, where the
// previous one was or would be, so that a run of lookups costs a few
// comparisons each rather than a binary search of the whole list. Every
// object before at must come before id.
func (l list[T]) seek(c *Catalog, id ObjectID, at int) (int, bool) {
	objects := *l.of(c)
	lo := min(max(at, 0), len(objects))
	hi, step := lo, 1
	for hi < len(objects) && objects[hi].ID().Compare(id) < 0 {
		lo = hi + 1
		hi += step
		step *= 2
	}
	i, ok := slices.BinarySearchFunc(objects[lo:min(hi+1, len(objects))], id, func(o T, id ObjectID) int { return o.ID().Compare(id) })
	return lo + i, ok
}

func (l list[T]) has(c *Catalog, id ObjectID) bool {
	_, ok := l.search(c, id)
	return ok
}

func (l list[T]) strictlySorted(c *Catalog) bool {
	objects := *l.of(c)
	for i := 1; i < len(objects); i++ {
		if objects[i-1].ID().Compare(objects[i].ID()) >= 0 {
			return false
		}
	}
	return true
}

// listOfKind is the list that holds each kind of top-level object.
var listOfKind = func() map[Kind]objectList {
	out := map[Kind]objectList{}
	for _, l := range catalogLists {
		for _, k := range l.kinds() {
			out[k] = l
		}
	}
	return out
}()
