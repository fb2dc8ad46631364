package snapshot

// chunked gathers the objects of one big kind (tens of thousands of
// indexes, constraints or dependency edges) in fixed-size chunks and hands
// them over in one slice of exactly their number. Appending to a single
// slice instead copies it at every growth, about five times its final
// size allocated in all, which the collector then has to clear: at
// 10,000 tables that was most of a read's garbage.
type chunked[T any] struct {
	full [][]T
	last []T
	n    int
}

const chunkLen = 1024

func (c *chunked[T]) add(v T) {
	if len(c.last) == cap(c.last) {
		if c.last != nil {
			c.full = append(c.full, c.last)
		}
		c.last = make([]T, 0, chunkLen)
	}
	c.last = append(c.last, v)
	c.n++
}

// at returns the i-th value added.
func (c *chunked[T]) at(i int) T {
	if full := len(c.full) * chunkLen; i >= full {
		return c.last[i-full]
	}
	return c.full[i/chunkLen][i%chunkLen]
}

// len is how many were added: the place of the next one in what appendTo
// appends.
func (c *chunked[T]) len() int { return c.n }

// appendTo appends everything added to dst, growing it once.
func (c *chunked[T]) appendTo(dst []T) []T {
	if c.n == 0 {
		return dst
	}
	out := make([]T, len(dst), len(dst)+c.n)
	copy(out, dst)
	for _, chunk := range c.full {
		out = append(out, chunk...)
	}
	return append(out, c.last...)
}
