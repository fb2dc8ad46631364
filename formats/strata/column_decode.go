package strata

import (
	"fmt"

	"github.com/pgstrata/pgstrata/snapshot"
)

// Decoding a column-wise body straight from its streams. Rebuilding the
// row-wise body first (rebuildShaped) costs a copy of every byte, and a buffer
// the size of the body, before the generated decoder reads it; reading
// from the streams instead, the decoder moves to the stream of each slot
// it reads. The generated code says where it is: a struct's decoder takes
// the node of its header from record, and names each slot before reading
// it (slot); a list's decoder names its elements (element). Row-wise,
// where the node is nil, both do nothing.
//
// The file's shape, not this build's layout, says which stream holds
// what: a slot this build does not know is skipped by the shape below it
// (skipShaped), and a shape that disagrees with what the decoder expects
// (a value where it reads a struct, a struct of fewer slots than its
// header claims) is refused, as is a stream not read to its end.

// columnCursor is where a column-wise decoder is: the node being read, and
// how far each stream has been read.
type columnCursor struct {
	node *shapeNode
	// state is each stream's, by node index: together, so that switching
	// streams (for every value read) touches one entry of each.
	state []streamState
	// discard, when set, gives back the pages of a stream the decoder has
	// read past (see scratchPages): each stream is read front to back, and
	// the strings kept are copies, so a file's decompressed body leaves
	// memory as the catalog it holds is built rather than after, which
	// keeps two bodies and two whole catalogs from being in memory at
	// once in a diff (streamState.given).
	discard func(read []byte) int
	// The catalog's lists are read one after the other, each from the
	// streams of its slot of the root, which follow one another: once the
	// decoder moves on to slot i of the root, the streams of the slots
	// before it are given back in one call (a few dozen calls a file,
	// where giving back every stream as it is read took hundreds, each
	// costly where the memory is in huge pages). released is the first
	// slot not given back.
	shape    *fileShape
	released int
}

// streamState is where the decoder is in one stream.
type streamState struct {
	buf   []byte // the stream
	pos   int    // the next byte to read
	given int    // how much has been given back (discard)
}

// discardChunk is how much of a stream is read past before its pages are
// given back, for the few streams that hold most of a large list (the
// names and types of 100,000 columns); the rest go back with their list.
// Smaller chunks cost far more in calls than they save: on a busy
// machine, a 10,000-table file's 17 MB of streams given back 128 KiB at a
// time took 60 ms of system time to read, 8 ms a MiB at a time.
var discardChunk = 1 << 20 // a variable for tests

// decodeColumns decodes the catalog that shape's streams hold. The
// catalog's strings are copies (see stringCache): the streams need not
// outlive the call, and with discard set (see columnCursor) they do not,
// as the decoder gives back what it has read. It returns what is left of
// budget.
func decodeColumns(shape *fileShape, budget int64, discard func(read []byte) int) (*snapshot.Catalog, int64, error) {
	cur := &columnCursor{node: shape.root, state: make([]streamState, len(shape.streams)), discard: discard, shape: shape}
	for i, s := range shape.streams {
		cur.state[i].buf = s
	}
	root := shape.streams[shape.root.index]
	d := &decoder{buf: root, end: len(root), total: int64(len(root)), budget: budget, columns: cur, shared: newStringCache(len(shape.streams), shape.refs)}
	c := new(snapshot.Catalog)
	decodeCatalog(d, c)
	if d.err != nil {
		return nil, 0, d.err
	}
	cur.state[cur.node.index].pos = d.pos
	for i, s := range cur.state {
		if s.pos != len(s.buf) {
			return nil, 0, fmt.Errorf("%w: %d bytes left in stream %d", errColumns, len(s.buf)-s.pos, i)
		}
	}
	return c, d.budget, nil
}

// node is the node being read column-wise; nil row-wise.
func (d *decoder) node() *shapeNode {
	if d.columns == nil {
		return nil
	}
	return d.columns.node
}

// slot moves to the stream of slot i of the struct whose header node is r
// (from record); row-wise (r nil) it does nothing. check made sure that r
// is a struct with more than i slots.
func (d *decoder) slot(r *shapeNode, i int) {
	if r != nil {
		d.columns.releaseBefore(r, i)
		d.enter(r.children[i])
	}
}

// releaseBefore gives back the streams of the root's slots before slot
// i when r is the root (see columnCursor.released). It is called for
// every slot read, and inlined: only the root's slots go further.
func (c *columnCursor) releaseBefore(r *shapeNode, i int) {
	if r == c.shape.root && c.discard != nil && i > c.released {
		c.release(r, i)
	}
}

func (c *columnCursor) release(r *shapeNode, i int) {
	first := r.children[c.released].index
	last := len(c.state) - 1
	if i < len(r.children) {
		last = r.children[i].index - 1
	}
	c.released = i
	c.discard(c.shape.span(first, last))
}

// valueSlot is slot for a slot that holds a value: the file's shape must
// say so too. (A list or struct is vetted by its header; see check.)
func (d *decoder) valueSlot(r *shapeNode, i int) {
	if r != nil {
		d.columns.releaseBefore(r, i)
		d.enterValue(r.children[i])
	}
}

// valueElement is element for a list of values.
func (d *decoder) valueElement(list *shapeNode) {
	if list != nil {
		d.enterValue(list.children[0])
	}
}

// enterValue enters n, where the decoder reads a value.
func (d *decoder) enterValue(n *shapeNode) {
	if n.kind != nodeValue {
		d.notValue(n)
		return
	}
	d.enter(n)
}

func (d *decoder) notValue(n *shapeNode) {
	d.fail("the file's shape has a %s where the catalog has a value", nodeKindName(n.kind))
}

// element moves to the stream of the elements of the list whose header
// node is list (from header); row-wise it does nothing.
func (d *decoder) element(list *shapeNode) {
	if list != nil {
		d.enter(list.children[0])
	}
}

// enter makes n's stream the one the decoder reads, keeping its place in
// the one it leaves. Within a stream, pos and consumed agree. It is called
// for every value read, and inlined: only a switch goes further.
func (d *decoder) enter(n *shapeNode) {
	if d.columns.node != n {
		d.switchTo(n)
	}
}

func (d *decoder) switchTo(n *shapeNode) {
	c := d.columns
	left := &c.state[c.node.index]
	left.pos = d.pos
	// A field held without a copy (strView) points into the stream
	// until its record ends: its pages stay until then.
	if c.discard != nil && d.pos-left.given >= discardChunk && d.held == nil {
		left.given += c.discard(left.buf[left.given:d.pos])
	}
	c.node = n
	to := &c.state[n.index]
	d.buf, d.pos, d.end = to.buf, to.pos, len(to.buf)
	d.consumed, d.total = int64(to.pos), int64(len(to.buf))
}

// check vets the header of n elements or slots just read from the
// stream of c.node, where the decoder expects a list or a struct (kind):
// the shape must say so too; a struct's slots must be in the shape, and a
// list's elements can be in their stream (each takes at least a byte).
func (c *columnCursor) check(d *decoder, kind int, n int64) (int, *shapeNode) {
	node := c.node
	switch {
	case n == 0:
	case node.kind != kind:
		d.fail("the file's shape has a %s where the catalog has a %s", nodeKindName(node.kind), nodeKindName(kind))
	case kind == nodeRecord && n > int64(len(node.children)):
		d.fail("a struct of %d slots where the file's shape has %d", n, len(node.children))
	case kind == nodeList:
		elements := node.children[0].index
		if left := len(c.state[elements].buf) - c.state[elements].pos; n > int64(left) {
			d.fail("a list of %d elements where their stream has %d bytes left", n, left)
		}
	}
	if d.err != nil {
		return 0, node
	}
	return int(n), node
}

// skipShaped skips the list or struct at the decoder's node, by the
// file's shape: its header, then each element or slot from its stream.
func (d *decoder) skipShaped(depth int) {
	kind := d.columns.node.kind
	n, node := d.header(kind)
	for i := range n {
		if d.err != nil {
			return
		}
		if kind == nodeList {
			d.element(node)
		} else {
			d.slot(node, i)
		}
		d.skip(depth + 1)
	}
}

func nodeKindName(kind int) string {
	switch kind {
	case nodeValue:
		return "value"
	case nodeList:
		return "list"
	}
	return "struct"
}
