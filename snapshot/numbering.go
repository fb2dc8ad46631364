package snapshot

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unsafe"
)

// ObjectNumbering numbers the objects of some kinds of a catalog: the
// objects of each kind in identity order, the kinds one after the other
// in the order given (name order, as the strata edges have them); those
// of Kinds()[i] have the numbers Start(i) to Start(i+1)-1. Columns are
// numbered by relation (tables and views in identity order), each
// relation's in stored order (attribute number order), which a file reads
// back as written.
//
// A numbering refers to the catalog's lists by place, not by copies of the
// identities (an identity is 80 bytes, and a large catalog's edges reach
// ~100,000 objects): it answers for the catalog as it was numbered, and
// must not outlive a change to its lists.
type ObjectNumbering struct {
	kinds     []Kind
	starts    []int
	lists     []numberedList
	column    int // index of KindColumn in kinds, or -1
	relations []numberedRelation
	// columnRelation is, for each column by number (from the column
	// kind's start), the place of its relation in relations.
	columnRelation []int32
}

// numberedList finds the objects of one kind, in identity order, in the
// catalog's list that holds them: the j-th is at place places[j], or at
// place offset+j when places is nil (a sorted list, where the objects of
// one kind are a run of places; offset 0 when the list holds one kind).
type numberedList struct {
	list   KindList
	places []int32
	offset int
}

// id is the identity of the j-th object.
func (l numberedList) id(j int) ObjectID {
	if l.places != nil {
		j = int(l.places[j])
	} else {
		j += l.offset
	}
	return l.list.ID(j)
}

// numberedRelation is a table or view whose columns are numbered.
type numberedRelation struct {
	schema, name string
	columns      []Column
	columnStart  int // within the column kind's numbers
}

// NumberObjects numbers c's objects of kinds (distinct, in order). fits
// is told, before anything is allocated, the most the numbering will hold
// in bytes (see Cost); when it says no, NumberObjects returns false.
func NumberObjects(c *Catalog, kinds []Kind, fits func(bytes int64) bool) (ObjectNumbering, bool) {
	n := ObjectNumbering{kinds: kinds, starts: make([]int, len(kinds)+1), lists: make([]numberedList, len(kinds)),
		column: slices.Index(kinds, KindColumn)}
	listed := 0
	for i, k := range kinds {
		count := 0
		if k == KindColumn {
			for _, t := range c.Tables {
				count += len(t.Columns)
			}
			for _, v := range c.Views {
				count += len(v.Columns)
			}
		} else if l, ok := c.ListOf(k); ok {
			n.lists[i].list = l
			if count = l.Len(); l.Mixed() {
				count = 0
				c.EachIDOfKind(k, func(ObjectID) { count++ })
			}
			listed += count
		}
		n.starts[i+1] = n.starts[i] + count
	}
	relations, columns := 0, 0
	if n.column >= 0 {
		relations, columns = len(c.Tables)+len(c.Views), n.Count(n.column)
	}
	if !fits(numberingCost(listed, relations, columns)) {
		return ObjectNumbering{}, false
	}
	for i, k := range kinds {
		switch {
		case k == KindColumn:
			n.relations = numberedRelations(c)
			n.columnRelation = make([]int32, 0, columns)
			for r, rel := range n.relations {
				for range rel.columns {
					n.columnRelation = append(n.columnRelation, int32(r))
				}
			}
		case n.Count(i) > 0:
			n.lists[i].places, n.lists[i].offset = placesOfKind(n.lists[i].list, k)
		}
	}
	return n, true
}

// numberingCost is what a numbering of this many listed objects,
// relations and columns holds at most, in bytes.
func numberingCost(listed, relations, columns int) int64 {
	return int64(listed+columns)*int64(unsafe.Sizeof(int32(0))) +
		int64(relations)*int64(unsafe.Sizeof(numberedRelation{}))
}

// Cost is what the numbering holds, in bytes, as NumberObjects told fits.
func (n *ObjectNumbering) Cost() int64 {
	listed := 0
	for _, l := range n.lists {
		listed += len(l.places)
	}
	return numberingCost(listed, len(n.relations), len(n.columnRelation))
}

// placesOfKind returns the places of l's objects of kind k in identity
// order, or nil and the first place when they are the places from it on,
// in order: every place of a sorted list of one kind, a run of places in a
// sorted list of several (identity order is by kind first). Building and
// comparing the identity of every object of a mixed list (tables and
// foreign tables, views and materialized views) to list the places took
// a 100,000-table file 76 ms.
func placesOfKind(l KindList, k Kind) ([]int32, int) {
	if l.Sorted() {
		if !l.Mixed() {
			return nil, 0
		}
		return nil, sort.Search(l.Len(), func(j int) bool { return l.ID(j).Kind >= k })
	}
	var places []int32
	for j := range l.Len() {
		if l.ID(j).Kind == k {
			places = append(places, int32(j))
		}
	}
	byID := func(a, b int32) int { return l.ID(int(a)).Compare(l.ID(int(b))) }
	// Already so in a sorted catalog; a hand-built one is put in order.
	if !slices.IsSortedFunc(places, byID) {
		slices.SortFunc(places, byID)
	}
	return places, 0
}

// numberedRelations lists c's tables and views in identity order (by
// schema and name; a table before a view of the same name, which only a
// damaged catalog has), each with where its columns start.
func numberedRelations(c *Catalog) []numberedRelation {
	relations := make([]numberedRelation, 0, len(c.Tables)+len(c.Views))
	for _, t := range c.Tables {
		relations = append(relations, numberedRelation{schema: t.Schema, name: t.Name, columns: t.Columns})
	}
	tables := len(relations)
	for _, v := range c.Views {
		relations = append(relations, numberedRelation{schema: v.Schema, name: v.Name, columns: v.Columns})
	}
	byName := func(a, b numberedRelation) int {
		return cmp.Or(strings.Compare(a.schema, b.schema), strings.Compare(a.name, b.name))
	}
	// A sorted catalog has its tables in order and its views in order: one
	// merge puts them together. Anything else is sorted (stably, so that
	// equal names keep tables first).
	if slices.IsSortedFunc(relations[:tables], byName) && slices.IsSortedFunc(relations[tables:], byName) {
		mergeViews(relations, tables, byName)
	} else {
		slices.SortStableFunc(relations, byName)
	}
	start := 0
	for i := range relations {
		relations[i].columnStart = start
		start += len(relations[i].columns)
	}
	return relations
}

// mergeViews merges relations[:tables] and relations[tables:], each
// sorted, in place: backwards, from a copy of the second part (the views,
// fewer than the tables as a rule), a table first among equals.
func mergeViews(relations []numberedRelation, tables int, compare func(a, b numberedRelation) int) {
	views := slices.Clone(relations[tables:])
	i, j := tables-1, len(views)-1
	for k := len(relations) - 1; j >= 0; k-- {
		if i >= 0 && compare(relations[i], views[j]) > 0 {
			relations[k] = relations[i]
			i--
		} else {
			relations[k] = views[j]
			j--
		}
	}
}

// Kinds are the kinds numbered, in order.
func (n *ObjectNumbering) Kinds() []Kind { return n.kinds }

// Total is how many numbers there are.
func (n *ObjectNumbering) Total() int { return n.starts[len(n.kinds)] }

// Count is how many objects Kinds()[i] has.
func (n *ObjectNumbering) Count(i int) int { return n.starts[i+1] - n.starts[i] }

// ID returns the object numbered k, which must be below Total.
func (n *ObjectNumbering) ID(k int) ObjectID {
	i := n.kindAt(k)
	if i != n.column {
		return n.lists[i].id(k - n.starts[i])
	}
	rel, at := n.columnAt(k - n.starts[n.column])
	return ColumnID(rel.schema, rel.name, rel.columns[at].Name)
}

// columnAt returns the relation of the k-th column and the column's
// place among the relation's own.
func (n *ObjectNumbering) columnAt(k int) (*numberedRelation, int) {
	rel := &n.relations[n.columnRelation[k]]
	return rel, k - rel.columnStart
}

// kindAt returns the index of the kind of the object numbered k.
func (n *ObjectNumbering) kindAt(k int) int {
	// The last kind whose numbers start at or before k (kinds with no
	// objects share their start with the next one).
	i, _ := slices.BinarySearch(n.starts, k+1)
	return i - 1
}

// Number returns id's number, and whether the numbering holds it.
func (n *ObjectNumbering) Number(id ObjectID) (int, bool) {
	i := slices.Index(n.kinds, id.Kind)
	if i < 0 {
		return 0, false
	}
	_, number, found := n.locate(i, id, -1)
	return number, found
}

// locate finds id, of the kind Kinds()[i], among the objects of that
// kind, or for a column among the relations (then the column by name
// among the relation's own, which are stored in attribute order): by
// binary search when from is negative, else by galloping from place from
// (see gallop). It returns the place found and id's number.
func (n *ObjectNumbering) locate(i int, id ObjectID, from int) (place, number int, found bool) {
	look := func(count int, compare func(int) int) (int, bool) {
		if from < 0 {
			return searchPlaces(0, count, count, compare)
		}
		return gallop(from, count, compare)
	}
	if i != n.column {
		l := n.lists[i]
		place, found = look(n.Count(i), func(j int) int { return l.id(j).Compare(id) })
		return place, n.starts[i] + place, found
	}
	place, _ = look(len(n.relations), func(r int) int {
		rel := &n.relations[r]
		return cmp.Or(strings.Compare(rel.schema, id.Schema), strings.Compare(rel.name, id.Table))
	})
	// A damaged catalog may hold a table and a view of one name: the
	// column may be in either.
	for at := place; at < len(n.relations) && n.relations[at].schema == id.Schema && n.relations[at].name == id.Table; at++ {
		rel := &n.relations[at]
		for k, col := range rel.columns {
			if col.Name == id.Name && id == ColumnID(rel.schema, rel.name, col.Name) {
				return place, n.starts[i] + rel.columnStart + k, true
			}
		}
	}
	return place, 0, false
}
