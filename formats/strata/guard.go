package strata

import (
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/pgstrata/pgstrata/snapshot"
)

// This file vets msgpack data before msgpack.Unmarshal sees it. The library
// trusts the lengths it reads: it allocates a slice of whatever length an
// array header declares, and it recurses once per level of nesting when it
// skips unknown keys. A hostile body could therefore exhaust memory or the
// stack, which no recover can catch. checkShape walks the data once, without
// allocating, and refuses it unless
//
//   - every length fits in the bytes that remain (an array element or map
//     entry takes at least one byte), so nothing runs past the end;
//   - nesting stays within maxDepth (the model needs about 8);
//   - the slices the decoder will allocate, counted with the Go sizes of
//     their element types, fit within a budget.
//
// To know those sizes it follows the data with a shape: the Go type the
// decoder will fill, resolved the way msgpack resolves struct fields (field
// name or tag name, embedded structs inlined).

const maxDepth = 32

type shapeKind uint8

const (
	scalarShape shapeKind = iota // or unknown to the decoder: nothing allocated
	stringShape                  // a string field: may be a reference to an interned string
	internShape                  // a string field tagged intern: also enters the table
	sliceShape
	structShape
	pointerShape
)

type shape struct {
	kind   shapeKind
	elem   *shape // slice and pointer
	size   int64  // slice: bytes per element; pointer: bytes pointed to
	fields map[string]*shape
	// names lists the fields in msgpack's order, for structs encoded as
	// arrays (msgpack decodes those too), and ordered their shapes.
	names   []string
	ordered []*shape
	// pointee, parallel to names: for a field inlined from an embedded
	// pointer to a struct, the size of that struct, which the decoder
	// allocates when the first such field comes (msgpack inlines such
	// pointers: see columnWire); else 0. A struct embeds at most one such
	// pointer (addFields checks).
	pointee []int64
}

var (
	catalogShape = sync.OnceValue(func() *shape { return shapeOf(reflect.TypeFor[snapshot.Catalog]()) })
	headerShape  = sync.OnceValue(func() *shape { return shapeOf(reflect.TypeFor[Header]()) })
	// wireTypes maps a model type whose codec writes it as another type
	// would be written to that type: its shape is that type's.
	wireTypes = map[reflect.Type]reflect.Type{reflect.TypeFor[snapshot.Column](): reflect.TypeFor[columnWire]()}
	// maxElemSize is what an array costs per element where no slice type is
	// known to receive it: the largest element of any slice the decoder
	// could fill. It keeps the budget safe should the shapes here ever
	// disagree with msgpack's view of a type.
	maxElemSize = sync.OnceValue(func() int64 {
		seen := map[*shape]bool{}
		return max(largestElem(catalogShape(), seen), largestElem(headerShape(), seen))
	})
)

func shapeOf(t reflect.Type) *shape {
	return buildShape(t, map[reflect.Type]*shape{})
}

func buildShape(t reflect.Type, memo map[reflect.Type]*shape) *shape {
	if s, ok := memo[t]; ok {
		return s
	}
	s := &shape{}
	memo[t] = s // before recursing, for self-referential types
	switch t.Kind() {
	case reflect.Slice:
		s.kind, s.size = sliceShape, int64(t.Elem().Size())
		s.elem = buildShape(t.Elem(), memo)
	case reflect.Pointer:
		s.kind, s.size = pointerShape, int64(t.Elem().Size())
		s.elem = buildShape(t.Elem(), memo)
	case reflect.Struct:
		s.kind, s.fields = structShape, map[string]*shape{}
		if wire, ok := wireTypes[t]; ok {
			addFields(s, wire, memo)
		} else {
			addFields(s, t, memo)
		}
	case reflect.String:
		s.kind = stringShape
	}
	return s
}

// addFields mirrors msgpack v5's getFields: skip "-" and unexported fields,
// name a field by its tag or Go name, and inline an embedded struct (or
// pointer to one) unless one of its fields is already taken (then it is a
// field of its own). Fields inlined from an embedded pointer are marked with
// the size of its struct; one level of them is enough for the model.
func addFields(s *shape, t reflect.Type, memo map[reflect.Type]*shape) {
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("msgpack"), ",")
		if name == "-" || (f.PkgPath != "" && !f.Anonymous) {
			continue
		}
		if name == "" {
			name = f.Name
		}
		embedded, pointee := f.Type, int64(0)
		if embedded.Kind() == reflect.Pointer && embedded.Elem().Kind() == reflect.Struct {
			embedded, pointee = embedded.Elem(), int64(embedded.Elem().Size())
		}
		if f.Anonymous && !strings.Contains(opts, "noinline") && embedded.Kind() == reflect.Struct {
			inner := &shape{kind: structShape, fields: map[string]*shape{}}
			addFields(inner, embedded, memo)
			if pointee > 0 && (slices.ContainsFunc(s.pointee, isSet) || slices.ContainsFunc(inner.pointee, isSet)) {
				panic(fmt.Sprintf("strata: %s embeds more than one pointer to a struct; mapBody charges one", t))
			}
			if strings.Contains(opts, "inline") || !overlaps(s, inner) {
				for _, n := range inner.names {
					if _, taken := s.fields[n]; !taken {
						s.add(n, inner.fields[n])
						s.pointee[len(s.pointee)-1] = pointee
					}
				}
				continue
			}
		}
		if strings.Contains(opts, "intern") && f.Type.Kind() == reflect.String {
			s.add(name, internedString)
			continue
		}
		s.add(name, buildShape(f.Type, memo))
	}
}

func isSet(size int64) bool { return size > 0 }

// internedString is the shape of every string field tagged intern.
var internedString = &shape{kind: internShape}

// keyShape is how a struct key is walked: a string that may be a reference
// to an interned one.
var keyShape = &shape{kind: stringShape}

func (s *shape) add(name string, field *shape) {
	s.fields[name] = field
	s.names = append(s.names, name)
	s.ordered = append(s.ordered, field)
	s.pointee = append(s.pointee, 0)
}

func overlaps(s, inner *shape) bool {
	for n := range inner.fields {
		if _, ok := s.fields[n]; ok {
			return true
		}
	}
	return false
}

func largestElem(s *shape, seen map[*shape]bool) int64 {
	if s == nil || seen[s] {
		return 0
	}
	seen[s] = true
	m := int64(0)
	if s.kind == sliceShape || s.kind == pointerShape {
		m = s.size
	}
	m = max(m, largestElem(s.elem, seen))
	for _, f := range s.fields {
		m = max(m, largestElem(f, seen))
	}
	return m
}

// walker is the state of one checkShape pass.
type walker struct {
	data   []byte
	pos    int
	budget int64
	// interned mirrors the decoder's table of interned strings (model
	// fields tagged intern). Which strings enter it, and when, follows
	// msgpack v5's Decoder exactly: a plain string of 3 bytes or more
	// decoded into a field tagged intern, nothing else (not keys, not
	// values skipped as unknown). So a reference used as a struct key
	// resolves here to the field the decoder will fill. Entries are
	// [start, end) offsets into data.
	interned [][2]int
}

// internedStringExt is msgpack v5's extension type for a reference to an
// interned string (its internedStringExtID), and the limits of its table.
const (
	internedStringExt    = 0x80 // int8(math.MinInt8)
	minInternedStringLen = 3
	maxInternedStrings   = 1<<16 - 1
)

var errShort = errors.New("a value runs past the end of the data")

// checkShape vets data as the encoding of a value of shape s, charging
// allocations to budget, and returns where that value ends and how much of
// the budget it spent.
func checkShape(data []byte, s *shape, budget int64) (end int, spent int64, err error) {
	// The table of interned strings, at its largest, is 1 MiB: allocate it
	// once rather than grow it (a string takes at least 4 bytes of data).
	w := &walker{data: data, budget: budget, interned: make([][2]int, 0, min(maxInternedStrings, len(data)/4))}
	if err := w.value(s, 0); err != nil {
		return 0, 0, fmt.Errorf("at byte %d: %w", w.pos, err)
	}
	return w.pos, budget - w.budget, nil
}

func (w *walker) left() int { return len(w.data) - w.pos }

// uint reads a big-endian unsigned integer of size bytes.
func (w *walker) uint(size int) (int, error) {
	if w.left() < size {
		return 0, errShort
	}
	b := w.data[w.pos : w.pos+size]
	w.pos += size
	switch size {
	case 1:
		return int(b[0]), nil
	case 2:
		return int(binary.BigEndian.Uint16(b)), nil
	default:
		return int(binary.BigEndian.Uint32(b)), nil
	}
}

func (w *walker) skip(n int) error {
	if n < 0 || n > w.left() {
		return errShort
	}
	w.pos += n
	return nil
}

func (w *walker) charge(n int, size int64) error {
	if cost := int64(n) * size; cost > w.budget {
		return fmt.Errorf("an array of %d elements would need more memory than the data can justify", n)
	}
	w.budget -= int64(n) * size
	return nil
}

// value walks one msgpack value; s is nil where the decoder fills nothing.
func (w *walker) value(s *shape, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("values nested more than %d deep", maxDepth)
	}
	if w.left() < 1 {
		return errShort
	}
	c := w.data[w.pos]
	w.pos++
	for s != nil && s.kind == pointerShape {
		if c == 0xc0 { // nil: the pointer stays nil
			return nil
		}
		// The decoder allocates the pointee, then decodes this same value into it.
		if err := w.charge(1, s.size); err != nil {
			return err
		}
		s = s.elem
	}
	switch {
	case c <= 0x7f || c >= 0xe0: // positive and negative fixint
		return nil
	case c <= 0x8f:
		return w.mapBody(int(c&0x0f), s, depth)
	case c <= 0x9f:
		return w.array(int(c&0x0f), s, depth)
	case c <= 0xbf:
		return w.str(int(c&0x1f), s)
	}
	switch c {
	case 0xc0, 0xc2, 0xc3: // nil, false, true
		return nil
	case 0xc4, 0xd9, 0xc5, 0xda, 0xc6, 0xdb: // bin and str 8/16/32
		n, err := w.uint(lenSize(c))
		if err != nil {
			return err
		}
		return w.str(n, s)
	case 0xc7, 0xc8, 0xc9: // ext 8/16/32: length, type, data
		n, err := w.uint(1 << (c - 0xc7))
		if err != nil {
			return err
		}
		return w.skip(1 + n)
	case 0xca, 0xd2, 0xce: // float32, int32, uint32
		return w.skip(4)
	case 0xcb, 0xd3, 0xcf: // float64, int64, uint64
		return w.skip(8)
	case 0xcc, 0xd0: // uint8, int8
		return w.skip(1)
	case 0xcd, 0xd1: // uint16, int16
		return w.skip(2)
	case 0xd4, 0xd5, 0xd6, 0xd7, 0xd8: // fixext 1/2/4/8/16, after a type byte
		if s != nil && (s.kind == stringShape || s.kind == internShape) {
			_, err := w.reference(c)
			return err
		}
		return w.skip(1 + 1<<(c-0xd4))
	case 0xdc, 0xdd: // array 16/32
		n, err := w.uint(2 << (c - 0xdc))
		if err != nil {
			return err
		}
		return w.array(n, s, depth)
	case 0xde, 0xdf: // map 16/32
		n, err := w.uint(2 << (c - 0xde))
		if err != nil {
			return err
		}
		return w.mapBody(n, s, depth)
	}
	return fmt.Errorf("invalid msgpack code 0x%02x", c)
}

// lenSize is the size of the length field of a bin or str code.
func lenSize(c byte) int {
	switch c {
	case 0xc4, 0xd9:
		return 1
	case 0xc5, 0xda:
		return 2
	}
	return 4
}

func (w *walker) array(n int, s *shape, depth int) error {
	if n < 0 || n > w.left() {
		return fmt.Errorf("an array of %d elements in %d bytes", n, w.left())
	}
	var elems func(i int) *shape
	switch {
	case s != nil && s.kind == sliceShape:
		if err := w.charge(n, s.size); err != nil {
			return err
		}
		elems = func(int) *shape { return s.elem }
	case s != nil && s.kind == structShape && n == len(s.names):
		// msgpack accepts a struct encoded as an array of all its fields.
		elems = func(i int) *shape { return s.ordered[i] }
	default:
		// Decoded into nothing we know of: charge as for the costliest
		// slice, so a mistake in our shapes cannot open a hole.
		if err := w.charge(n, maxElemSize()); err != nil {
			return err
		}
		elems = func(int) *shape { return nil }
	}
	for i := range n {
		if err := w.value(elems(i), depth+1); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) mapBody(n int, s *shape, depth int) error {
	if n < 0 || n > w.left()/2 {
		return fmt.Errorf("a map of %d entries in %d bytes", n, w.left())
	}
	// Writers put a struct's keys in field order, so the next key is
	// usually a field soon after the last one: look there first, and
	// before it only when that fails (a key out of order, or unknown).
	next := 0
	charged := false // the pointee of fields inlined from a pointer
	for range n {
		key, err := w.key(depth)
		if err != nil {
			return err
		}
		var field *shape
		if s != nil && s.kind == structShape {
			i := fieldIndex(s.names, next, len(s.names), key)
			if i >= 0 {
				next = i + 1
			} else {
				i = fieldIndex(s.names, 0, next, key) // a key out of order, or unknown
			}
			if i >= 0 {
				field = s.ordered[i]
				if size := s.pointee[i]; size > 0 && !charged {
					if err := w.charge(1, size); err != nil {
						return err
					}
					charged = true
				}
			}
		}
		if err := w.value(field, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// fieldIndex returns the index of key in names[from:to], or -1.
func fieldIndex(names []string, from, to int, key []byte) int {
	for i := from; i < to; i++ {
		if names[i] == string(key) { // no allocation for a comparison
			return i
		}
	}
	return -1
}

// key walks a map key and returns its bytes if it is a string (or binary,
// or a reference to an interned string), as msgpack matches struct fields
// by string keys. A key is never interned, but may be a reference.
func (w *walker) key(depth int) ([]byte, error) {
	start := w.pos
	if err := w.value(keyShape, depth+1); err != nil {
		return nil, err
	}
	k := w.data[start:w.pos]
	switch c := k[0]; {
	case c >= 0xa0 && c <= 0xbf:
		return k[1:], nil
	case c == 0xc4 || c == 0xd9 || c == 0xc5 || c == 0xda || c == 0xc6 || c == 0xdb:
		return k[1+lenSize(c):], nil
	case c == 0xd4 || c == 0xd5 || c == 0xd6:
		w.pos = start + 1
		e, err := w.reference(c)
		if err != nil {
			return nil, err
		}
		return w.data[e[0]:e[1]], nil
	}
	return nil, nil
}

// str skips a string (or binary) of n bytes; when the decoder interns it
// (a field tagged intern) it also enters the table, as msgpack's
// decodeInternedStringWithLen does.
func (w *walker) str(n int, s *shape) error {
	start := w.pos
	if err := w.skip(n); err != nil {
		return err
	}
	if s != nil && s.kind == internShape && n >= minInternedStringLen && len(w.interned) < maxInternedStrings {
		w.interned = append(w.interned, [2]int{start, w.pos})
	}
	return nil
}

// reference reads the rest of a fixext 1, 2 or 4 where the decoder expects a
// string, which must be a reference to an interned string it already has.
func (w *walker) reference(c byte) ([2]int, error) {
	size := 1 << (c - 0xd4)
	if c > 0xd6 {
		return [2]int{}, fmt.Errorf("an extension of %d bytes where a string belongs", size)
	}
	typ, err := w.uint(1)
	if err != nil {
		return [2]int{}, err
	}
	if typ != internedStringExt {
		return [2]int{}, fmt.Errorf("extension type %d where a string belongs", int8(typ))
	}
	idx, err := w.uint(size)
	if err != nil {
		return [2]int{}, err
	}
	if idx >= len(w.interned) {
		return [2]int{}, fmt.Errorf("a reference to interned string %d of %d", idx, len(w.interned))
	}
	return w.interned[idx], nil
}
