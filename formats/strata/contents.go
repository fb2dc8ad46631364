package strata

import (
	"cmp"
	"fmt"
	"maps"
	"slices"

	"github.com/klauspost/compress/zstd"

	"github.com/pgstrata/pgstrata/snapshot"
)

// The header's Contents let `inspect` say what a file holds without
// decoding its catalog, which is most of the time a read takes: a
// 10,000-table file decompresses in 30 ms and decodes in 200. The counts
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
		Dependencies: len(c.Dependencies),
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
	var frame zstd.Header
	return edgesByNumber(h) && h.Contents != nil && frame.Decode(stored) == nil && frame.HasCheckSum
}

// checkOnly checks a version 5 body whose frame carries a checksum without
// decoding the catalog: it decompresses the body (which checks the
// checksum), reads the shape of its columns, and checks the head of its
// edge section against the header's contents: the number of edges and of
// the objects of each kind they number. What it returns is an error about
// the body, as readByNumber's bodyErr.
func (d *reader) checkOnly(stored []byte, h Header) error {
	limit := maxPayload(h.BodyLength)
	buf, release, _ := scratchPages(int(limit))
	defer release()
	payload, err := decompressInto(stored, buf[:0])
	if err != nil {
		return d.decompressionError(h, err)
	}
	columns, edges, err := splitPayload(payload)
	if err == nil {
		_, err = readShape(columns, h.BodyLength, false)
	}
	if err != nil {
		return d.fail(ErrCorrupt, err, "corrupt: %v", err)
	}
	r := &numberReader{buf: edges, damaged: errEdges}
	kinds, counts, err := readSegments(r)
	n := r.uvarint()
	if err == nil {
		err = r.err
	}
	if err != nil {
		return d.fail(ErrCorrupt, err, "corrupt: %v", err)
	}
	disagree := func(what string, body uint64, header int) error {
		return d.fail(ErrCorrupt, nil, "corrupt: the body holds %d %s, the header counts %d", body, what, header)
	}
	if n != uint64(h.Contents.Dependencies) {
		return disagree("dependency edges", n, h.Contents.Dependencies)
	}
	for i, k := range kinds {
		if want := h.Contents.ObjectCount(k); counts[i] != uint64(want) {
			return disagree(fmt.Sprintf("objects of kind %s", printableKind(k)), counts[i], want)
		}
	}
	return nil
}
