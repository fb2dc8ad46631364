package snapshot

import (
	"cmp"
	"fmt"
	"iter"
	"math/bits"
	"slices"
	"strings"
)

// A catalog holds its dependency edges in one of two forms, and readers
// see one: DependencyCount, DependencyAt and AllDependencies answer for
// both.
//
//   - Dependencies, edges between identities: what the live reader builds,
//     what a catalog built by hand sets, and what code that changes edges
//     works on (after ExpandDependencies).
//   - numbered: each end a number of one of the catalog's own objects
//     (ObjectNumbering), as a snapshot file stores them. A decoded file
//     keeps them so: its edges are 12 bytes each instead of 176 (two
//     identities of 80 bytes and a type), which at 10,000 tables is 12 of
//     a catalog's 56 MB, and nothing is built for an edge that no one
//     asks about. The identities are built when asked for, from the
//     objects, so they cannot disagree with them.
//
// A numbered catalog's lists must not change while it is numbered: code
// that changes them (Sort, Filter, the planner's cross-major alignment)
// expands the edges first.

// numberedEdges are a catalog's edges by number (see above).
type numberedEdges struct {
	numbering ObjectNumbering
	from, to  []int32
	types     []string // the distinct Types
	typeOf    []uint8  // each edge's Type, by place in types
	lengths   []int    // each numbered list's length, to catch a change
}

// MaxDependencyTypes is how many distinct Types numbered edges may have
// (pg_depend's deptype is one letter; there are fewer than ten).
const MaxDependencyTypes = 256

// SetNumberedDependencies sets c's edges to the edges from[i] -> to[i]
// of type types[typeOf[i]], their ends numbers of n, which must number c
// (NumberObjects(c, …)). The edges must be in the order Sort gives them;
// the caller has checked every number and type index. Dependencies is
// cleared.
func (c *Catalog) SetNumberedDependencies(n ObjectNumbering, from, to []int32, types []string, typeOf []uint8) {
	if len(from) != len(to) || len(from) != len(typeOf) || len(types) > MaxDependencyTypes {
		panic("snapshot: SetNumberedDependencies: lists of different lengths")
	}
	e := &numberedEdges{numbering: n, from: from, to: to, types: types, typeOf: typeOf}
	for _, l := range n.lists {
		e.lengths = append(e.lengths, l.length())
	}
	c.Dependencies, c.numbered = nil, e
	if len(from) == 0 {
		c.numbered = nil
	}
}

// checkUnchanged panics when the lists e numbers changed length since:
// edges would name other objects than they were written for.
func (e *numberedEdges) checkUnchanged() {
	for i, l := range e.numbering.lists {
		if l.length() != e.lengths[i] {
			panic(fmt.Sprintf("snapshot: the %s list changed under numbered edges (ExpandDependencies first)", e.numbering.kinds[i]))
		}
	}
}

// length is the length of l's list; 0 for a kind without one (columns,
// a kind this build does not know).
func (l numberedList) length() int {
	if l.list.c == nil {
		return 0
	}
	return l.list.Len()
}

// at is edge i.
func (e *numberedEdges) at(i int) Dependency {
	return Dependency{From: e.numbering.ID(int(e.from[i])), To: e.numbering.ID(int(e.to[i])), Type: e.types[e.typeOf[i]]}
}

// DependencyCount is the number of dependency edges.
func (c *Catalog) DependencyCount() int {
	if c.numbered != nil {
		return len(c.numbered.from)
	}
	return len(c.Dependencies)
}

// DependencyAt returns edge i (below DependencyCount).
func (c *Catalog) DependencyAt(i int) Dependency {
	if c.numbered != nil {
		return c.numbered.at(i)
	}
	return c.Dependencies[i]
}

// AllDependencies yields each edge with its place, in order.
func (c *Catalog) AllDependencies() iter.Seq2[int, Dependency] {
	return func(yield func(int, Dependency) bool) {
		e := c.numbered
		if e == nil {
			for i, d := range c.Dependencies {
				if !yield(i, d) {
					return
				}
			}
			return
		}
		e.checkUnchanged()
		var from ObjectID
		previous := int32(-1)
		for i := range e.from {
			if e.from[i] != previous { // edges come in runs of one From
				previous = e.from[i]
				from = e.numbering.ID(int(previous))
			}
			if !yield(i, Dependency{From: from, To: e.numbering.ID(int(e.to[i])), Type: e.types[e.typeOf[i]]}) {
				return
			}
		}
	}
}

// DependencyEnds is one edge of a catalog read lazily: its type and its
// ends' kinds at once, each end's identity built when asked for, which for
// edges held by number costs a look into the catalog's lists. (The
// ordering passes over most edges at their first end: building both
// identities of every edge cost it more than reading the file had saved.)
type DependencyEnds struct {
	c *Catalog
	i int
}

// AllDependencyEnds yields each edge, in order, as DependencyEnds.
func (c *Catalog) AllDependencyEnds() iter.Seq[DependencyEnds] {
	return func(yield func(DependencyEnds) bool) {
		if c.numbered != nil {
			c.numbered.checkUnchanged()
		}
		for i := range c.DependencyCount() {
			if !yield(DependencyEnds{c, i}) {
				return
			}
		}
	}
}

// Type is the edge's type (pg_depend's deptype).
func (e DependencyEnds) Type() string {
	if n := e.c.numbered; n != nil {
		return n.types[n.typeOf[e.i]]
	}
	return e.c.Dependencies[e.i].Type
}

// FromKind is the kind of the edge's From.
func (e DependencyEnds) FromKind() Kind {
	if n := e.c.numbered; n != nil {
		return n.numbering.kinds[n.numbering.kindAt(int(n.from[e.i]))]
	}
	return e.c.Dependencies[e.i].From.Kind
}

// ToKind is the kind of the edge's To.
func (e DependencyEnds) ToKind() Kind {
	if n := e.c.numbered; n != nil {
		return n.numbering.kinds[n.numbering.kindAt(int(n.to[e.i]))]
	}
	return e.c.Dependencies[e.i].To.Kind
}

// From is the identity of the edge's From.
func (e DependencyEnds) From() ObjectID {
	if n := e.c.numbered; n != nil {
		return n.numbering.ID(int(n.from[e.i]))
	}
	return e.c.Dependencies[e.i].From
}

// To is the identity of the edge's To.
func (e DependencyEnds) To() ObjectID {
	if n := e.c.numbered; n != nil {
		return n.numbering.ID(int(n.to[e.i]))
	}
	return e.c.Dependencies[e.i].To
}

// ToNumber is the number of the edge's To among the catalog's numbered
// objects (below NumberedObjects), the same for every edge that reaches
// it: for remembering what was found out about an end. -1 when the edges
// are identities.
func (e DependencyEnds) ToNumber() int {
	if n := e.c.numbered; n != nil {
		return int(n.to[e.i])
	}
	return -1
}

// NumberedObjects is how many objects the edges' ends are numbered among:
// 0 when the edges are identities (see DependencyEnds.ToNumber).
func (c *Catalog) NumberedObjects() int {
	if c.numbered == nil {
		return 0
	}
	return c.numbered.numbering.Total()
}

// ExpandDependencies turns numbered edges into Dependencies, for code that
// changes the catalog's lists or its edges; a catalog whose edges are
// Dependencies already is left as it is.
func (c *Catalog) ExpandDependencies() {
	if c.numbered != nil {
		c.Dependencies, c.numbered = c.DependencyList(), nil
	}
}

// WithoutDependencies returns a shallow copy of c with no edges in either
// form: for writing a catalog's objects apart from its edges.
func (c *Catalog) WithoutDependencies() *Catalog {
	out := *c
	out.Dependencies, out.numbered = nil, nil
	return &out
}

// DependencyList returns the edges as identities: Dependencies, or for
// numbered edges a new list (c is not changed).
func (c *Catalog) DependencyList() []Dependency {
	if c.numbered == nil {
		return c.Dependencies
	}
	edges := make([]Dependency, 0, c.DependencyCount())
	for _, d := range c.AllDependencies() {
		edges = append(edges, d)
	}
	return edges
}

// DependenciesByTarget returns the places of the edges sorted by their To,
// ties in place order: for finding the edges that reach an object by
// binary search (see DependencyAt).
func (c *Catalog) DependenciesByTarget() []int32 {
	out := make([]int32, c.DependencyCount())
	for i := range out {
		out[i] = int32(i)
	}
	e := c.numbered
	if e == nil {
		slices.SortFunc(out, func(a, b int32) int {
			return cmp.Or(c.Dependencies[a].To.Compare(c.Dependencies[b].To), cmp.Compare(a, b))
		})
		return out
	}
	e.checkUnchanged()
	// Numbers are in identity order but for columns, which are numbered in
	// attribute order within their relation: ranked by name, they are too.
	// Each edge sorts as its target's rank and its place in one number.
	key := e.numbering.identityRanks()
	keyed := make([]uint64, len(out))
	for i, to := range e.to {
		keyed[i] = uint64(key(to))<<32 | uint64(i)
	}
	slices.Sort(keyed)
	for i, k := range keyed {
		out[i] = int32(uint32(k))
	}
	return out
}

// EachDependencyTarget calls fn with the number and identity of each
// object that an edge reaches, once each, in number order (see
// DependencyEnds.ToNumber): for finding something out about every target
// in one pass through the catalog's lists, in the order they are stored,
// rather than edge by edge in no order. It does nothing when the edges are
// identities (NumberedObjects is 0).
func (c *Catalog) EachDependencyTarget(fn func(number int, to ObjectID)) {
	e := c.numbered
	if e == nil {
		return
	}
	e.checkUnchanged()
	reached := make([]uint64, (e.numbering.Total()+63)/64)
	for _, to := range e.to {
		reached[to/64] |= 1 << (to % 64)
	}
	for w, word := range reached {
		for word != 0 {
			k := w*64 + bits.TrailingZeros64(word)
			word &= word - 1
			fn(k, e.numbering.ID(k))
		}
	}
}

// identityRanks returns a function that maps a number to a rank in
// identity order: the number itself, but for a column the start of its
// relation's columns plus its place among them by name.
func (n *ObjectNumbering) identityRanks() func(int32) int32 {
	if n.column < 0 || n.Count(n.column) == 0 {
		return func(k int32) int32 { return k }
	}
	start, end := int32(n.starts[n.column]), int32(n.starts[n.column+1])
	ranks := make([]int32, end-start)
	var byName []int32
	for _, rel := range n.relations {
		byName = byName[:0]
		for k := range rel.columns {
			byName = append(byName, int32(k))
		}
		slices.SortStableFunc(byName, func(a, b int32) int {
			return strings.Compare(rel.columns[a].Name, rel.columns[b].Name)
		})
		for rank, k := range byName {
			ranks[rel.columnStart+int(k)] = int32(rel.columnStart + rank)
		}
	}
	return func(k int32) int32 {
		if k >= start && k < end {
			return start + ranks[k-start]
		}
		return k
	}
}
