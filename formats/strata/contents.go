package strata

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/klauspost/compress/zstd"

	"github.com/pgstrata/pgstrata/snapshot"
)

// The header's Contents let `inspect` say what a file holds without
// decoding its catalog, which is most of the time a read takes: a
// 10,000-table file (views profile) decompresses in 11 ms, and a full
// read of it takes about 0.2 s (BenchmarkReadFile: 194-240 ms). The counts
// are the writer's word, as the digest is; the CRC keeps them from damage,
// a full read (without SkipDigest) checks them against the catalog, and a
// check-only read against what the body's outline says (checkOnly).

// contentsOf counts c's contents.
func contentsOf(c *snapshot.Catalog) *Contents {
	counts := c.Counts()
	var objects []KindCount // nil when empty, as a decoded header has it
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		objects = append(objects, KindCount{Kind: k, Count: counts[k]})
	}
	return &Contents{
		Objects:      objects,
		Dependencies: c.DependencyCount(),
		NotModeled:   nilIfEmpty(c.NotModeled),
		NotReadable:  nilIfEmpty(c.NotReadable),
	}
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

// ObjectCount is the number of objects of kind k.
func (ct *Contents) ObjectCount(k snapshot.Kind) int {
	i, found := slices.BinarySearchFunc(ct.Objects, k, func(kc KindCount, k snapshot.Kind) int { return cmp.Compare(kc.Kind, k) })
	if !found {
		return 0
	}
	return ct.Objects[i].Count
}

// disagreement says how the header's contents differ from what c holds;
// "" when they agree.
func (ct *Contents) disagreement(c *snapshot.Catalog) string {
	got := contentsOf(c)
	switch {
	case got.Dependencies != ct.Dependencies:
		return fmt.Sprintf("%d dependency edges, the header counts %d", got.Dependencies, ct.Dependencies)
	case !slices.Equal(got.NotModeled, ct.NotModeled) || !slices.Equal(got.NotReadable, ct.NotReadable):
		return "objects not modeled or not readable other than the header counts"
	}
	for _, kc := range got.Objects {
		if n := ct.ObjectCount(kc.Kind); n != kc.Count {
			return fmt.Sprintf("%d objects of kind %s, the header counts %d", kc.Count, printableKind(kc.Kind), n)
		}
	}
	if len(got.Objects) != len(ct.Objects) {
		return "kinds of objects that the header counts and the body does not hold"
	}
	return ""
}

// canCheckOnly reports whether a check-only read can check h's body
// (stored) without decoding it: see ReadOptions.CheckOnly.
func canCheckOnly(h Header, stored []byte) bool {
	return edgesByNumber(h) && h.Contents != nil && everyFrameHasChecksum(stored)
}

// everyFrameHasChecksum reports whether every zstd frame of stored (a body
// is one frame, or two: see compressColumns) carries a checksum of its
// content, which the decompressor checks. It walks the frames by their
// block headers; anything it does not follow to the end (a skippable
// frame, a reserved block type, bytes left over) answers false, which
// only costs the reader the rebuild of the body to check its digest.
func everyFrameHasChecksum(stored []byte) bool {
	for len(stored) > 0 {
		var frame zstd.Header
		if frame.Decode(stored) != nil || frame.Skippable || !frame.HasCheckSum || frame.HeaderSize <= 0 {
			return false
		}
		rest, ok := skipBlocks(stored[frame.HeaderSize:])
		if !ok || len(rest) < 4 {
			return false
		}
		stored = rest[4:] // the checksum
	}
	return true
}

// skipBlocks returns what follows the data blocks that start frame (after
// its header), and false if they run past its end or a block's type is
// reserved. A block header is 3 bytes, little-endian: the last-block bit,
// two bits of type (raw, RLE, compressed, reserved) and the size; an RLE
// block's content is one byte, whatever its size.
func skipBlocks(frame []byte) ([]byte, bool) {
	for {
		if len(frame) < 3 {
			return nil, false
		}
		h := uint32(frame[0]) | uint32(frame[1])<<8 | uint32(frame[2])<<16
		last, kind, size := h&1 == 1, (h>>1)&3, int(h>>3)
		frame = frame[3:]
		switch kind {
		case 1: // RLE
			size = 1
		case 3:
			return nil, false
		}
		if size > len(frame) {
			return nil, false
		}
		frame = frame[size:]
		if last {
			return frame, true
		}
	}
}

// checkOnly checks a version 5 or 6 body whose frame carries a checksum without
// decoding the catalog: it decompresses the body as a stream (which
// checks the checksum at its end), reads the shape of its columns, and
// checks the head of its edge section against the header's contents: the
// number of edges and of the objects of each kind they number. It keeps
// only those heads: its memory does not grow with the body. What it
// returns is an error about the body, as readByNumber's bodyErr.
func (d *reader) checkOnly(stored []byte, h Header) error {
	zr, err := newBodyReader(stored)
	if err != nil {
		return d.decompressionError(h, err)
	}
	defer releaseBodyReader(zr)
	limit := maxPayload(h.BodyLength)
	body := &payloadReader{r: bufio.NewReaderSize(zr, 64<<10), left: limit}
	corrupt := func(err error) error { return d.fail(ErrCorrupt, err, "corrupt: %v", err) }

	n, err := binary.ReadUvarint(body)
	if err == nil && n > uint64(body.left) {
		err = fmt.Errorf("%w: the length of the catalog without edges is damaged", errColumns)
	}
	var head []byte
	if err == nil {
		head, err = body.upTo(min(int64(n), maxShapeHeader))
	}
	if err == nil {
		_, _, _, err = readShapeHeader(head, int(n))
	}
	if err == nil {
		err = body.skip(int64(n) - int64(len(head)))
	}
	var edgesHead []byte
	if err == nil {
		edgesHead, err = body.upTo(maxEdgesHead)
	}
	if err == nil {
		err = body.toEnd() // where zstd checks the checksum
	}
	switch {
	case errors.Is(err, zstd.ErrDecoderSizeExceeded):
		return d.decompressionError(h, err)
	case body.readErr != nil:
		return d.decompressionError(h, body.readErr)
	case err != nil:
		return corrupt(err)
	}

	r := &numberReader{buf: edgesHead, damaged: errEdges}
	kinds, counts, err := readSegments(r)
	edges := r.uvarint()
	if err == nil {
		err = r.err
	}
	if err != nil {
		return corrupt(err)
	}
	disagree := func(what string, body uint64, header int) error {
		return d.fail(ErrCorrupt, nil, "corrupt: the body holds %d %s, the header counts %d", body, what, header)
	}
	if edges != uint64(h.Contents.Dependencies) {
		return disagree("dependency edges", edges, h.Contents.Dependencies)
	}
	for i, k := range kinds {
		if want := h.Contents.ObjectCount(k); counts[i] != uint64(want) {
			return disagree(fmt.Sprintf("objects of kind %s", printableKind(k)), counts[i], want)
		}
	}
	return nil
}

// maxShapeHeader bounds the front of a column-wise body that holds its
// shape and stream lengths: at most maxShapeNodes nodes, each a kind of
// at most 3 bytes and a length of at most 10.
const maxShapeHeader = 10 + 13*maxShapeNodes

// maxEdgesHead bounds the front of an edge section that holds its
// segments and edge count: at most maxEdgeSegments segments, each a kind
// name (ours are under 30 bytes) and two numbers.
const maxEdgesHead = 10 + maxEdgeSegments*(128+20) + 10

// payloadReader reads a decompressing body of at most left more bytes;
// readErr is what the decompressor said when it failed.
type payloadReader struct {
	r       *bufio.Reader
	left    int64
	readErr error
}

var errPayloadEnds = errors.New("the body ends early")

func (p *payloadReader) ReadByte() (byte, error) {
	if p.left <= 0 {
		return 0, errPayloadEnds
	}
	b, err := p.r.ReadByte()
	if err != nil {
		return 0, p.failed(err)
	}
	p.left--
	return b, nil
}

// upTo returns the next n bytes, or fewer where the body ends.
func (p *payloadReader) upTo(n int64) ([]byte, error) {
	buf := make([]byte, min(n, p.left))
	got, err := io.ReadFull(p.r, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, p.failed(err)
	}
	p.left -= int64(got)
	return buf[:got], nil
}

// toEnd reads the body to its end, which must come within left bytes.
func (p *payloadReader) toEnd() error {
	n, err := io.CopyN(io.Discard, p.r, p.left+1)
	switch {
	case errors.Is(err, io.EOF):
		p.left -= n
		return nil
	case err != nil:
		return p.failed(err)
	}
	return zstd.ErrDecoderSizeExceeded // more than the header allows
}

// skip passes the next n bytes (n ≤ left).
func (p *payloadReader) skip(n int64) error {
	if _, err := p.r.Discard(int(n)); err != nil {
		return p.failed(err)
	}
	p.left -= n
	return nil
}

// failed is err from the decompressor: the end of the body, or (kept in
// readErr) its failure.
func (p *payloadReader) failed(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errPayloadEnds
	}
	p.readErr = err
	return err
}
