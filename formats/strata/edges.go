package strata

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"github.com/pgstrata/pgstrata/snapshot"
)

// Dependency edges by number (format version 5). A catalog's edges name
// both their ends in full (kind, schema, table, name, arguments), and
// every end is an object the catalog holds: written out, the edges were
// the largest part of a compressed file after the objects themselves
// (7-16% of the corpus schemas, 20-29% of a generated one). Version 5
// stores the catalog without its edges, column-wise as version 4 does,
// and then the edges as numbers of their ends:
//
//	edges     uvarint count of segments, then per segment:
//	            uvarint length of a kind name, the name, uvarint count
//	          uvarint count of edges n, then
//	            n varints: each edge's From number minus the previous one's
//	            n uvarints: each edge's To number
//	            n times: uvarint length of the edge's Type, the Type
//
// The segments, kinds in name order, number the objects the edges reach:
// a segment of kind K with count m gives the next m numbers to the
// catalog's objects of kind K in identity order; columns (KindColumn) by
// relation in identity order, each relation's in stored order. A reader
// numbers the objects of its decoded catalog the same way and checks
// every count, so a file whose numbering it would read differently (a
// kind it does not know, an object too few) is refused rather than
// misread; and every end it builds is an object of the catalog, which
// Validate no longer has to look up.
//
// The digest still covers the version 3 body of the whole catalog. The
// reader rebuilds the body without edges, encodes the edges as version 3
// does, and hashes the pieces in the order the whole body has them
// (spliceDigest), without building that body.

// maxEdgeSegments bounds the segments of a file: one per kind.
const maxEdgeSegments = 256

// edgeNumbering numbers the objects that edges may reach: the objects of
// each kind in identity order, the kinds one after the other; those of
// kinds[i] have the numbers starts[i] to starts[i+1]-1, and lists[i] says
// where each is in the catalog. Columns are the most numerous objects and
// the fewest are reached by an edge, so they are not listed one by one: a
// column's number is found from its relation's place in relations, whose
// first column has number starts[column] plus the relation's columnStart.
type edgeNumbering struct {
	kinds     []snapshot.Kind
	starts    []int
	lists     []numberedList
	column    int // index of KindColumn in kinds, or -1
	relations []numberedRelation
}

// numberedList finds the objects of one kind, in identity order, in the
// catalog's list that holds them: the j-th is at place places[j], or at
// place j when places is nil (a list of that kind only, in identity
// order, as a sorted catalog has it). Places rather than identities: an
// identity is 80 bytes, and a large catalog's edges reach ~100,000
// objects.
type numberedList struct {
	list   snapshot.KindList
	places []int32
}

// id is the identity of the j-th object.
func (l numberedList) id(j int) snapshot.ObjectID {
	if l.places != nil {
		j = int(l.places[j])
	}
	return l.list.ID(j)
}

// numberedRelation is a table or view whose columns are numbered.
type numberedRelation struct {
	schema, name string
	columns      []snapshot.Column
	columnStart  int // within the column segment
}

// numberObjects numbers c's objects of the given kinds (distinct, in
// order), allocating its tables once at their size, which must fit in
// budget.
func numberObjects(c *snapshot.Catalog, kinds []snapshot.Kind, budget int64) (edgeNumbering, error) {
	n := edgeNumbering{kinds: kinds, starts: make([]int, len(kinds)+1), lists: make([]numberedList, len(kinds)),
		column: slices.Index(kinds, snapshot.KindColumn)}
	listed := 0
	for i, k := range kinds {
		count := 0
		if k == snapshot.KindColumn {
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
				c.EachIDOfKind(k, func(snapshot.ObjectID) { count++ })
			}
			listed += count
		}
		n.starts[i+1] = n.starts[i] + count
	}
	relations := 0
	if n.column >= 0 {
		relations = len(c.Tables) + len(c.Views)
	}
	if numberingCost(listed, relations) > budget {
		return edgeNumbering{}, fmt.Errorf("numbering %d objects for the edges: %w", n.starts[len(kinds)], errDecodeBudget)
	}
	for i, k := range kinds {
		switch {
		case k == snapshot.KindColumn:
			n.relations = numberedRelations(c)
		case n.count(i) > 0:
			n.lists[i].places = placesOfKind(n.lists[i].list, k)
		}
	}
	return n, nil
}

// placesOfKind returns the places of l's objects of kind k in identity
// order, or nil when that is every place in order.
func placesOfKind(l snapshot.KindList, k snapshot.Kind) []int32 {
	if !l.Mixed() && l.Sorted() {
		return nil
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
	return places
}

// numberingCost is what a numbering of this many listed objects and
// relations holds at most, in bytes, for the decoding budget.
func numberingCost(listed, relations int) int64 {
	return int64(listed)*int64(unsafe.Sizeof(int32(0))) +
		int64(relations)*int64(unsafe.Sizeof(numberedRelation{}))
}

// listed is how many objects the numbering lists by place.
func (n edgeNumbering) listed() int {
	listed := 0
	for _, l := range n.lists {
		listed += len(l.places)
	}
	return listed
}

// total is how many numbers there are.
func (n edgeNumbering) total() int { return n.starts[len(n.kinds)] }

// count is how many objects kinds[i] has.
func (n edgeNumbering) count(i int) int { return n.starts[i+1] - n.starts[i] }

// id returns the object numbered k, which must be below total.
func (n edgeNumbering) id(k int) snapshot.ObjectID {
	i := n.kindAt(k)
	if i != n.column {
		return n.lists[i].id(k - n.starts[i])
	}
	k -= n.starts[n.column]
	// The last relation whose columns start at or before k: relations
	// without columns share their start with the next one and are passed.
	r, _ := slices.BinarySearchFunc(n.relations, k+1, func(rel numberedRelation, target int) int {
		return cmp.Compare(rel.columnStart, target)
	})
	rel := &n.relations[r-1]
	return snapshot.ColumnID(rel.schema, rel.name, rel.columns[k-rel.columnStart].Name)
}

// kindAt returns the index of the kind of the object numbered k.
func (n edgeNumbering) kindAt(k int) int {
	// The last kind whose numbers start at or before k (kinds with no
	// objects share their start with the next one).
	i, _ := slices.BinarySearch(n.starts, k+1)
	return i - 1
}

// numberedRelations lists c's tables and views in identity order (by
// schema and name; a table before a view of the same name, which only a
// damaged catalog has), each with where its columns start: the columns are
// numbered by relation in that order, each relation's in stored order,
// which is the catalog's own (attribute number order) and so read back as
// written.
func numberedRelations(c *snapshot.Catalog) []numberedRelation {
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

// number returns id's number, and whether the numbering holds it.
func (n edgeNumbering) number(id snapshot.ObjectID) (int, bool) {
	i := slices.Index(n.kinds, id.Kind)
	if i < 0 {
		return 0, false
	}
	if i != n.column {
		l := n.lists[i]
		at, ok := sort.Find(n.count(i), func(j int) int { return id.Compare(l.id(j)) })
		return n.starts[i] + at, ok
	}
	// Columns: find the relation, then the column among its own.
	at, _ := slices.BinarySearchFunc(n.relations, id, func(rel numberedRelation, id snapshot.ObjectID) int {
		return cmp.Or(strings.Compare(rel.schema, id.Schema), strings.Compare(rel.name, id.Table))
	})
	for ; at < len(n.relations) && n.relations[at].schema == id.Schema && n.relations[at].name == id.Table; at++ {
		rel := &n.relations[at]
		for k, col := range rel.columns {
			if col.Name == id.Name && id == snapshot.ColumnID(rel.schema, rel.name, col.Name) {
				return n.starts[i] + rel.columnStart + k, true
			}
		}
	}
	return 0, false
}

// encodeEdges encodes c's edges by number. It reports false when an end
// is not one of c's objects (a catalog that Validate refuses), which
// version 5 cannot store.
func encodeEdges(c *snapshot.Catalog) ([]byte, bool) {
	seen := map[snapshot.Kind]bool{}
	for _, d := range c.Dependencies {
		seen[d.From.Kind], seen[d.To.Kind] = true, true
	}
	kinds := slices.Sorted(maps.Keys(seen))
	numbering, _ := numberObjects(c, kinds, math.MaxInt64) // no limit: cannot fail
	out := binary.AppendUvarint(nil, uint64(len(kinds)))
	for i, k := range kinds {
		out = binary.AppendUvarint(out, uint64(len(k)))
		out = append(out, k...)
		out = binary.AppendUvarint(out, uint64(numbering.count(i)))
	}
	out = binary.AppendUvarint(out, uint64(len(c.Dependencies)))
	tos := make([]int, len(c.Dependencies))
	previous := 0
	for i, d := range c.Dependencies {
		from, okFrom := previous, true
		// Edges are sorted by From: a run of them shares one lookup.
		if i == 0 || d.From != c.Dependencies[i-1].From {
			from, okFrom = numbering.number(d.From)
		}
		to, okTo := numbering.number(d.To)
		if !okFrom || !okTo {
			return nil, false
		}
		out = binary.AppendVarint(out, int64(from-previous))
		previous = from
		tos[i] = to
	}
	for _, to := range tos {
		out = binary.AppendUvarint(out, uint64(to))
	}
	for _, d := range c.Dependencies {
		out = binary.AppendUvarint(out, uint64(len(d.Type)))
		out = append(out, d.Type...)
	}
	return out, true
}

var errEdges = errors.New("the dependency edges are damaged")

// errNewerKind: the edges reach a kind of object this build does not
// know, which a newer build may have added to the model (an older reader
// skips the list that holds them).
var errNewerKind = errors.New("written by a newer pgstrata, or damaged")

// decodeEdges sets c's edges from their section, numbering c's objects
// as the writer did. budget bounds what it allocates.
func decodeEdges(c *snapshot.Catalog, section []byte, budget int64) error {
	r := &numberReader{buf: section, damaged: errEdges}
	kinds, counts, err := readSegments(r)
	if err != nil {
		return err
	}
	numbering, err := numberObjects(c, kinds, budget)
	if err != nil {
		return err
	}
	budget -= numberingCost(numbering.listed(), len(numbering.relations))
	for i, k := range kinds {
		if _, known := snapshot.InfoOf(k); !known && k != snapshot.KindColumn && counts[i] > 0 {
			return fmt.Errorf("%w: its dependency edges reach %d objects of kind %q, which this build does not know", errNewerKind, counts[i], printableKind(k))
		}
		if have := numbering.count(i); uint64(have) != counts[i] {
			return fmt.Errorf("%w: they number %d objects of kind %q, the catalog has %d", errEdges, counts[i], printableKind(k), have)
		}
	}
	n := r.uvarint()
	// Each edge takes at least three bytes: its two numbers and its Type's length.
	if r.err == nil && n > uint64(len(section)-r.pos)/3 {
		r.err = fmt.Errorf("%w: %d edges in %d bytes", errEdges, n, len(section)-r.pos)
	}
	if r.err != nil {
		return r.err
	}
	if cost := int64(n) * int64(unsafe.Sizeof(snapshot.Dependency{})); cost > budget {
		return fmt.Errorf("%d dependency edges: %w", n, errDecodeBudget)
	}
	edges, err := readEdges(r, numbering, int(n))
	if err != nil {
		return err
	}
	if r.pos != len(section) {
		return fmt.Errorf("%w: %d bytes after the last edge", errEdges, len(section)-r.pos)
	}
	c.Dependencies = edges
	return nil
}

// readSegments reads the kinds and counts that number the edges' ends.
func readSegments(r *numberReader) (kinds []snapshot.Kind, counts []uint64, err error) {
	segments := r.uvarint()
	if r.err == nil && segments > maxEdgeSegments {
		return nil, nil, fmt.Errorf("%w: %d segments", errEdges, segments)
	}
	for range segments {
		name := r.bytes(r.uvarint())
		count := r.uvarint()
		if r.err != nil {
			return nil, nil, r.err
		}
		kind := snapshot.Kind(name)
		if n := len(kinds); n > 0 && kinds[n-1] >= kind {
			return nil, nil, fmt.Errorf("%w: kind %q out of order", errEdges, printableKind(kind))
		}
		kinds = append(kinds, kind)
		counts = append(counts, count)
	}
	return kinds, counts, r.err
}

// readEdges reads n edges whose ends are numbers of numbering.
func readEdges(r *numberReader, numbering edgeNumbering, n int) ([]snapshot.Dependency, error) {
	if n == 0 {
		return nil, nil
	}
	edges := make([]snapshot.Dependency, n)
	total := int64(numbering.total())
	from, previous := int64(0), int64(-1)
	for i := range edges {
		from += r.varint()
		if r.err == nil && (from < 0 || from >= total) {
			r.err = fmt.Errorf("%w: edge %d starts at object %d of %d", errEdges, i, from, total)
		}
		if r.err != nil {
			return nil, r.err
		}
		if from == previous { // edges are sorted by From: runs share one
			edges[i].From = edges[i-1].From
		} else {
			edges[i].From = numbering.id(int(from))
		}
		previous = from
	}
	for i := range edges {
		to := r.uvarint()
		if r.err == nil && to >= uint64(total) {
			r.err = fmt.Errorf("%w: edge %d ends at object %d of %d", errEdges, i, to, total)
		}
		if r.err != nil {
			return nil, r.err
		}
		edges[i].To = numbering.id(int(to))
	}
	types := map[string]string{} // few distinct: share them, copied out of the section
	for i := range edges {
		b := r.bytes(r.uvarint())
		if r.err != nil {
			return nil, r.err
		}
		t, ok := types[string(b)]
		if !ok {
			t = string(b)
			types[t] = t
		}
		edges[i].Type = t
	}
	return edges, nil
}

// printableKind shortens a kind read from a damaged file for a message.
func printableKind(k snapshot.Kind) string {
	if len(k) > 40 {
		return string(k[:40]) + "..."
	}
	return string(k)
}

// dependenciesSlot is the index of Catalog.Dependencies among the
// Catalog's slots.
var dependenciesSlot = sync.OnceValues(func() (int, error) {
	root, err := modelShape()
	if err != nil {
		return 0, err
	}
	for i, slot := range root.children {
		if slot.name == "Catalog.Dependencies" {
			return i, nil
		}
	}
	return 0, errors.New("layout: Catalog has no Dependencies slot")
})

// spliceDigest returns the digest and length of the version 3 body of a
// catalog from the body of that catalog without its edges (bodyA, whose
// top-level slots end at slotEnds) and the edges: the whole body is
// bodyA with the Dependencies slot filled in, and, when that slot came
// after bodyA's last, the slots between them nil and the Catalog's array
// one longer.
func spliceDigest(bodyA []byte, slotEnds []int, edges []snapshot.Dependency) (string, int64, error) {
	k, err := dependenciesSlot()
	if err != nil {
		return "", 0, err
	}
	count, headerEnd, err := arrayHeader(bodyA, 0)
	switch {
	case err != nil:
		return "", 0, fmt.Errorf("%w: the catalog: %v", errEdges, err)
	case count != len(slotEnds):
		return "", 0, fmt.Errorf("%w: a catalog of %d slots where %d were rebuilt", errEdges, count, len(slotEnds))
	case count > k && !bytes.Equal(bodyA[slotStart(slotEnds, headerEnd, k):slotEnds[k]], []byte{0xc0}):
		return "", 0, fmt.Errorf("%w: the catalog holds edges of its own", errEdges)
	}
	if len(edges) == 0 {
		return bodyDigest(bodyA), int64(len(bodyA)), nil
	}
	hash := sha256.New()
	length := int64(0)
	write := func(b []byte) {
		hash.Write(b)
		length += int64(len(b))
	}
	e := &encoder{}
	e.arrayHeader(max(count, k+1))
	write(e.buf)
	write(bodyA[headerEnd:slotStart(slotEnds, headerEnd, min(count, k))])
	for range k - min(count, k) {
		write([]byte{0xc0})
	}
	e.buf = e.buf[:0]
	e.arrayHeader(len(edges))
	for i := range edges {
		encodeDependency(e, &edges[i])
		if len(e.buf) >= 64<<10 {
			write(e.buf)
			e.buf = e.buf[:0]
		}
	}
	write(e.buf)
	if count > k {
		write(bodyA[slotEnds[k]:])
	}
	return digestString(hash.Sum(nil)), length, nil
}

// slotStart is where slot i starts in a body whose Catalog array header
// ends at headerEnd.
func slotStart(slotEnds []int, headerEnd, i int) int {
	if i == 0 {
		return headerEnd
	}
	return slotEnds[i-1]
}
