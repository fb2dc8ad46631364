package strata

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"sync"

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

// encodeEdges encodes c's edges by number. It reports false when an end
// is not one of c's objects (a catalog that Validate refuses), which
// version 5 cannot store.
func encodeEdges(c *snapshot.Catalog) ([]byte, bool) {
	seen := map[snapshot.Kind]bool{}
	for _, d := range c.AllDependencies() {
		seen[d.From.Kind], seen[d.To.Kind] = true, true
	}
	kinds := slices.Sorted(maps.Keys(seen))
	numbering, _ := snapshot.NumberObjects(c, kinds, func(int64) bool { return true })
	out := binary.AppendUvarint(nil, uint64(len(kinds)))
	for i, k := range kinds {
		out = binary.AppendUvarint(out, uint64(len(k)))
		out = append(out, k...)
		out = binary.AppendUvarint(out, uint64(numbering.Count(i)))
	}
	n := c.DependencyCount()
	out = binary.AppendUvarint(out, uint64(n))
	tos := make([]int, n)
	types := make([]string, n)
	// The sources come in identity order (edges are sorted by From), and a
	// cursor finds each from the last (NumberCursor); the targets come in
	// no order, and sorting them first cost more than it saved.
	sources := numbering.Cursor()
	previous := 0
	var previousFrom snapshot.ObjectID
	for i, d := range c.AllDependencies() {
		from, okFrom := previous, true
		// A run of edges from one object shares one lookup.
		if i == 0 || d.From != previousFrom {
			from, okFrom = sources.Number(d.From)
		}
		to, okTo := numbering.Number(d.To)
		if !okFrom || !okTo {
			return nil, false
		}
		out = binary.AppendVarint(out, int64(from-previous))
		previous, previousFrom = from, d.From
		tos[i], types[i] = to, d.Type
	}
	for _, to := range tos {
		out = binary.AppendUvarint(out, uint64(to))
	}
	for _, t := range types {
		out = binary.AppendUvarint(out, uint64(len(t)))
		out = append(out, t...)
	}
	return out, true
}

var errEdges = errors.New("the dependency edges are damaged")

// errNewerKind: the edges reach a kind of object this build does not
// know, which a newer build may have added to the model (an older reader
// skips the list that holds them).
var errNewerKind = errors.New("written by a newer pgstrata, or damaged")

// decodeEdges sets c's edges from their section, numbering c's objects
// as the writer did; c keeps them by number (see
// snapshot.SetNumberedDependencies). budget bounds what it allocates.
func decodeEdges(c *snapshot.Catalog, section []byte, budget int64) error {
	r := &numberReader{buf: section, damaged: errEdges}
	kinds, counts, err := readSegments(r)
	if err != nil {
		return err
	}
	numbering, fits := snapshot.NumberObjects(c, kinds, func(cost int64) bool { return cost <= budget })
	if !fits {
		return fmt.Errorf("numbering the objects of %d kinds for the edges: %w", len(kinds), errDecodeBudget)
	}
	budget -= numbering.Cost()
	for i, k := range kinds {
		if _, known := snapshot.InfoOf(k); !known && k != snapshot.KindColumn && counts[i] > 0 {
			return fmt.Errorf("%w: its dependency edges reach %d objects of kind %q, which this build does not know", errNewerKind, counts[i], printableKind(k))
		}
		if have := numbering.Count(i); uint64(have) != counts[i] {
			return fmt.Errorf("%w: they number %d objects of kind %q, the catalog has %d", errEdges, counts[i], printableKind(k), have)
		}
	}
	if numbering.Total() > math.MaxInt32 {
		return fmt.Errorf("%w: %d objects to number", errEdges, numbering.Total())
	}
	n := r.uvarint()
	// Each edge takes at least three bytes: its two numbers and its Type's length.
	if r.err == nil && n > uint64(len(section)-r.pos)/3 {
		r.err = fmt.Errorf("%w: %d edges in %d bytes", errEdges, n, len(section)-r.pos)
	}
	if r.err != nil {
		return r.err
	}
	if cost := int64(n) * numberedEdgeSize; cost > budget {
		return fmt.Errorf("%d dependency edges: %w", n, errDecodeBudget)
	}
	edges, err := readEdges(r, numbering.Total(), int(n))
	if err != nil {
		return err
	}
	if r.pos != len(section) {
		return fmt.Errorf("%w: %d bytes after the last edge", errEdges, len(section)-r.pos)
	}
	c.SetNumberedDependencies(numbering, edges.from, edges.to, edges.types, edges.typeOf)
	return nil
}

// numberedEdgeSize is what an edge by number takes: two numbers and its
// type's place.
const numberedEdgeSize = 4 + 4 + 1

// numberedEdges are edges read by number (see decodeEdges).
type numberedEdges struct {
	from, to []int32
	types    []string
	typeOf   []uint8
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

// readEdges reads n edges whose ends are numbers below total.
func readEdges(r *numberReader, total, n int) (numberedEdges, error) {
	if n == 0 {
		return numberedEdges{}, nil
	}
	edges := numberedEdges{from: make([]int32, n), to: make([]int32, n), typeOf: make([]uint8, n)}
	from := int64(0)
	for i := range edges.from {
		from += r.varint()
		if r.err == nil && (from < 0 || from >= int64(total)) {
			r.err = fmt.Errorf("%w: edge %d starts at object %d of %d", errEdges, i, from, total)
		}
		if r.err != nil {
			return numberedEdges{}, r.err
		}
		edges.from[i] = int32(from)
	}
	for i := range edges.to {
		to := r.uvarint()
		if r.err == nil && to >= uint64(total) {
			r.err = fmt.Errorf("%w: edge %d ends at object %d of %d", errEdges, i, to, total)
		}
		if r.err != nil {
			return numberedEdges{}, r.err
		}
		edges.to[i] = int32(to)
	}
	places := map[string]uint8{} // few distinct: shared, copied out of the section
	for i := range edges.typeOf {
		b := r.bytes(r.uvarint())
		if r.err != nil {
			return numberedEdges{}, r.err
		}
		place, ok := places[string(b)]
		if !ok {
			if len(edges.types) == snapshot.MaxDependencyTypes {
				return numberedEdges{}, fmt.Errorf("%w: more than %d types of edge", errEdges, snapshot.MaxDependencyTypes)
			}
			place = uint8(len(edges.types))
			places[string(b)] = place
			edges.types = append(edges.types, string(b))
		}
		edges.typeOf[i] = place
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
func spliceDigest(bodyA []byte, slotEnds []int, c *snapshot.Catalog) (string, int64, error) {
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
	edges := c.DependencyCount()
	if edges == 0 {
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
	e.arrayHeader(edges)
	for _, d := range c.AllDependencies() {
		encodeDependency(e, &d)
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
