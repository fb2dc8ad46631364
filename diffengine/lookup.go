package diffengine

import (
	"slices"

	"github.com/pgstrata/pgstrata/snapshot"
)

// Looking objects up by identity. A catalog keeps each kind's objects
// sorted by identity (Catalog.Sort), so a binary search in the catalog's own
// slice answers "does it have X" without building anything: for a
// 10,000-table catalog, a set of every identity cost more to build (tens of
// milliseconds, tens of megabytes) than all the lookups a plan makes.
// Catalogs built by hand may be unsorted; they fall back to a linear scan.

// existsIn reports whether c has a top-level object (not a column) with
// this identity.
func (p *planner) existsIn(c *snapshot.Catalog, id snapshot.ObjectID) bool {
	k, ok := differByKind[id.Kind]
	return ok && k.has(p, c, id)
}

// differByKind maps each kind to the rules that list it. It is filled by
// init, not by an initializer: the rules' own functions look objects up, so
// an initializer would depend on the rules it lists.
var differByKind = map[snapshot.Kind]kindDiffer{}

func init() {
	for _, k := range kinds {
		for _, kind := range k.kinds() {
			differByKind[kind] = k
		}
	}
}

func (r *rules[T]) kinds() []snapshot.Kind {
	return append([]snapshot.Kind{r.objectKind}, r.extraKinds...)
}

func (r *rules[T]) has(p *planner, c *snapshot.Catalog, id snapshot.ObjectID) bool {
	_, ok := findByID(p, c, r.objectKind, r.list(c), id)
	return ok
}

// findByID finds the object with this identity in list, c's objects of
// kind.
func findByID[T snapshot.Object](p *planner, c *snapshot.Catalog, kind snapshot.Kind, list []T, id snapshot.ObjectID) (T, bool) {
	if !p.sortedByID(c, kind, func() bool {
		return slices.IsSortedFunc(list, func(a, b T) int { return a.ID().Compare(b.ID()) })
	}) {
		i := slices.IndexFunc(list, func(o T) bool { return o.ID() == id })
		if i < 0 {
			var zero T
			return zero, false
		}
		return list[i], true
	}
	i, found := slices.BinarySearchFunc(list, id, func(o T, id snapshot.ObjectID) int { return o.ID().Compare(id) })
	if !found {
		var zero T
		return zero, false
	}
	return list[i], true
}

// sortedByID reports, computing it once per catalog and kind, whether the
// catalog's list of that kind is in identity order.
func (p *planner) sortedByID(c *snapshot.Catalog, kind snapshot.Kind, check func() bool) bool {
	key := sortedKey{c, kind}
	sorted, ok := p.sorted[key]
	if !ok {
		sorted = check()
		if p.sorted == nil {
			p.sorted = map[sortedKey]bool{}
		}
		p.sorted[key] = sorted
	}
	return sorted
}

type sortedKey struct {
	catalog *snapshot.Catalog
	kind    snapshot.Kind
}
