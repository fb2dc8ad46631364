package strata

import (
	"bytes"
	"encoding/binary"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// edgeCatalogs are catalogs with edges in every position the splice
// must handle: slots after Dependencies (NotModeled) or none, most slots
// before it empty, columns of tables and views as ends, a hand-built
// catalog out of order.
func edgeCatalogs() []*snapshot.Catalog {
	sample := sampleCatalog()
	edgesOnly := &snapshot.Catalog{
		Schemas:      []snapshot.Schema{{Name: "a"}, {Name: "b"}},
		Dependencies: []snapshot.Dependency{{From: snapshot.ObjectID{Kind: snapshot.KindSchema, Name: "b"}, To: snapshot.ObjectID{Kind: snapshot.KindSchema, Name: "a"}, Type: "n"}},
	}
	noTail := *sample
	noTail.NotModeled, noTail.NotReadable = nil, nil
	columns := syntheticCatalog(40, 6)
	for i, t := range columns.Tables {
		if i > 0 {
			columns.Dependencies = append(columns.Dependencies, snapshot.Dependency{
				From: t.ID(), To: snapshot.ColumnID(t.Schema, columns.Tables[i-1].Name, t.Columns[len(t.Columns)-1].Name), Type: "n"})
		}
	}
	columns.Sort()
	unsorted := *sample
	unsorted.Dependencies = append([]snapshot.Dependency(nil), sample.Dependencies...)
	for i, j := 0, len(unsorted.Dependencies)-1; i < j; i, j = i+1, j-1 {
		unsorted.Dependencies[i], unsorted.Dependencies[j] = unsorted.Dependencies[j], unsorted.Dependencies[i]
	}
	return []*snapshot.Catalog{sample, edgesOnly, &noTail, columns, &unsorted, interleavedRelations()}
}

// interleavedRelations has tables and views whose names interleave (the
// numbering merges the two lists), relations without columns before,
// between and after the others, and an edge to every column.
func interleavedRelations() *snapshot.Catalog {
	cols := func(names ...string) []snapshot.Column {
		var out []snapshot.Column
		for _, n := range names {
			out = append(out, snapshot.Column{Name: n, Type: "integer"})
		}
		return out
	}
	c := &snapshot.Catalog{
		Schemas: []snapshot.Schema{{Name: "s"}, {Name: "t"}},
		Tables: []snapshot.Table{{Schema: "s", Name: "a"}, {Schema: "s", Name: "c", Columns: cols("x", "y")},
			{Schema: "s", Name: "e"}, {Schema: "t", Name: "a", Columns: cols("z")}, {Schema: "t", Name: "z"}},
		Views: []snapshot.View{{Schema: "s", Name: "b", Definition: " SELECT 1", Columns: cols("p")},
			{Schema: "s", Name: "d", Definition: " SELECT 1", Columns: cols("q", "r", "x")}, {Schema: "s", Name: "f", Definition: " SELECT 1"},
			{Schema: "t", Name: "b", Definition: " SELECT 1", Columns: cols("y")}},
	}
	for _, v := range c.Views {
		for _, r := range c.Tables {
			for _, col := range r.Columns {
				c.Dependencies = append(c.Dependencies, snapshot.Dependency{From: v.ID(), To: snapshot.ColumnID(r.Schema, r.Name, col.Name), Type: "n"})
			}
		}
		for _, r := range c.Views {
			for _, col := range r.Columns {
				if r.Name != v.Name || r.Schema != v.Schema {
					c.Dependencies = append(c.Dependencies, snapshot.Dependency{From: v.ID(), To: snapshot.ColumnID(r.Schema, r.Name, col.Name), Type: "n"})
				}
			}
		}
	}
	c.Sort()
	return c
}

// TestEdgesByNumber: a catalog whose edges all end at its objects is
// written as the current version and reads back equal, with the digest of its whole
// version 3 body (which spliceDigest computes without building it).
func TestEdgesByNumber(t *testing.T) {
	for i, c := range edgeCatalogs() {
		if err := c.Validate(); err != nil {
			t.Fatalf("catalog %d: %v", i, err)
		}
		var buf bytes.Buffer
		h, err := Encode(&buf, Header{ToolVersion: "test"}, c)
		if err != nil {
			t.Fatal(err)
		}
		if h.FormatVersion != FormatVersion {
			t.Errorf("catalog %d: written as version %d", i, h.FormatVersion)
		}
		body := encodeBody(c)
		if h.BodyDigest != bodyDigest(body) || h.BodyLength != int64(len(body)) {
			t.Errorf("catalog %d: the header does not describe the version 3 body", i)
		}
		f, err := Decode(bytes.NewReader(buf.Bytes()), "edges.strata", ReadOptions{})
		if err != nil {
			t.Fatalf("catalog %d: %v", i, err)
		}
		if !sameCatalog(f.Catalog, c) {
			t.Errorf("catalog %d read back differently: %s", i, firstDifference(f.Catalog, c))
		}
	}
}

// TestEdgesOutsideTheCatalog: an edge to an object the catalog does not
// hold cannot be numbered; such a catalog is written as version 4, which
// the reader then refuses as Validate does.
func TestEdgesOutsideTheCatalog(t *testing.T) {
	c := sampleCatalog()
	c.Dependencies = append(c.Dependencies, snapshot.Dependency{
		From: c.Tables[0].ID(), To: snapshot.ObjectID{Kind: snapshot.KindView, Schema: "app", Name: "gone"}, Type: "n"})
	c.Sort()
	var buf bytes.Buffer
	h, err := Encode(&buf, Header{ToolVersion: "test"}, c)
	if err != nil {
		t.Fatal(err)
	}
	if h.FormatVersion != 4 {
		t.Errorf("written as version %d, want 4", h.FormatVersion)
	}
	msg := mustFail(t, buf.Bytes(), ReadOptions{}, ErrCorrupt)
	if !strings.Contains(msg, "view app.gone is not in the catalog") {
		t.Errorf("message %q", msg)
	}
}

// v5File builds a version 5 file of c whose payload edit changes; the
// header is honest about c.
func v5File(t *testing.T, c *snapshot.Catalog, edit func(columns, edges []byte) ([]byte, []byte)) []byte {
	t.Helper()
	edges, ok := encodeEdges(c)
	if !ok {
		t.Fatal("the catalog's edges cannot be numbered")
	}
	columns := must(toColumns(encodeBody(c.WithoutDependencies())))
	columns, edges = edit(bytes.Clone(columns), bytes.Clone(edges))
	payload := binary.AppendUvarint(nil, uint64(len(columns)))
	payload = append(append(payload, columns...), edges...)
	compressed := compressColumns(payload)
	h := honest(encodeBody(c), compressed)
	h.FormatVersion = 5
	return craft(t, h, compressed)
}

// TestDamagedEdges: a version 5 file whose edges, or the catalog that
// numbers them, were altered is refused in one line, never misread.
func TestDamagedEdges(t *testing.T) {
	c := sampleCatalog()
	unchanged := func(columns, edges []byte) ([]byte, []byte) { return columns, edges }
	if _, err := Decode(bytes.NewReader(v5File(t, c, unchanged)), name, ReadOptions{}); err != nil {
		t.Fatalf("the honest file: %v", err)
	}
	// The edge section of the sample, parsed: where its parts start.
	edges, _ := encodeEdges(c)
	r := &numberReader{buf: edges, damaged: errEdges}
	segments := r.uvarint()
	for range segments {
		r.bytes(r.uvarint())
		r.uvarint()
	}
	edgeCountAt := r.pos
	withEdges := *c
	withEdges.NotModeled, withEdges.NotReadable = nil, nil
	ownEdges := must(toColumns(encodeBody(&withEdges))) // a catalog that holds its edges

	tests := []struct {
		name string
		edit func(columns, edges []byte) ([]byte, []byte)
		want string
	}{
		{"no edge section", func(columns, _ []byte) ([]byte, []byte) { return columns, nil }, "a bad or missing number"},
		{"a segment's count one short", func(columns, edges []byte) ([]byte, []byte) {
			return columns, bumpSegmentCount(edges, snapshot.KindSchema, -1)
		}, "the catalog has"},
		{"kinds out of order", func(columns, edges []byte) ([]byte, []byte) {
			out := binary.AppendUvarint(nil, 2)
			out = append(binary.AppendUvarint(out, 5), "table"...)
			out = append(binary.AppendUvarint(out, 1), 0)
			out = append(binary.AppendUvarint(out, 6), "schema"...)
			out = append(binary.AppendUvarint(out, 1), 0)
			return columns, out
		}, "out of order"},
		{"a kind this build does not know", func(columns, edges []byte) ([]byte, []byte) {
			out := binary.AppendUvarint(nil, 1)
			out = append(binary.AppendUvarint(out, uint64(len("hologram"))), "hologram"...)
			out = binary.AppendUvarint(out, 3)
			return columns, append(out, 0)
		}, `written by a newer pgstrata, or damaged: its dependency edges reach 3 objects of kind "hologram", which this build does not know`},
		{"an end past the last object", func(columns, edges []byte) ([]byte, []byte) {
			n, size := binary.Uvarint(edges[edgeCountAt:])
			out := append(bytes.Clone(edges[:edgeCountAt+size]), binary.AppendVarint(nil, 1<<20)...)
			rest := edges[edgeCountAt+size:]
			_, first := binary.Varint(rest)
			out = append(out, rest[first:]...)
			_ = n
			return columns, out
		}, "starts at object"},
		{"bytes after the last edge", func(columns, edges []byte) ([]byte, []byte) { return columns, append(edges, 0) }, "bytes after the last edge"},
		{"more edges than bytes", func(columns, edges []byte) ([]byte, []byte) {
			return columns, append(bytes.Clone(edges[:edgeCountAt]), binary.AppendUvarint(nil, 1<<40)...)
		}, "edges in"},
		{"a catalog holding edges of its own", func(_, edges []byte) ([]byte, []byte) { return ownEdges, edges }, "holds edges of its own"},
		{"half the column-wise catalog", func(columns, edges []byte) ([]byte, []byte) {
			return columns[:len(columns)/2], nil
		}, "the column-wise body is damaged: streams longer than the body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind := ErrCorrupt
			if strings.Contains(tt.want, "newer") {
				kind = ErrNewerFormat
			}
			msg := mustFail(t, v5File(t, c, tt.edit), ReadOptions{}, kind)
			if !strings.Contains(msg, tt.want) {
				t.Errorf("message %q\n   want it to say %q", msg, tt.want)
			}
			f, err := Decode(bytes.NewReader(v5File(t, c, tt.edit)), name, ReadOptions{AllowDigestMismatch: true})
			if err != nil || f.DigestOK || f.Catalog != nil || f.Header.FormatVersion != 5 {
				t.Errorf("with AllowDigestMismatch: err %v, file %+v", err, f)
			}
		})
	}
}

// bumpSegmentCount adds delta to the count of kind's segment of an edge
// section.
func bumpSegmentCount(edges []byte, kind snapshot.Kind, delta int) []byte {
	r := &numberReader{buf: edges, damaged: errEdges}
	for range r.uvarint() {
		name := r.bytes(r.uvarint())
		countAt := r.pos
		count := r.uvarint()
		if snapshot.Kind(name) == kind {
			out := append(bytes.Clone(edges[:countAt]), binary.AppendUvarint(nil, uint64(int(count)+delta))...)
			return append(out, edges[r.pos:]...)
		}
	}
	panic("no segment of kind " + kind)
}

// TestEdgeNumberingMismatch: a file whose numbering the reader builds
// differently from the writer (here: two columns of a table swapped after
// the edges were numbered, so that the counts still agree) fails its
// digest rather than naming the wrong objects.
func TestEdgeNumberingMismatch(t *testing.T) {
	c := edgeCatalogs()[3] // edges to columns
	edited := *c
	edited.Tables = append([]snapshot.Table(nil), c.Tables...)
	for i, table := range edited.Tables {
		columns := append([]snapshot.Column(nil), table.Columns...)
		columns[0], columns[len(columns)-1] = columns[len(columns)-1], columns[0]
		edited.Tables[i].Columns = columns
	}
	swapped := func(_, edges []byte) ([]byte, []byte) {
		return must(toColumns(encodeBody(edited.WithoutDependencies()))), edges
	}
	msg := mustFail(t, v5File(t, c, swapped), ReadOptions{}, ErrCorrupt)
	if !strings.Contains(msg, "digest mismatch") {
		t.Errorf("message %q", msg)
	}
}

// TestEdgeSectionCoversTheModel: a version 5 edge section holds an edge's
// From, To (each of the ObjectID's slots, rebuilt from the object) and
// Type, and nothing else. A new field of Dependency or ObjectID would be
// lost on the way and every file would fail its digest: such a change
// needs the section, and the format version, to grow with it.
func TestEdgeSectionCoversTheModel(t *testing.T) {
	slots, err := parseLayoutSlots(layoutText)
	if err != nil {
		t.Fatal(err)
	}
	for typ, want := range map[string][]string{
		"snapshot.Dependency": {"From", "To", "Type"},
		"snapshot.ObjectID":   {"Kind", "Schema", "Table", "Name", "Args"},
	} {
		var got []string
		for _, s := range slots[typ] {
			got = append(got, s.path)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s has slots %v; the version 5 edge section (edges.go) stores %v", typ, got, want)
		}
	}
}

// TestLargeFileOutlivesItsScratch: a body large enough to be decompressed
// into scratch memory (outside the heap, unmapped once the file is read)
// leaves nothing of the catalog pointing into it: every string of the
// catalog, edges included, is read again after the read has returned and
// the collector has run.
func TestLargeFileOutlivesItsScratch(t *testing.T) {
	c := edgeCatalogsLarge()
	var buf bytes.Buffer
	h, err := Encode(&buf, Header{ToolVersion: "test"}, c)
	if err != nil {
		t.Fatal(err)
	}
	if h.FormatVersion != FormatVersion || h.BodyLength < 2<<20 {
		t.Fatalf("version %d, body %d bytes: the test needs a current body over the scratch threshold", h.FormatVersion, h.BodyLength)
	}
	for range 3 {
		f, err := Decode(bytes.NewReader(buf.Bytes()), "large.strata", ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		if !bytes.Equal(encodeBody(f.Catalog), encodeBody(c)) {
			t.Fatal("the catalog changed after its read")
		}
	}
}

// edgeCatalogsLarge is a synthetic catalog of a few megabytes whose
// tables depend on their schemas and on a column of the table before.
func edgeCatalogsLarge() *snapshot.Catalog {
	c := syntheticCatalog(3000, 12)
	for i, table := range c.Tables {
		c.Dependencies = append(c.Dependencies, snapshot.Dependency{From: table.ID(),
			To: snapshot.ObjectID{Kind: snapshot.KindSchema, Name: table.Schema}, Type: "n"})
		if i > 0 {
			prev := c.Tables[i-1]
			c.Dependencies = append(c.Dependencies, snapshot.Dependency{From: table.ID(),
				To: snapshot.ColumnID(prev.Schema, prev.Name, prev.Columns[3].Name), Type: "n"})
		}
	}
	c.Sort()
	return c
}

// TestSplitPayloadDamagedLength: a version 5 payload's leading length of
// the column-wise catalog must be a number and fit in the payload.
func TestSplitPayloadDamagedLength(t *testing.T) {
	for _, payload := range [][]byte{nil, {0x80}, binary.AppendUvarint(nil, 4), append(binary.AppendUvarint(nil, 1<<40), 1, 2, 3)} {
		if _, _, err := splitPayload(payload); err == nil || !strings.Contains(err.Error(), "the length of the catalog without edges is damaged") {
			t.Errorf("payload %x: %v", payload, err)
		}
	}
	columns, edges, err := splitPayload(append(binary.AppendUvarint(nil, 2), 'a', 'b', 'c'))
	if err != nil || string(columns) != "ab" || string(edges) != "c" {
		t.Errorf("an honest payload split into %q and %q (%v)", columns, edges, err)
	}
}

// TestDecodedCatalogWritesTheSame: a catalog read from a file holds its
// edges by number; written again (convert, a git filter, a library user
// that edits nothing) it must give the bytes it was read from, in either
// compression, and the same body and digest.
func TestDecodedCatalogWritesTheSame(t *testing.T) {
	for i, c := range append(edgeCatalogs(), syntheticCatalog(300, 5)) {
		c.Sort()
		for _, compression := range []string{CompressionZstd, CompressionNone} {
			var first bytes.Buffer
			h := Header{ToolVersion: "test", Compression: compression}
			if _, err := Encode(&first, h, c); err != nil {
				t.Fatalf("catalog %d: %v", i, err)
			}
			f, err := Decode(bytes.NewReader(first.Bytes()), "first.strata", ReadOptions{})
			if err != nil {
				t.Fatalf("catalog %d, %s: %v", i, compression, err)
			}
			for _, again := range []string{CompressionZstd, CompressionNone} {
				var second bytes.Buffer
				if _, err := Encode(&second, Header{ToolVersion: "test", Compression: again}, f.Catalog); err != nil {
					t.Fatalf("catalog %d, %s written as %s: %v", i, compression, again, err)
				}
				var want bytes.Buffer
				if _, err := Encode(&want, Header{ToolVersion: "test", Compression: again}, c); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(second.Bytes(), want.Bytes()) {
					t.Errorf("catalog %d, read from %s and written as %s: %d bytes where %d were expected", i, compression, again, second.Len(), want.Len())
				}
			}
			body, digest, _ := EncodeBody(f.Catalog)
			wantBody, wantDigest, _ := EncodeBody(c)
			if digest != wantDigest || !bytes.Equal(body, wantBody) {
				t.Errorf("catalog %d, read from %s: EncodeBody gives another body", i, compression)
			}
		}
	}
}
