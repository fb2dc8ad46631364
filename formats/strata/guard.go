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
	// headerWireShape is the header's shape from format version 7.
	headerWireShape = sync.OnceValue(func() *shape { return shapeOf(reflect.TypeFor[headerWire]()) })
	// wireTypes maps a model type whose codec writes it as another type
	// would be written to that type: its shape is that type's.
	wireTypes = map[reflect.Type]reflect.Type{reflect.TypeFor[snapshot.Column](): reflect.TypeFor[columnWire]()}
	// maxElemSize is what an array costs per element where no slice type is
	// known to receive it: the largest element of any slice the decoder
	// could fill. It keeps the budget safe should the shapes here ever
	// disagree with msgpack's view of a type.
	maxElemSize = sync.OnceValue(func() int64 {
		seen := map[*shape]bool{}
		return max(largestElem(catalogShape(), seen), largestElem(headerShape(), seen), largestElem(headerWireShape(), seen))
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
	src    *source
	budget int64
	// interned mirrors the decoder's table of interned strings (model
	// fields tagged intern). Which strings enter it, and when, follows
	// msgpack v5's Decoder exactly: a plain string of 3 bytes or more
	// decoded into a field tagged intern, nothing else (not keys, not
	// values skipped as unknown). So a reference used as a struct key
	// resolves here to the field the decoder will fill. Entries are
	// [start, end) offsets into arena, which keeps strings of up to
	// maxKeyLength bytes (longer ones cannot name a field: their entry is
	// longString).
	interned [][2]int32
	arena    []byte
	// longest is the longest string read: msgpack's decoder reads every
	// string, even one it skips, through one buffer that grows to it.
	longest int64
}

// longString is the interned entry of a string too long to be a key.
var longString = [2]int32{-1, -1}

// internedStringExt is msgpack v5's extension type for a reference to an
// interned string (its internedStringExtID), and the limits of its table.
const (
	internedStringExt    = 0x80 // int8(math.MinInt8)
	minInternedStringLen = 3
	maxInternedStrings   = 1<<16 - 1
)

var errShort = errors.New("a value runs past the end of the data")

// errBudget is wrapped by the error of a value that would need more memory
// than the budget allows; checkShape's error then says where.
var errBudget = errors.New("the memory limit is reached")

// checkShape vets the data src holds as the encoding of a value of shape s,
// charging what decoding it will allocate to budget, and returns where that
// value ends and how much of the budget it spent.
//
// What is charged is what the decoder allocates for the value, element by
// element: a slice's length times its element size, every pointee, every
// string it keeps, and once the longest string read (its read buffer).
// Values the decoder skips (unknown keys) cost nothing but that buffer. So
// the cost follows what the data describes, not its length: padding is
// free and so is its memory, and a slice of one-byte elements costs what
// its elements will take.
func checkShape(src *source, s *shape, budget int64) (end int64, spent int64, err error) {
	// The table of interned strings is allocated once rather than grown (a
	// string takes at least 4 bytes of data).
	w := &walker{src: src, budget: budget, interned: make([][2]int32, 0, min(maxInternedStrings, src.total/4))}
	if err := w.value(s, 0); err != nil {
		return 0, 0, fmt.Errorf("at byte %d: %w", w.src.consumed, err)
	}
	if err := w.charge(2, w.longest); err != nil { // a buffer grown to it by appending
		return 0, 0, fmt.Errorf("at byte %d: %w", w.src.consumed, err)
	}
	return w.src.consumed, budget - w.budget, nil
}

func (w *walker) left() int64 { return w.src.left() }

// uint reads a big-endian unsigned integer of size bytes.
func (w *walker) uint(size int) (int, error) {
	b, err := w.src.next(size)
	if err != nil {
		return 0, err
	}
	switch size {
	case 1:
		return int(b[0]), nil
	case 2:
		return int(binary.BigEndian.Uint16(b)), nil
	default:
		return int(binary.BigEndian.Uint32(b)), nil
	}
}

func (w *walker) skip(n int) error { return w.src.skip(int64(n)) }

func (w *walker) charge(n int, size int64) error {
	if cost := int64(n) * size; cost > w.budget {
		return errBudget
	}
	w.budget -= int64(n) * size
	return nil
}

// value walks one msgpack value; s is nil where the decoder fills nothing
// this package knows of, and skipped where it skips the value (an unknown
// key, and everything inside it).
func (w *walker) value(s *shape, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("values nested more than %d deep", maxDepth)
	}
	b, err := w.src.next(1)
	if err != nil {
		return err
	}
	c := b[0]
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
		w.longest = max(w.longest, int64(n)) // read through the same buffer
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
	if n < 0 || int64(n) > w.left() {
		return fmt.Errorf("an array of %d elements in %d bytes", n, w.left())
	}
	var elems func(i int) *shape
	switch {
	case s == skipped:
		// msgpack skips it element by element, allocating nothing.
		elems = func(int) *shape { return skipped }
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

// skipped is the shape of a value the decoder skips: an unknown key's, as
// written by a newer pgstrata (or a forger), and everything inside it.
var skipped = &shape{kind: scalarShape}

func (w *walker) mapBody(n int, s *shape, depth int) error {
	if n < 0 || int64(n) > w.left()/2 {
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
		switch {
		case s == skipped:
			field = skipped
		case s != nil && s.kind == structShape:
			field = skipped
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
// or a reference to an interned string) short enough to name a field, as
// msgpack matches struct fields by string keys. A key is never interned,
// but may be a reference. The bytes are valid until the next read.
func (w *walker) key(depth int) ([]byte, error) {
	b, err := w.src.peek(1)
	if err != nil {
		return nil, err
	}
	var n int
	switch c := b[0]; {
	case c >= 0xa0 && c <= 0xbf:
		n = int(c & 0x1f)
		w.src.next(1)
	case c == 0xc4 || c == 0xd9 || c == 0xc5 || c == 0xda || c == 0xc6 || c == 0xdb:
		w.src.next(1)
		if n, err = w.uint(lenSize(c)); err != nil {
			return nil, err
		}
	case c == 0xd4 || c == 0xd5 || c == 0xd6:
		w.src.next(1)
		e, err := w.reference(c)
		if err != nil || e == longString {
			return nil, err
		}
		return w.arena[e[0]:e[1]], nil
	default:
		return nil, w.value(keyShape, depth+1)
	}
	w.longest = max(w.longest, int64(n))
	if n > maxKeyLength {
		// No field is named so: the decoder reads it as a string of its
		// own (decodeKey), and skips its value.
		if err := w.charge(1, int64(n)); err != nil {
			return nil, err
		}
		return nil, w.skip(n)
	}
	return w.src.next(n)
}

// str skips a string (or binary) of n bytes, charging it where the decoder
// keeps it; when the decoder interns it (a field tagged intern) it also
// enters the table, as msgpack's decodeInternedStringWithLen does.
func (w *walker) str(n int, s *shape) error {
	w.longest = max(w.longest, int64(n))
	if s == nil || s.kind != stringShape && s.kind != internShape {
		return w.skip(n)
	}
	if err := w.charge(1, int64(n)); err != nil {
		return err
	}
	if s.kind != internShape || n < minInternedStringLen || len(w.interned) >= maxInternedStrings {
		return w.skip(n)
	}
	if n > maxKeyLength {
		w.interned = append(w.interned, longString)
		return w.skip(n)
	}
	b, err := w.src.next(n)
	if err != nil {
		return err
	}
	w.interned = append(w.interned, [2]int32{int32(len(w.arena)), int32(len(w.arena) + n)})
	w.arena = append(w.arena, b...)
	return nil
}

// reference reads the rest of a fixext 1, 2 or 4 where the decoder expects a
// string, which must be a reference to an interned string it already has.
func (w *walker) reference(c byte) ([2]int32, error) {
	size := 1 << (c - 0xd4)
	if c > 0xd6 {
		return [2]int32{}, fmt.Errorf("an extension of %d bytes where a string belongs", size)
	}
	typ, err := w.uint(1)
	if err != nil {
		return [2]int32{}, err
	}
	if typ != internedStringExt {
		return [2]int32{}, fmt.Errorf("extension type %d where a string belongs", int8(typ))
	}
	idx, err := w.uint(size)
	if err != nil {
		return [2]int32{}, err
	}
	if idx >= len(w.interned) {
		return [2]int32{}, fmt.Errorf("a reference to interned string %d of %d", idx, len(w.interned))
	}
	return w.interned[idx], nil
}
