package strata

import (
	"errors"
	"fmt"
	"io"
	"math"
	"unsafe"
)

// The version 3 body is msgpack written and read by the code in
// codec_gen.go, which `go generate` derives from the model (see
// internal/codecgen): every struct is an array of its fields in the order
// layout.txt fixes, a zero field is nil, and trailing zero fields are left
// out. This file holds the primitives that generated code calls: an encoder
// that appends to one buffer, and a decoder that reads the body as it is
// decompressed, checking every length against the bytes left and every
// allocation against the memory budget before making it.

// encoder appends msgpack to buf. Integers take their shortest form, so
// that equal catalogs give equal bytes.
type encoder struct{ buf []byte }

// reserve makes room for n more bytes, doubling the buffer when it is
// full. append alone grows a large slice by a quarter at a time, which
// allocates about five times the final body (twenty-odd copies of a 23 MB
// body at 10,000 tables); doubling allocates at most twice it.
func (e *encoder) reserve(n int) {
	if cap(e.buf)-len(e.buf) >= n {
		return
	}
	grown := make([]byte, len(e.buf), max(2*cap(e.buf), len(e.buf)+n))
	copy(grown, e.buf)
	e.buf = grown
}

func (e *encoder) writeNil() {
	e.reserve(1)
	e.buf = append(e.buf, 0xc0)
}

func (e *encoder) arrayHeader(n int) {
	e.reserve(5)
	switch {
	case n < 16:
		e.buf = append(e.buf, 0x90|byte(n))
	case n <= math.MaxUint16:
		e.buf = append(e.buf, 0xdc, byte(n>>8), byte(n))
	default:
		e.buf = append(e.buf, 0xdd, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	}
}

// str writes s, or nil when s is empty: a field's zero value.
func (e *encoder) str(s string) {
	if s == "" {
		e.writeNil()
		return
	}
	e.strValue(s)
}

// strValue writes s even when empty: an element of a list, or the target
// of a pointer, where "" is a value of its own.
func (e *encoder) strValue(s string) {
	n := len(s)
	e.reserve(5 + n)
	switch {
	case n < 32:
		e.buf = append(e.buf, 0xa0|byte(n))
	case n <= math.MaxUint8:
		e.buf = append(e.buf, 0xd9, byte(n))
	case n <= math.MaxUint16:
		e.buf = append(e.buf, 0xda, byte(n>>8), byte(n))
	default:
		e.buf = append(e.buf, 0xdb, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	}
	e.buf = append(e.buf, s...)
}

// int writes i, or nil when it is zero.
func (e *encoder) int(i int64) {
	if i == 0 {
		e.writeNil()
		return
	}
	e.intValue(i)
}

func (e *encoder) intValue(i int64) {
	e.reserve(9)
	switch {
	case i >= 0 && i < 128:
		e.buf = append(e.buf, byte(i))
	case i < 0 && i >= -32:
		e.buf = append(e.buf, byte(i))
	case i >= 0 && i <= math.MaxUint8:
		e.buf = append(e.buf, 0xcc, byte(i))
	case i >= 0 && i <= math.MaxUint16:
		e.buf = append(e.buf, 0xcd, byte(i>>8), byte(i))
	case i >= 0 && i <= math.MaxUint32:
		e.buf = append(e.buf, 0xce, byte(i>>24), byte(i>>16), byte(i>>8), byte(i))
	case i > 0:
		e.buf = append(e.buf, 0xcf)
		for shift := 56; shift >= 0; shift -= 8 {
			e.buf = append(e.buf, byte(i>>shift))
		}
	case i >= math.MinInt8:
		e.buf = append(e.buf, 0xd0, byte(i))
	case i >= math.MinInt16:
		e.buf = append(e.buf, 0xd1, byte(i>>8), byte(i))
	case i >= math.MinInt32:
		e.buf = append(e.buf, 0xd2, byte(i>>24), byte(i>>16), byte(i>>8), byte(i))
	default:
		e.buf = append(e.buf, 0xd3)
		for shift := 56; shift >= 0; shift -= 8 {
			e.buf = append(e.buf, byte(i>>shift))
		}
	}
}

// bool writes true, or nil for false.
func (e *encoder) bool(b bool) {
	if b {
		e.reserve(1)
		e.buf = append(e.buf, 0xc3)
	} else {
		e.writeNil()
	}
}

// strings writes a list of strings, or nil when it is empty.
func (e *encoder) strings(s []string) {
	if len(s) == 0 {
		e.writeNil()
		return
	}
	e.arrayHeader(len(s))
	for _, v := range s {
		e.strValue(v)
	}
}

// encodeStructs writes a list of structs with encode, or nil when empty.
func encodeStructs[T any](e *encoder, s []T, encode func(*encoder, *T)) {
	if len(s) == 0 {
		e.writeNil()
		return
	}
	e.arrayHeader(len(s))
	for i := range s {
		encode(e, &s[i])
	}
}

// decoder reads a body as it is decompressed, through a small window:
// the body is never held whole, so padding that a forger adds for free (it
// compresses to nothing) costs the time to read it, not memory. Strings
// are copied into arena blocks, which are charged to the budget like
// everything else the catalog keeps. Its first error sticks: every later
// read returns a zero value, so generated code need not check errors, and
// loops stop early because header then returns 0.
type decoder struct {
	r        io.Reader // the rest of the body; nil once it has ended
	buf      []byte    // read ahead: buf[pos:end] is not consumed yet
	pos, end int
	consumed int64 // bytes consumed so far
	total    int64 // the body's declared length
	err      error
	readErr  error // what reading r failed with, other than its end
	budget   int64 // bytes that decoding may still allocate
	arena    []byte
	// inPlace is set when buf is the whole body, which the catalog may
	// keep: strings then point into it instead of being copied.
	inPlace bool
	// columns is set when the decoder reads a column-wise body straight
	// from its streams (column_decode.go); buf is then the stream of the
	// node being read.
	columns *columnCursor
	// shared, when set, shares the copies of short strings that repeat
	// (see stringCache).
	shared *stringCache
	// nested counts the containers that skip is inside: only values at
	// the top of a stream are numbered (string_refs.go).
	nested int
	// held is a field that still points into a stream (strView) until
	// its record ends: that stream's pages are not given back meanwhile
	// (switchTo). decodeIndexName holds an index's name so.
	held *string
}

// newDecoder decodes a body of total bytes (as declared) read from r,
// allocating at most budget bytes.
func newDecoder(r io.Reader, total, budget int64) *decoder {
	return &decoder{r: r, buf: make([]byte, 64<<10), total: total, budget: budget}
}

// errDecodeBudget is wrapped by the error of a body whose decoding would
// allocate more than the memory limit allows.
var errDecodeBudget = errors.New("over the memory budget")

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%s: %s", d.where(), fmt.Sprintf(format, args...))
	}
}

// where names the position of the next byte, for messages.
func (d *decoder) where() string {
	if d.columns != nil {
		return fmt.Sprintf("stream %d at byte %d", d.columns.node.index, d.consumed)
	}
	return fmt.Sprintf("at byte %d", d.consumed)
}

// left is how many bytes of the declared body are not consumed yet.
func (d *decoder) left() int64 { return d.total - d.consumed }

// need makes n bytes (n ≤ 9) available at buf[pos:], reading more of the
// body if needed; false (with err set) when the body ends first.
func (d *decoder) need(n int) bool {
	// The bytes are at hand for all but a streamed body's last bytes of
	// each read: this much inlines into every primitive that reads.
	if d.end-d.pos >= n && d.err == nil {
		return true
	}
	return d.fill(n)
}

// fill is need when buf[pos:] holds fewer than n bytes (or a read failed).
func (d *decoder) fill(n int) bool {
	if d.err != nil {
		return false
	}
	for d.end-d.pos < n {
		if d.r == nil {
			d.fail("the body ends inside a value")
			return false
		}
		if d.pos > 0 {
			d.end = copy(d.buf, d.buf[d.pos:d.end])
			d.pos = 0
		}
		m, err := d.r.Read(d.buf[d.end:])
		d.end += m
		if err != nil {
			if !errors.Is(err, io.EOF) {
				d.readErr = err
			}
			d.r = nil
		}
	}
	return true
}

// read copies len(p) bytes of the body into p.
func (d *decoder) read(p []byte) {
	for len(p) > 0 && d.need(1) {
		n := copy(p, d.buf[d.pos:d.end])
		d.pos += n
		d.consumed += int64(n)
		p = p[n:]
	}
}

// discard consumes n bytes without keeping them.
func (d *decoder) discard(n int64) {
	if n > d.left() {
		d.fail("a value of %d bytes runs past the end of the body", n)
		return
	}
	for n > 0 && d.need(1) {
		k := min(n, int64(d.end-d.pos))
		d.pos += int(k)
		d.consumed += k
		n -= k
	}
}

// next consumes and returns one type code; 0xc1 (never used) on error.
func (d *decoder) next() byte {
	if !d.need(1) {
		return 0xc1
	}
	c := d.buf[d.pos]
	d.pos++
	d.consumed++
	return c
}

// isNil consumes a nil if one is next.
func (d *decoder) isNil() bool {
	if d.need(1) && d.buf[d.pos] == 0xc0 {
		d.pos++
		d.consumed++
		return true
	}
	return false
}

// bigEndian consumes an unsigned big-endian integer of n bytes (n ≤ 8).
func (d *decoder) bigEndian(n int) uint64 {
	if !d.need(n) {
		return 0
	}
	var v uint64
	for _, c := range d.buf[d.pos : d.pos+n] {
		v = v<<8 | uint64(c)
	}
	d.pos += n
	d.consumed += int64(n)
	return v
}

// uintN consumes a length of n bytes (n ≤ 4).
func (d *decoder) uintN(n int) int64 { return int64(d.bigEndian(n)) }

// header reads the array header (nil is an empty array) of a list or
// struct (kind) and checks that the elements can be there: each takes at
// least one byte, so a short header cannot claim billions of them.
// Column-wise, it also returns the node of the shape that holds the
// header, whose children hold the elements or slots, which must be there
// too (see columnCursor.check). Row-wise, the node is nil.
func (d *decoder) header(kind int) (int, *shapeNode) {
	if d.isNil() {
		return 0, d.node()
	}
	var n int64
	switch c := d.next(); {
	case c >= 0x90 && c <= 0x9f:
		n = int64(c & 0x0f)
	case c == 0xdc:
		n = d.uintN(2)
	case c == 0xdd:
		n = d.uintN(4)
	default:
		d.badCode(c, "an array")
		return 0, d.node()
	}
	if d.columns != nil {
		return d.columns.check(d, kind, n)
	}
	if n > d.left() {
		d.fail("an array of %d elements in %d bytes", n, d.left())
		return 0, nil
	}
	return int(n), nil
}

// record reads the header of a struct: its slot count, and column-wise
// the node whose children hold the slots (see slot).
func (d *decoder) record() (int, *shapeNode) { return d.header(nodeRecord) }

// charge takes size bytes from the budget before they are allocated.
func (d *decoder) charge(size int64) bool {
	if d.err != nil {
		return false
	}
	if size > d.budget {
		d.err = fmt.Errorf("%s: %w", d.where(), errDecodeBudget)
		return false
	}
	d.budget -= size
	return true
}

func (d *decoder) badCode(c byte, want string) {
	if d.err == nil {
		d.consumed-- // name the code's own position
		d.fail("expected %s, found msgpack code 0x%02x", want, c)
	}
}

// arenaBlock is the size of the blocks strings are copied into; a longer
// string gets a block of its own.
const arenaBlock = 64 << 10

// str reads a string (nil is "") into the arena.
func (d *decoder) str() string {
	if d.isNil() {
		return ""
	}
	var n int64
	switch c := d.next(); {
	case c >= 0xa0 && c <= 0xbf:
		n = int64(c & 0x1f)
	case c == 0xd9:
		n = d.uintN(1)
	case c == 0xda:
		n = d.uintN(2)
	case c == 0xdb:
		n = d.uintN(4)
	case c == refCode && d.shared != nil && d.shared.refs() && d.err == nil:
		return d.shared.ref(d, d.columns.node.index)
	default:
		d.badCode(c, "a string")
		return ""
	}
	if n == 0 || d.err != nil {
		return ""
	}
	if n > d.left() {
		d.fail("a string of %d bytes runs past the end of the body", n)
		return ""
	}
	if d.inPlace {
		p := d.buf[d.pos : d.pos+int(n)] // n ≤ left, and buf holds all that is left
		d.pos += int(n)
		d.consumed += n
		return unsafe.String(&p[0], len(p))
	}
	if d.shared != nil && n <= maxSharedString {
		p := d.buf[d.pos : d.pos+int(n)] // shared is set column-wise, where buf is the whole stream
		d.pos += int(n)
		d.consumed += n
		return d.shared.share(d, p, d.columns.node.index)
	}
	p := d.arenaBytes(n)
	if p == nil {
		return ""
	}
	d.read(p)
	// The bytes are never written again: the arena only grows.
	return unsafe.String(&p[0], len(p))
}

// strView reads a plain string (not nil, not empty, not a reference)
// without copying it, when the decoder reads a column-wise body from its
// streams: the string then points into the stream, which lives only until
// the catalog is decoded, so the caller must copy it (or what it builds
// from it) before the record ends, and set held meanwhile if it reads
// other streams. Otherwise, or for any other value, it reads nothing and
// returns false.
func (d *decoder) strView() (string, bool) {
	if d.columns == nil || d.inPlace || d.err != nil || d.pos >= d.end {
		return "", false
	}
	if c := d.buf[d.pos]; !(c >= 0xa1 && c <= 0xbf || c >= 0xd9 && c <= 0xdb) {
		return "", false
	}
	end, err := skipValue(d.buf[:d.end], d.pos, 0)
	if err != nil {
		return "", false // str says what is wrong
	}
	v := d.buf[d.pos:end]
	n := stringPayload(v)
	if n < 1 {
		return "", false
	}
	d.consumed += int64(len(v))
	d.pos = end
	return unsafe.String(&v[len(v)-n], n), true
}

// keep returns s, or a copy of it in the arena if it is a view
// (strView).
func (d *decoder) keep(s string, view bool) string {
	if !view || s == "" {
		return s
	}
	return d.arenaString(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// arenaString returns a copy of p (not empty) in the arena; "" when over
// the budget.
func (d *decoder) arenaString(p []byte) string {
	b := d.arenaBytes(int64(len(p)))
	if b == nil {
		return ""
	}
	copy(b, p)
	// The bytes are never written again: the arena only grows.
	return unsafe.String(&b[0], len(b))
}

// arenaBytes returns n bytes of the arena (n > 0) to copy a string into,
// charged to the budget; nil when over it.
func (d *decoder) arenaBytes(n int64) []byte {
	if n > arenaBlock/4 {
		if !d.charge(n) {
			return nil
		}
		return make([]byte, n)
	}
	if int64(cap(d.arena)-len(d.arena)) < n {
		if !d.charge(arenaBlock) {
			return nil
		}
		d.arena = make([]byte, 0, arenaBlock)
	}
	p := d.arena[len(d.arena) : len(d.arena)+int(n)]
	d.arena = d.arena[:len(d.arena)+int(n)]
	return p
}

// integer reads any msgpack integer (nil is 0) that fits in int64.
func (d *decoder) integer() int64 {
	if d.isNil() {
		return 0
	}
	c := d.next()
	switch {
	case d.err != nil:
		return 0
	case c <= 0x7f:
		return int64(c)
	case c >= 0xe0:
		return int64(int8(c))
	}
	var size int
	signed := false
	switch c {
	case 0xcc, 0xcd, 0xce, 0xcf:
		size = 1 << (c - 0xcc)
	case 0xd0, 0xd1, 0xd2, 0xd3:
		size, signed = 1<<(c-0xd0), true
	default:
		d.badCode(c, "an integer")
		return 0
	}
	u := d.bigEndian(size)
	if d.err != nil {
		return 0
	}
	if !signed {
		if u > math.MaxInt64 {
			d.fail("integer %d out of range", u)
			return 0
		}
		return int64(u)
	}
	shift := 64 - 8*size
	return int64(u<<shift) >> shift
}

func (d *decoder) int() int {
	i := d.integer()
	if int64(int(i)) != i {
		d.fail("integer %d out of range", i)
		return 0
	}
	return int(i)
}

func (d *decoder) bool() bool {
	if d.isNil() {
		return false
	}
	switch c := d.next(); c {
	case 0xc2:
		return false
	case 0xc3:
		return true
	default:
		d.badCode(c, "a boolean")
		return false
	}
}

// strings reads a list of strings (nil is a nil list).
func (d *decoder) strings() []string {
	n, list := d.header(nodeList)
	if n == 0 || !d.charge(int64(n)*int64(unsafe.Sizeof(""))) {
		return nil
	}
	s := make([]string, n)
	d.valueElement(list) // all in one stream
	for i := range s {
		s[i] = d.str()
	}
	return s
}

// structs reads a list of structs with decode (nil is a nil list),
// charging the list's memory first.
func structs[T any](d *decoder, decode func(*decoder, *T)) []T {
	n, list := d.header(nodeList)
	var zero T
	if n == 0 || !d.charge(int64(n)*int64(unsafe.Sizeof(zero))) {
		return nil
	}
	s := make([]T, n)
	for i := range s {
		if d.err != nil {
			break
		}
		d.element(list)
		decode(d, &s[i])
	}
	return s
}

// pointer reads a value through a pointer: nil stays nil.
func pointer[T any](d *decoder, decode func(*decoder) T) *T {
	if d.isNil() {
		return nil
	}
	var zero T
	if !d.charge(int64(unsafe.Sizeof(zero))) {
		return nil
	}
	v := decode(d)
	return &v
}

// structPointer reads a struct through a pointer: nil stays nil.
func structPointer[T any](d *decoder, decode func(*decoder, *T)) *T {
	if d.isNil() {
		return nil
	}
	var zero T
	if !d.charge(int64(unsafe.Sizeof(zero))) {
		return nil
	}
	v := new(T)
	decode(d, v)
	return v
}

// maxSkipDepth bounds the nesting of a value that this build does not know
// (a field a newer writer added) and skips: skipping recurses.
const maxSkipDepth = 32

// skipFields skips the slots past those this build knows, from the
// (from+1)th to the nth, of the struct whose node is r (nil row-wise).
func (d *decoder) skipFields(r *shapeNode, from, n int) {
	for i := from; i < n && d.err == nil; i++ {
		d.slot(r, i)
		d.skip(0)
	}
}

// skip consumes one value of any type without keeping it.
func (d *decoder) skip(depth int) {
	if depth > maxSkipDepth {
		d.fail("values nested more than %d deep", maxSkipDepth)
		return
	}
	if d.columns != nil && d.columns.node.kind != nodeValue {
		d.skipShaped(depth)
		return
	}
	if d.nested == 0 && d.shared != nil && d.shared.refs() && d.need(1) && d.buf[d.pos] == refCode {
		// A marked string at the top of a value stream takes its number
		// even where this build skips its slot, and a reference is
		// checked (string_refs.go); elsewhere refCode is refused below.
		d.str()
		return
	}
	c := d.next()
	switch {
	case d.err != nil:
	case c <= 0x7f || c >= 0xe0 || c == 0xc0 || c == 0xc2 || c == 0xc3:
	case c >= 0xa0 && c <= 0xbf:
		d.discard(int64(c & 0x1f))
	case c >= 0x90 && c <= 0x9f:
		d.skipCounted(int64(c&0x0f), depth)
	case c >= 0x80 && c <= 0x8f:
		d.skipCounted(2*int64(c&0x0f), depth)
	default:
		d.skipSized(c, depth)
	}
}

// skipSized skips a value whose code is followed by a length or a fixed
// payload.
func (d *decoder) skipSized(c byte, depth int) {
	switch c {
	case 0xcc, 0xd0:
		d.discard(1)
	case 0xcd, 0xd1:
		d.discard(2)
	case 0xce, 0xd2, 0xca:
		d.discard(4)
	case 0xcf, 0xd3, 0xcb:
		d.discard(8)
	case 0xd9, 0xc4:
		d.discard(d.uintN(1))
	case 0xda, 0xc5:
		d.discard(d.uintN(2))
	case 0xdb, 0xc6:
		d.discard(d.uintN(4))
	case 0xdc:
		d.skipCounted(d.uintN(2), depth)
	case 0xdd:
		d.skipCounted(d.uintN(4), depth)
	case 0xde:
		d.skipCounted(2*d.uintN(2), depth)
	case 0xdf:
		d.skipCounted(2*d.uintN(4), depth)
	case 0xd4, 0xd5, 0xd6, 0xd7, 0xd8: // fixext 1, 2, 4, 8, 16 (+ type byte)
		d.discard(1 + 1<<(c-0xd4))
	case 0xc7:
		d.discard(1 + d.uintN(1))
	case 0xc8:
		d.discard(1 + d.uintN(2))
	case 0xc9:
		d.discard(1 + d.uintN(4))
	default:
		d.badCode(c, "a msgpack value")
	}
}

// skipCounted skips n values inside a container; each takes at least one
// byte, which bounds the loop by the body's length.
func (d *decoder) skipCounted(n int64, depth int) {
	if n > d.left() {
		d.fail("a container of %d values in %d bytes", n, d.left())
		return
	}
	d.nested++
	for range n {
		if d.err != nil {
			break
		}
		d.skip(depth + 1)
	}
	d.nested--
}
