package strata

import (
	"errors"
	"fmt"

	"github.com/pgstrata/pgstrata/snapshot"
)

// readByNumber reads a version 5 or 6 body: the column-wise catalog without its
// edges, decoded straight from its streams (decodeColumns), then
// the edges from their numbers (decodeEdges). The decompressed body is
// scratch memory, given back once read: the catalog's strings are copies,
// one of each short string that repeats (stringCache); a version 6 body's
// references name strings already read (string_refs.go).
//
// Its digest covers the version 3 body, which is rebuilt from the streams
// (rebuildShaped) while the catalog is decoded from them, and hashed with
// the edges spliced in once they are decoded (spliceDigest). That
// rebuilding is skipped when the reader asks (skipDigest) and the frame
// carries a checksum of its content, which the decompressor has checked.
//
// What fails before the digest is checked is reported as damage to the
// body (which AllowDigestMismatch lets through), except a catalog too
// large for the memory limit and edges to kinds this build does not know.
func (d *reader) readByNumber(stored []byte, h Header, budget, limit int64) (c *snapshot.Catalog, bodyErr, decodeErr error) {
	// A mapping of the limit costs only the pages the frame fills.
	buf, release, discard := scratchPages(int(limit))
	defer release() // after the rebuild below, which reads the streams too
	payload, err := decompressInto(stored, buf[:0])
	if err != nil {
		return nil, d.decompressionError(h, err), nil
	}
	columns, edges, err := splitPayload(payload)
	if err != nil {
		return nil, d.fail(ErrCorrupt, err, "corrupt: %v", err), nil
	}
	shape, err := readShape(columns, h.BodyLength, false)
	if err != nil {
		return nil, d.fail(ErrCorrupt, err, "corrupt: %v", err), nil
	}
	verify := !d.skipDigest || !everyFrameHasChecksum(stored)
	d.checksumOnly = !verify
	if h.FormatVersion >= 6 {
		shape.refs, shape.limit = true, int(h.BodyLength)
		if verify {
			// The rebuilding's dictionaries; its body is counted with
			// the payload (readColumns).
			if budget -= joinerDictionaryBound(shape); budget < 0 {
				return nil, nil, fmt.Errorf("the string dictionaries of a body of %d bytes: %w", h.BodyLength, errDecodeBudget)
			}
		}
	}
	type rebuilt struct {
		body     []byte
		slotEnds []int
		err      error
	}
	var row chan rebuilt
	if verify {
		row = make(chan rebuilt, 1)
		go func() {
			body, slotEnds, err := rebuildShaped(shape)
			row <- rebuilt{body, slotEnds, err}
		}()
		discard = nil // the rebuild reads the streams too, meanwhile
	}
	c, budget, err = decodeColumns(shape, budget, discard)
	if err == nil {
		err = decodeEdges(c, edges, budget)
	}
	var r rebuilt
	if verify {
		if r = <-row; r.err != nil {
			// The streams do not weave into a body: say so, rather than
			// what the decoder made of them.
			return nil, d.fail(ErrCorrupt, r.err, "corrupt: %v", r.err), nil
		}
	}
	switch {
	case errors.Is(err, errDecodeBudget):
		return nil, nil, err
	case errors.Is(err, errNewerKind):
		return nil, d.fail(ErrNewerFormat, err, "%v", err), nil
	case err != nil:
		return nil, d.fail(ErrCorrupt, err, "corrupt: the body does not decode as a catalog: %v", err), nil
	case !verify:
		return c, nil, nil
	}
	digest, length, err := spliceDigest(r.body, r.slotEnds, c)
	switch {
	case err != nil:
		return nil, d.fail(ErrCorrupt, err, "corrupt: %v", err), nil
	case length != h.BodyLength:
		return nil, d.fail(ErrCorrupt, nil, "corrupt: the body rebuilds to %d bytes, the header declares %d", length, h.BodyLength), nil
	case digest != h.BodyDigest:
		return nil, d.fail(ErrCorrupt, nil, "digest mismatch: the body is corrupt (expected %s, got %s)", h.BodyDigest, digest), nil
	}
	return c, nil, nil
}
