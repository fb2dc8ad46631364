package strata

import (
	"encoding/binary"
	"fmt"
)

// numberReader reads the varints of a column-wise body's shape, or of
// an edge section; damaged is the error that what it cannot read wraps.
type numberReader struct {
	buf     []byte
	pos     int
	err     error
	damaged error
}

func (r *numberReader) uvarint() uint64 {
	return r.number(func(b []byte) (uint64, int) { return binary.Uvarint(b) })
}

func (r *numberReader) varint() int64 {
	return int64(r.number(func(b []byte) (uint64, int) { v, n := binary.Varint(b); return uint64(v), n }))
}

func (r *numberReader) number(read func([]byte) (uint64, int)) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := read(r.buf[r.pos:])
	if n <= 0 {
		r.err = fmt.Errorf("%w: a bad or missing number at byte %d", r.damaged, r.pos)
		return 0
	}
	r.pos += n
	return v
}

// bytes returns the next n bytes.
func (r *numberReader) bytes(n uint64) []byte {
	if r.err == nil && n > uint64(len(r.buf)-r.pos) {
		r.err = fmt.Errorf("%w: %d bytes wanted, %d left", r.damaged, n, len(r.buf)-r.pos)
	}
	if r.err != nil {
		return nil
	}
	b := r.buf[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return b
}
