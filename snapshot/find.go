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
// previous one was or would be (see gallop).
func (l list[T]) seek(c *Catalog, id ObjectID, at int) (int, bool) {
	objects := *l.of(c)
	return gallop(max(at, 0), len(objects), func(j int) int { return objects[j].ID().Compare(id) })
}

// gallop returns the first of count places whose compare is not below 0
// (count if none), and whether its compare is 0. It looks forward from
// from first, 1, 2, 4… places, then by binary search within the last
// step, so that lookups in ascending order cost a few comparisons each
// rather than a binary search of every place; a lookup behind from
// searches the places before it. compare must ascend over the places.
func gallop(from, count int, compare func(j int) int) (int, bool) {
	if from >= count || compare(from) > 0 {
		return searchPlaces(0, min(from, count), count, compare)
	}
	lo, step := from, 1 // compare(lo) <= 0
	for {
		hi := lo + step
		if hi >= count {
			return searchPlaces(lo, count, count, compare)
		}
		if compare(hi) >= 0 {
			return searchPlaces(lo, hi, count, compare)
		}
		lo, step = hi, step*2
	}
}

// searchPlaces is gallop's binary search of [lo, hi), the place hi
// known not to compare below 0 (or to be count).
func searchPlaces(lo, hi, count int, compare func(j int) int) (int, bool) {
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if compare(mid) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < count && compare(lo) == 0
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
