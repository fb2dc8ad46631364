package strata

import (
	"encoding/binary"
	"fmt"
	"unsafe"
)

// String references (format version 6). A catalog repeats a few strings
// in each field many times over: the schema of every object listed in
// identity order, the table of every column, index and constraint, a
// column's type, an owner. Column-wise, each repeat is a string in the
// stream of its field. From version 6, a short string that repeats in a
// value stream is written out once, behind a mark that gives it the next
// number of its stream's dictionary, and referred to by that number
// afterwards:
//
//	refCode 0x00 string   the string, numbered (0, 1, 2... in its stream)
//	refCode uvarint(i+1)  string number i of the stream
//
// A string that does not repeat is written as before, unmarked, and costs
// a reader nothing: only the strings referred to are kept by number. The
// writer marks a string of at most maxSharedString bytes that occurs
// again in its stream when the references are shorter than the string
// by two bytes or more (what the mark costs), while the stream has
// numbered fewer than maxStreamStrings; a reference is then at most
// maxRefLength bytes. Only the top-level values of a value stream are
// marked or referred to.
//
// Measured on the 10,000-table bench catalogs (2026-12-08): the views
// profile's payload decompresses to 9.4 MB instead of 16.9 and compresses
// to 1.87 MB instead of 2.10 (27,979 strings marked, 657,769 references);
// the default profile's 7.1 MB instead of 12.5, 1.39 MB instead of 1.52.
// A reader looks each reference up by number instead of hashing and
// comparing the string.
//
// What the digest covers (the version 3 body) does not change: rebuilding
// the row-wise body (rebuildShaped) writes each referenced string out
// again.

// refCode starts a string reference: msgpack's one unused code.
const refCode = 0xc1

// maxStreamStrings bounds how many strings a stream numbers, and so what
// a reader keeps of it.
const maxStreamStrings = 1 << 16

// maxRefLength is the longest reference: refCode and a three-byte
// uvarint (numbers up to maxStreamStrings).
const maxRefLength = 4

// refLength is the length of a reference to string number i.
func refLength(i int) int {
	switch n := i + 1; {
	case n < 1<<7:
		return 2
	case n < 1<<14:
		return 3
	}
	return 4
}

// stringPayload returns the payload length of the msgpack string that v
// (one whole value) is, or -1 when v is not a string.
func stringPayload(v []byte) int {
	switch c := v[0]; {
	case c >= 0xa0 && c <= 0xbf:
		return len(v) - 1
	case c == 0xd9:
		return len(v) - 2
	case c == 0xda:
		return len(v) - 3
	case c == 0xdb:
		return len(v) - 5
	}
	return -1
}

// referable reports whether a string of payload n bytes may be numbered.
func referable(n int) bool { return n >= 1 && n <= maxSharedString }

// streamDictionary is a writer's dictionary of one stream, keyed by the
// strings' msgpack bytes (pointing into the body being transposed): the
// first pass counts each string's occurrences (a positive value), the
// second numbers those that repeat as it marks them (-1 - number).
//
// Most repeats follow the same string in their stream (the schema of
// objects in identity order, the table of a table's columns), so the
// last string is kept aside with what the map would say of it, and only a
// different string costs a look in the map. And some streams hardly
// repeat at all (the names of tables, indexes and constraints): a stream
// whose first probeStrings strings repeat fewer than one in 32 times is
// counted no further, and its later strings are written as they are
// (transposing the views bench catalog took 108-120 ms counting every
// stream, 74-101 ms so; 35-45 ms without references).
type streamDictionary struct {
	strings map[string]int32
	taken   int
	// last is the stream's last string, and lastValue its count not yet
	// added to the map (first pass) or its value in the map (second).
	last      string
	lastValue int32
	// seen counts the stream's strings in the current pass; those past
	// counted are written as they are.
	seen, counted int
}

// takeString is take for value node n's value body[start:t.pos] when
// strings are referred to, if the value is a string that may be: the
// first pass measures the stream and counts its strings, the second
// writes each one marked, as a reference or as it is. It reports false,
// having done nothing, for a value take copies as it is.
func (t *transposer) takeString(n *shapeNode, start int) bool {
	v := t.body[start:t.pos]
	if !referable(stringPayload(v)) {
		return false
	}
	dict := &t.dicts[n.index]
	dict.seen++
	if dict.seen > dict.counted {
		return false
	}
	key := unsafe.String(&v[0], len(v))
	if t.out == nil {
		t.lengths[n.index] += len(v)
		dict.count(key)
		return true
	}
	out := t.out[t.at[n.index]:]
	value := dict.lastValue
	if key != dict.last {
		value = dict.strings[key]
	}
	switch {
	case value < 0:
		out[0] = refCode
		t.at[n.index] += 1 + binary.PutUvarint(out[1:], uint64(-value))
		dict.last, dict.lastValue = key, value
		return true
	case value > 1 && dict.taken < maxStreamStrings && refLength(dict.taken)+2 <= len(v):
		// Its references save at least the mark's two bytes, so the
		// stream stays within what the first pass measured.
		value = int32(-1 - dict.taken)
		dict.strings[key] = value
		dict.taken++
		out[0], out[1] = refCode, 0
		t.at[n.index] += 2
		out = out[2:]
	}
	dict.last, dict.lastValue = key, value
	t.at[n.index] += copy(out, v)
	return true
}

// count counts key, the stream's seen-th string, in the first pass, and
// judges the stream once it has seen probeStrings.
func (d *streamDictionary) count(key string) {
	if key == d.last {
		d.lastValue++
	} else {
		d.flush()
		d.last, d.lastValue = key, 1
	}
	if d.seen == probeStrings {
		d.flush()
		if len(d.strings) > probeStrings-probeStrings/32 {
			d.counted = d.seen
		}
	}
}

// flush adds the first pass's count of the last string to the map, and
// forgets the last string.
func (d *streamDictionary) flush() {
	if d.last == "" {
		return
	}
	if d.strings == nil {
		d.strings = make(map[string]int32)
	}
	d.strings[d.last] += d.lastValue
	d.last, d.lastValue = "", 0
}

// secondPass readies d for the second pass, once the first has counted.
func (d *streamDictionary) secondPass() {
	d.flush()
	d.seen = 0
}

// compact closes the gaps that references left in out, whose streams lie
// at starts (each as long as its row-wise bytes, an upper bound) and end
// at t.at, and writes the shape and the streams' lengths at front. order
// is the stored nodes' indexes, in the order the shape lists them (-1 for
// a subtree left out). It returns the column-wise body.
func (t *transposer) compact(out []byte, front int, starts []int, kinds []uint64, order []int) []byte {
	prefix := binary.AppendUvarint(make([]byte, 0, 8*len(kinds)), uint64(len(kinds)))
	for _, k := range kinds {
		prefix = binary.AppendUvarint(prefix, k)
	}
	for _, i := range order {
		n := 0
		if i >= 0 {
			n = t.at[i] - starts[i]
		}
		prefix = binary.AppendUvarint(prefix, uint64(n))
	}
	// The prefix is no longer than the one the streams were placed
	// behind, and the streams only move towards the front.
	at := front + copy(out[front:], prefix)
	for i, start := range starts {
		at += copy(out[at:], out[start:t.at[i]])
	}
	return out[:at]
}

// refIndex reads the uvarint after a refCode: 0 for a marked string, i+1
// for a reference to string number i; -1 (with the error set) when it is
// damaged.
func (d *decoder) refIndex() int {
	x := 0
	for shift := 0; shift < 21; shift += 7 {
		b := d.next()
		if d.err != nil {
			return -1
		}
		x |= int(b&0x7f) << shift
		if b < 0x80 {
			return x
		}
	}
	d.fail("a string reference longer than %d bytes", maxRefLength)
	return -1
}

// ref reads what follows a refCode in the stream of node stream: a marked
// string, which it numbers, or a reference, whose string it returns.
func (c *stringCache) ref(d *decoder, stream int) string {
	i := d.refIndex()
	if i < 0 {
		return ""
	}
	st := &c.streams[stream]
	if i > 0 {
		if i > len(st.dict) {
			d.fail("a reference to string %d of a stream that has numbered %d", i-1, len(st.dict))
			return ""
		}
		return st.dict[i-1]
	}
	if !d.need(1) {
		return ""
	}
	if code := d.buf[d.pos]; code == refCode || code == 0xc0 {
		d.fail("a mark for a string before msgpack code 0x%02x", code)
		return ""
	}
	s := d.str()
	switch {
	case d.err != nil:
		return ""
	case !referable(len(s)):
		d.fail("a marked string of %d bytes", len(s))
		return ""
	case len(st.dict) >= maxStreamStrings:
		d.fail("a stream that numbers more than %d strings", maxStreamStrings)
		return ""
	}
	if len(st.dict) == cap(st.dict) {
		grown := max(16, 2*cap(st.dict))
		if !d.charge(int64(grown) * int64(unsafe.Sizeof(""))) {
			return ""
		}
		st.dict = append(make([]string, 0, grown), st.dict...)
	}
	st.dict = append(st.dict, s)
	return s
}

// joinValue appends the next value of value node n's stream to the
// rebuilt body: a marked string without its mark, a reference as the
// string it names.
func (j *joiner) joinValue(n *shapeNode) {
	s, start := j.streams[n.index], j.pos[n.index]
	if start >= len(s) || s[start] != refCode {
		if end := j.joinString(n, start, false); end >= 0 {
			j.pos[n.index] = end
		}
		return
	}
	i, w := binary.Uvarint(s[start+1:])
	dict := j.dicts[n.index]
	switch {
	case w <= 0 || w > maxRefLength-1:
		j.err = fmt.Errorf("%w: stream %d: a damaged string reference", errColumns, n.index)
	case i > uint64(len(dict)):
		j.err = fmt.Errorf("%w: stream %d: a reference to string %d of %d", errColumns, n.index, i-1, len(dict))
	case i == 0 && len(dict) >= maxStreamStrings:
		j.err = fmt.Errorf("%w: stream %d: more than %d strings numbered", errColumns, n.index, maxStreamStrings)
	}
	if j.err != nil {
		return
	}
	after := start + 1 + w
	if i > 0 {
		j.joinString(n, int(dict[i-1]), false) // read when it was numbered
		j.pos[n.index] = after
		return
	}
	if end := j.joinString(n, after, true); end >= 0 {
		j.dicts[n.index] = append(dict, uint32(after))
		j.pos[n.index] = end
	}
}

// joinString appends the value at from in value node n's stream, which
// must be a string that can be numbered if marked, and returns where it
// ends; -1 with the error set.
func (j *joiner) joinString(n *shapeNode, from int, marked bool) int {
	s := j.streams[n.index]
	end, err := skipValue(s, from, 0)
	switch {
	case err != nil:
	case marked && !referable(stringPayload(s[from:end])):
		err = fmt.Errorf("a marked value that is no string of 1 to %d bytes", maxSharedString)
	case len(j.out)+end-from > j.limit:
		err = fmt.Errorf("it rebuilds more than the %d bytes the header declares", j.limit)
	}
	if err != nil {
		j.err = fmt.Errorf("%w: stream %d: %v", errColumns, n.index, err)
		return -1
	}
	j.out = append(j.out, s[from:end]...)
	return end
}

// joinerDictionaryBound is the most the dictionaries of a rebuild of
// shape can hold, in bytes: a number (four bytes) for every four bytes of
// a value stream (a two-byte mark and a string of at least two), at most
// maxStreamStrings a stream.
func joinerDictionaryBound(shape *fileShape) int64 {
	var n int64
	for _, s := range shape.streams {
		n += int64(min(len(s)/4, maxStreamStrings))
	}
	return 4 * n
}
