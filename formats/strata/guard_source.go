package strata

import (
	"errors"
	"io"
)

// source is what checkShape reads: a byte slice already in memory (a
// header), or a stream (a body as it is decompressed), so that vetting a
// body never holds the whole of it. A forger pads a body for free (one
// ignored string of a gigabyte compresses to a few kilobytes); streamed,
// the padding costs the read buffer, not its length.
//
// Only the next few bytes are ever needed at once: a code and its length
// (at most 9 bytes), or a key compared with field names (at most
// maxKeyLength); anything longer is skipped through the buffer.
type source struct {
	r        io.Reader // nil when buf holds all the data
	buf      []byte
	start    int   // buf[start:end] is read but not yet consumed
	end      int   //
	consumed int64 // bytes consumed so far: the position in the data
	total    int64 // the length of the data (declared, for a stream)
	err      error // the stream's error other than its end, if any
}

// maxKeyLength is the longest map key compared with field names; longer
// keys (and interned strings) cannot name a field.
const maxKeyLength = 64

// streamBuffer is the read buffer of a streamed source.
const streamBuffer = 64 << 10

func bytesSource(data []byte) *source {
	return &source{buf: data, end: len(data), total: int64(len(data))}
}

func streamSource(r io.Reader, total int64) *source {
	return &source{r: r, buf: make([]byte, streamBuffer), total: total}
}

func (s *source) left() int64 { return s.total - s.consumed }

// fill makes the next n bytes (n ≤ len(buf)) available in buf[start:].
func (s *source) fill(n int) error {
	if s.end-s.start >= n {
		return nil
	}
	if int64(n) > s.left() || s.r == nil {
		return errShort
	}
	s.end = copy(s.buf, s.buf[s.start:s.end])
	s.start = 0
	for s.end < n {
		m, err := s.r.Read(s.buf[s.end:])
		s.end += m
		if s.end >= n {
			break
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				s.err = err
			}
			return errShort
		}
	}
	return nil
}

// peek returns the next n bytes without consuming them; they stay valid
// until the next call.
func (s *source) peek(n int) ([]byte, error) {
	if err := s.fill(n); err != nil {
		return nil, err
	}
	return s.buf[s.start : s.start+n], nil
}

// next consumes and returns the next n bytes (n ≤ len(buf)).
func (s *source) next(n int) ([]byte, error) {
	b, err := s.peek(n)
	if err == nil {
		s.start += n
		s.consumed += int64(n)
	}
	return b, err
}

// skip consumes n bytes, reading past them in buffers if need be.
func (s *source) skip(n int64) error {
	if n < 0 || n > s.left() {
		return errShort
	}
	for n > 0 {
		chunk := int(min(n, int64(len(s.buf))))
		if avail := s.end - s.start; avail > 0 {
			chunk = min(chunk, avail)
		}
		if _, err := s.next(chunk); err != nil {
			return err
		}
		n -= int64(chunk)
	}
	return nil
}
