package strata

import "fmt"

// fileShape is the shape of a column-wise body as its file stores it (not
// this build's layout: a newer writer's has more slots, and a small
// catalog's leaves out what it does not use), with each node's stream.
// Nodes are numbered in preorder, as their streams are.
type fileShape struct {
	root    *shapeNode
	streams [][]byte // by node index
	length  int      // the streams' total length: the row-wise body's
	// data holds the streams one after the other; stream i starts at
	// starts[i] in it.
	data   []byte
	starts []int
	// refs says that the value streams hold string references (format
	// version 6, string_refs.go); the row-wise body they rebuild is then
	// longer than the streams, and at most limit bytes.
	refs  bool
	limit int
}

// span is the bytes of streams first to last, which lie one after the
// other.
func (s *fileShape) span(first, last int) []byte {
	return s.data[s.starts[first] : s.starts[last]+len(s.streams[last])]
}

// readShape reads the shape and stream lengths at the front of a
// column-wise body and cuts the streams that follow them. It trusts
// nothing: at most maxShapeNodes nodes and maxShapeDepth levels, stream
// lengths that add up to the bytes there are and to bodyLength (exactly,
// or at most, as exact says).
func readShape(cols []byte, bodyLength int64, exact bool) (*fileShape, error) {
	root, lengths, pos, err := readShapeHeader(cols, len(cols))
	if err != nil {
		return nil, err
	}
	var sum uint64
	for _, n := range lengths {
		sum += n
	}
	switch {
	case exact && sum != uint64(bodyLength):
		// The streams are the body's bytes in another order.
		return nil, fmt.Errorf("the body decompresses to %d bytes, the header declares %d", sum, bodyLength)
	case sum > uint64(bodyLength):
		return nil, fmt.Errorf("the body decompresses to %d bytes, more than the %d the header allows", sum, bodyLength)
	}
	count := len(lengths)
	shape := &fileShape{root: root, streams: make([][]byte, count), length: int(sum), data: cols[pos:], starts: make([]int, count)}
	at := 0
	for i, n := range lengths {
		shape.starts[i] = at
		shape.streams[i] = shape.data[at : at+int(n) : at+int(n)]
		at += int(n)
	}
	return shape, nil
}

// readShapeHeader reads the shape and stream lengths at the front of a
// column-wise body of total bytes, of which head holds at least the
// front: the shape's root, each stream's length (adding up to the rest
// of the body) and where the streams start.
func readShapeHeader(head []byte, total int) (*shapeNode, []uint64, int, error) {
	r := &numberReader{buf: head, damaged: errColumns}
	count := r.uvarint()
	if r.err == nil && (count == 0 || count > maxShapeNodes || count > uint64(total)) {
		r.err = fmt.Errorf("%w: a shape of %d nodes", errColumns, count)
	}
	if r.err != nil {
		return nil, nil, 0, r.err
	}
	nodes := make([]*shapeNode, 0, count)
	var read func(depth int) *shapeNode
	read = func(depth int) *shapeNode {
		if r.err != nil {
			return nil
		}
		if depth > maxShapeDepth || len(nodes) == int(count) {
			r.err = fmt.Errorf("%w: a shape deeper than %d or longer than its count", errColumns, maxShapeDepth)
			return nil
		}
		kind := r.uvarint()
		node := &shapeNode{index: len(nodes)}
		nodes = append(nodes, node)
		switch {
		case kind == nodeValue:
		case kind == nodeList:
			node.kind = nodeList
			node.children = []*shapeNode{read(depth + 1)}
		case kind-nodeRecord <= count:
			node.kind = nodeRecord
			for range kind - nodeRecord {
				node.children = append(node.children, read(depth+1))
			}
		default:
			r.err = fmt.Errorf("%w: a struct of %d slots", errColumns, kind-nodeRecord)
		}
		return node
	}
	root := read(0)
	if r.err == nil && len(nodes) != int(count) {
		r.err = fmt.Errorf("%w: a shape of %d nodes where %d were declared", errColumns, len(nodes), count)
	}
	if r.err != nil {
		return nil, nil, 0, r.err
	}
	lengths := make([]uint64, count)
	var sum uint64
	for i := range lengths {
		lengths[i] = r.uvarint()
		sum += lengths[i]
		if r.err == nil && sum > uint64(total) {
			r.err = fmt.Errorf("%w: streams longer than the body", errColumns)
		}
	}
	if r.err == nil && sum != uint64(total-r.pos) {
		r.err = fmt.Errorf("%w: streams of %d bytes in %d", errColumns, sum, total-r.pos)
	}
	if r.err != nil {
		return nil, nil, 0, r.err
	}
	return root, lengths, r.pos, nil
}
