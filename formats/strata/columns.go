package strata

import (
	"bufio"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
)

// Column-wise bodies (format version 4). A catalog body lists its objects
// one after the other, each with all its fields: a table's name, then its
// owner, its columns (each with name, type, default, ...), then the next
// table. zstd finds repeats within its window, but the repeats of a catalog
// are between values of one field: column types, owners, "public", the
// array headers of structs of one kind. Before compression, the body is
// therefore transposed: every field of the model (a node of the shape, a
// path such as Catalog.Tables[].Columns[].Type) gets a stream of its own
// that holds the values of that field in body order, and the streams are
// stored one after the other. The transposition only moves msgpack values
// around, byte for byte, so the row-wise body (what the digest covers, and
// what the decoder reads) is rebuilt exactly.
//
// The column-wise body:
//
//	shape     uvarint count of nodes, then per node in preorder one uvarint:
//	          0 for a value, 1 for a list (its element node follows), and
//	          2+n for a struct of n slots (its n slot nodes follow)
//	lengths   per node in preorder, uvarint length of its stream
//	streams   the streams, in preorder
//
// A struct's stream holds its array headers (or nil for a zero struct), a
// list's its array headers, a value's the values. The reader rebuilds from
// the shape in the file, not from its own layout: a file from a newer
// build with more slots is rebuilt whole, and the decoder skips what it
// does not know as it always has.

//go:embed layout.txt
var layoutText string

// Node kinds of a shape.
const (
	nodeValue  = 0
	nodeList   = 1
	nodeRecord = 2 // 2+n: a struct of n slots
)

// maxColumnsPrefix bounds the shape and stream lengths before the streams
// of a column-wise body: two uvarints of at most 3 bytes for each of at
// most maxShapeNodes nodes, and the count. The streams together are as
// long as the row-wise body.
const maxColumnsPrefix = 6*maxShapeNodes + 8

// Limits on a shape read from a file: the model's is a few hundred nodes,
// nine deep.
const (
	maxShapeNodes = 1 << 14
	maxShapeDepth = 32
)

// shapeNode is a node of the body's shape tree; index is its preorder
// position, which is its stream's.
type shapeNode struct {
	kind     int
	children []*shapeNode // a struct's slots, or a list's element
	index    int
	name     string // for messages: the slot's path, as layout.txt gives it
}

// modelShape is the shape of this build's model, from layout.txt.
var modelShape = sync.OnceValues(func() (*shapeNode, error) {
	structs, err := parseLayoutSlots(layoutText)
	if err != nil {
		return nil, err
	}
	n := 0
	var build func(name, typ string, depth int) (*shapeNode, error)
	build = func(name, typ string, depth int) (*shapeNode, error) {
		if depth > maxShapeDepth {
			return nil, fmt.Errorf("layout: %s nests too deep", typ)
		}
		node := &shapeNode{index: n, name: name}
		n++
		if elem, ok := strings.CutPrefix(typ, "[]"); ok {
			node.kind = nodeList
			child, err := build(name+"[]", elem, depth+1)
			if err != nil {
				return nil, err
			}
			node.children = []*shapeNode{child}
			return node, nil
		}
		slots, ok := structs[strings.TrimPrefix(typ, "*")]
		if !ok {
			return node, nil // a value
		}
		node.kind = nodeRecord
		for _, slot := range slots {
			child, err := build(name+"."+slot.path, slot.typ, depth+1)
			if err != nil {
				return nil, err
			}
			node.children = append(node.children, child)
		}
		return node, nil
	}
	return build("Catalog", "snapshot.Catalog", 0)
})

type shapeSlot struct{ path, typ string }

// parseLayoutSlots reads layout.txt into the slot types of every struct,
// by type name; a tombstone's type stays its slot's.
func parseLayoutSlots(text string) (map[string][]shapeSlot, error) {
	structs := map[string][]shapeSlot{}
	current := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case !strings.HasPrefix(line, "\t"):
			current = strings.TrimSpace(line)
		default:
			f := strings.Fields(line)
			if current == "" || len(f) < 2 {
				return nil, fmt.Errorf("layout: bad slot line %q", line)
			}
			structs[current] = append(structs[current], shapeSlot{path: f[len(f)-2], typ: f[len(f)-1]})
		}
	}
	return structs, sc.Err()
}

// toColumns transposes a row-wise body into a column-wise one.
// Strings are written out in full, as version 4 and 5 store them.
func toColumns(body []byte) ([]byte, error) {
	cols, _, err := toColumnsFramed(body, 0, 0, false)
	return cols, err
}

// toColumnsFramed is toColumns with room for front bytes before the
// column-wise body and capacity for back bytes after it (see transpose);
// it also returns where each slot of the root struct (the Catalog) ends
// in body. With refs, strings that repeat in a stream are written as
// references (string_refs.go), as version 6 stores them.
func toColumnsFramed(body []byte, front, back int, refs bool) (cols []byte, slotEnds []int, err error) {
	root, err := modelShape()
	if err != nil {
		return nil, nil, err
	}
	return transpose(root, body, front, back, refs)
}

// transpose splits body by the shape under root, whose nodes are indexed
// in preorder. It reads the body twice: once to measure every stream, then
// to copy each value straight to its stream's place in the output, which
// is allocated once at its final size (streams grown by appending cost
// twice the body in copies and garbage, on a snapshot's critical path).
// With refs, each stream's place is as long as its values written out,
// and the streams are moved together once written (compact).
//
// The output starts with front bytes of room for the caller, and has
// capacity for back more after it: a writer that frames the column-wise
// body then appends to it rather than copying it.
func transpose(root *shapeNode, body []byte, front, back int, refs bool) ([]byte, []int, error) {
	var nodes []*shapeNode
	var walk func(*shapeNode)
	walk = func(n *shapeNode) {
		nodes = append(nodes, n)
		for _, c := range n.children {
			walk(c)
		}
	}
	walk(root)
	t := &transposer{body: body, lengths: make([]int, len(nodes)), root: root}
	if refs {
		t.dicts = make([]streamDictionary, len(nodes))
		for i := range t.dicts {
			t.dicts[i].counted = math.MaxInt
		}
	}
	if err := t.run(root); err != nil {
		return nil, nil, err
	}
	// Store the shape the body uses: a subtree that no value reaches is
	// stored as a value with an empty stream, and a struct's trailing
	// slots that none reaches are left out. A small catalog uses a small
	// part of the model.
	used := make([]bool, len(nodes))
	var mark func(*shapeNode) bool
	mark = func(n *shapeNode) bool {
		used[n.index] = t.lengths[n.index] > 0
		for _, c := range n.children {
			used[n.index] = mark(c) || used[n.index]
		}
		return used[n.index]
	}
	mark(root)
	var kinds, lengths []uint64
	var order []int // the node of each entry, -1 for a subtree left out
	var emit func(*shapeNode)
	emit = func(n *shapeNode) {
		if !used[n.index] {
			kinds, lengths, order = append(kinds, nodeValue), append(lengths, 0), append(order, -1)
			return
		}
		children := n.children
		for len(children) > 0 && n.kind == nodeRecord && !used[children[len(children)-1].index] {
			children = children[:len(children)-1]
		}
		kind := uint64(n.kind)
		if n.kind == nodeRecord {
			kind += uint64(len(children))
		}
		kinds, lengths, order = append(kinds, kind), append(lengths, uint64(t.lengths[n.index])), append(order, n.index)
		for _, c := range children {
			emit(c)
		}
	}
	emit(root)
	prefix := binary.AppendUvarint(make([]byte, 0, 8*len(kinds)), uint64(len(kinds)))
	for _, k := range kinds {
		prefix = binary.AppendUvarint(prefix, k)
	}
	for _, n := range lengths {
		prefix = binary.AppendUvarint(prefix, n)
	}
	// The streams follow in emit order, which is preorder less the
	// subtrees and slots that are left out, all of them empty: so each
	// node's stream starts where the preorder sum of the lengths before it
	// says.
	out := make([]byte, front+len(prefix)+len(body), front+len(prefix)+len(body)+back)
	at := front + copy(out[front:], prefix)
	t.at = make([]int, len(nodes))
	for i, n := range t.lengths {
		t.at[i] = at
		at += n
	}
	t.out = out
	var starts []int
	if refs {
		starts = slices.Clone(t.at)
		for i := range t.dicts {
			t.dicts[i].secondPass()
		}
	}
	if err := t.run(root); err != nil {
		return nil, nil, err
	}
	if refs {
		out = t.compact(out, front, starts, kinds, order)
	}
	return out, t.rootEnds, nil
}

// transposer splits a row-wise body into streams: without out, it only
// measures them (lengths); with it, it copies every value to at, where the
// next byte of its node's stream goes.
type transposer struct {
	body    []byte
	pos     int
	lengths []int
	out     []byte
	at      []int
	err     error
	// root is the shape's root; rootEnds is where each of its slots ends
	// in body (found by the first pass).
	root     *shapeNode
	rootEnds []int
	// dicts, when set, are the dictionaries of the value streams, by
	// node index: strings that repeat in a stream are written as
	// references (string_refs.go).
	dicts []streamDictionary
}

// run makes one pass over the whole body.
func (t *transposer) run(root *shapeNode) error {
	t.pos = 0
	t.split(root)
	if t.err == nil && t.pos != len(t.body) {
		t.err = fmt.Errorf("%d bytes after the catalog", len(t.body)-t.pos)
	}
	if t.err != nil {
		return fmt.Errorf("transposing the body: %w", t.err)
	}
	return nil
}

// take adds body[start:t.pos] to n's stream.
func (t *transposer) take(n *shapeNode, start int) {
	if t.dicts != nil && n.kind == nodeValue && t.takeString(n, start) {
		return
	}
	if t.out == nil {
		t.lengths[n.index] += t.pos - start
		return
	}
	t.at[n.index] += copy(t.out[t.at[n.index]:], t.body[start:t.pos])
}

func (t *transposer) split(n *shapeNode) {
	if t.err != nil {
		return
	}
	start := t.pos
	if n.kind == nodeValue {
		if t.pos, t.err = skipValue(t.body, t.pos, 0); t.err == nil {
			t.take(n, start)
		}
		return
	}
	count, next, err := arrayHeader(t.body, t.pos)
	if err != nil {
		t.err = err
		return
	}
	t.pos = next
	t.take(n, start)
	if n.kind == nodeRecord && count > len(n.children) {
		t.err = fmt.Errorf("a struct of %d slots where the layout has %d", count, len(n.children))
		return
	}
	for i := range count {
		if n.kind == nodeList {
			t.split(n.children[0])
		} else {
			t.split(n.children[i])
		}
		if t.err != nil {
			return
		}
		if n == t.root && t.out == nil {
			t.rootEnds = append(t.rootEnds, t.pos)
		}
	}
}

var errColumns = errors.New("the column-wise body is damaged")

// fromColumns rebuilds the row-wise body of bodyLength bytes from a
// column-wise one.
func fromColumns(cols []byte, bodyLength int64) ([]byte, error) {
	shape, err := readShape(cols, bodyLength, true)
	if err != nil {
		return nil, err
	}
	body, _, err := rebuildShaped(shape)
	return body, err
}

// rebuildShaped rebuilds the row-wise body from a column-wise one whose
// shape and streams are read. It also returns where each slot of the root
// struct (the Catalog) ends in the body.
//
// With references (shape.refs), the body is longer than its streams, by
// an amount only the rebuilding finds: it may take up to shape.limit
// bytes, and the caller checks its length.
func rebuildShaped(shape *fileShape) (body []byte, slotEnds []int, err error) {
	j := &joiner{streams: shape.streams, pos: make([]int, len(shape.streams)), out: make([]byte, 0, shape.length), limit: shape.length, root: shape.root}
	if shape.refs {
		j.limit = shape.limit
		j.out = make([]byte, 0, min(2*shape.length, shape.limit))
		j.dicts = make([][]uint32, len(shape.streams))
	}
	j.join(shape.root)
	for i := range j.streams {
		if j.err == nil && j.pos[i] != len(j.streams[i]) {
			j.err = fmt.Errorf("%w: %d bytes left in stream %d", errColumns, len(j.streams[i])-j.pos[i], i)
		}
	}
	if j.err == nil && !shape.refs && len(j.out) != j.limit {
		j.err = fmt.Errorf("%w: it rebuilds %d bytes, the header declares %d", errColumns, len(j.out), j.limit)
	}
	return j.out, j.rootEnds, j.err
}

// joiner rebuilds a row-wise body from its streams.
type joiner struct {
	streams [][]byte
	pos     []int
	out     []byte
	limit   int
	err     error
	// root is the shape's root; rootEnds is where each of its slots ends
	// in out.
	root     *shapeNode
	rootEnds []int
	// dicts, when set, are the dictionaries of the value streams: where
	// each numbered string starts in its stream (string_refs.go).
	dicts [][]uint32
}

// join appends the next value of n's stream, and what its array holds
// from the streams below. Each call consumes at least one byte of a
// stream or fails, which bounds the work by the body's length.
func (j *joiner) join(n *shapeNode) {
	if j.err != nil {
		return
	}
	if n.kind == nodeValue && j.dicts != nil {
		j.joinValue(n)
		return
	}
	s, start := j.streams[n.index], j.pos[n.index]
	var end, count int
	var err error
	if n.kind == nodeValue {
		end, err = skipValue(s, start, 0)
	} else {
		count, end, err = arrayHeader(s, start)
	}
	if err == nil && len(j.out)+end-start > j.limit {
		err = fmt.Errorf("it rebuilds more than the %d bytes the header declares", j.limit)
	}
	if err == nil && n.kind == nodeRecord && count > len(n.children) {
		err = fmt.Errorf("a struct of %d slots where the shape has %d", count, len(n.children))
	}
	if err != nil {
		j.err = fmt.Errorf("%w: stream %d: %v", errColumns, n.index, err)
		return
	}
	j.out = append(j.out, s[start:end]...)
	j.pos[n.index] = end
	for i := range count {
		if n.kind == nodeList {
			j.join(n.children[0])
		} else {
			j.join(n.children[i])
		}
		if j.err != nil {
			return
		}
		if n == j.root {
			j.rootEnds = append(j.rootEnds, len(j.out))
		}
	}
}

// arrayHeader reads the array header (or nil, an empty array) at buf[pos:]:
// its element count and where the elements start.
func arrayHeader(buf []byte, pos int) (count, next int, err error) {
	if pos >= len(buf) {
		return 0, 0, errors.New("ends where an array was expected")
	}
	switch c := buf[pos]; {
	case c == 0xc0:
		return 0, pos + 1, nil
	case c >= 0x90 && c <= 0x9f:
		return int(c & 0x0f), pos + 1, nil
	case c == 0xdc && pos+3 <= len(buf):
		return int(binary.BigEndian.Uint16(buf[pos+1:])), pos + 3, nil
	case c == 0xdd && pos+5 <= len(buf):
		return int(binary.BigEndian.Uint32(buf[pos+1:])), pos + 5, nil
	default:
		return 0, 0, fmt.Errorf("msgpack code 0x%02x where an array was expected", c)
	}
}

// skipValue returns where the msgpack value at buf[pos:] ends.
func skipValue(buf []byte, pos, depth int) (int, error) {
	if depth > maxSkipDepth {
		return 0, fmt.Errorf("values nested more than %d deep", maxSkipDepth)
	}
	if pos >= len(buf) {
		return 0, errors.New("ends where a value was expected")
	}
	c := buf[pos]
	pos++
	var size, count int // payload bytes, or contained values
	switch {
	case c <= 0x7f || c >= 0xe0 || c == 0xc0 || c == 0xc2 || c == 0xc3:
	case c >= 0xa0 && c <= 0xbf:
		size = int(c & 0x1f)
	case c >= 0x90 && c <= 0x9f:
		count = int(c & 0x0f)
	case c >= 0x80 && c <= 0x8f:
		count = 2 * int(c&0x0f)
	default:
		width, kind := sizedCode(c)
		switch kind {
		case 0:
			return 0, fmt.Errorf("msgpack code 0x%02x", c)
		case sizedFixed:
			size = width
		case sizedFixExt:
			size = 1 + width
		default:
			if pos+width > len(buf) {
				return 0, errors.New("ends inside a value")
			}
			var n uint64
			for _, b := range buf[pos : pos+width] {
				n = n<<8 | uint64(b)
			}
			pos += width
			if n > uint64(len(buf)) {
				return 0, fmt.Errorf("a value of %d bytes or elements", n)
			}
			switch kind {
			case sizedBytes:
				size = int(n)
			case sizedExt:
				size = int(n) + 1
			case sizedArray:
				count = int(n)
			case sizedMap:
				count = 2 * int(n)
			}
		}
	}
	if size > len(buf)-pos {
		return 0, errors.New("a value runs past the end")
	}
	pos += size
	for range count {
		var err error
		if pos, err = skipValue(buf, pos, depth+1); err != nil {
			return 0, err
		}
	}
	return pos, nil
}

// What follows a msgpack code that is not self-contained.
const (
	sizedFixed  = 1 + iota // a payload of width bytes
	sizedFixExt            // a type byte, then a payload of width bytes
	sizedBytes             // a length of width bytes, then that many bytes
	sizedExt               // a length, a type byte, the data
	sizedArray             // a count of width bytes, then that many values
	sizedMap               // a count of pairs
)

func sizedCode(c byte) (width, kind int) {
	switch c {
	case 0xcc, 0xd0:
		return 1, sizedFixed
	case 0xcd, 0xd1:
		return 2, sizedFixed
	case 0xce, 0xd2, 0xca:
		return 4, sizedFixed
	case 0xcf, 0xd3, 0xcb:
		return 8, sizedFixed
	case 0xd9, 0xc4:
		return 1, sizedBytes
	case 0xda, 0xc5:
		return 2, sizedBytes
	case 0xdb, 0xc6:
		return 4, sizedBytes
	case 0xdc:
		return 2, sizedArray
	case 0xdd:
		return 4, sizedArray
	case 0xde:
		return 2, sizedMap
	case 0xdf:
		return 4, sizedMap
	case 0xd4, 0xd5, 0xd6, 0xd7, 0xd8:
		return 1 << (c - 0xd4), sizedFixExt
	case 0xc7:
		return 1, sizedExt
	case 0xc8:
		return 2, sizedExt
	case 0xc9:
		return 4, sizedExt
	}
	return 0, 0
}
