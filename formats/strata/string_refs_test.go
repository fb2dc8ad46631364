package strata

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// readBothWays reads file as a diff does (trusting the frames' checksums,
// straight from the streams) and as inspect --verify does (rebuilding the
// row-wise body for its digest as well): both must give want.
func readBothWays(t *testing.T, file []byte, want *snapshot.Catalog) {
	t.Helper()
	for _, opts := range []ReadOptions{{SkipDigest: true}, {}} {
		f, err := Decode(bytes.NewReader(file), "refs.strata", opts)
		if err != nil {
			t.Fatalf("SkipDigest %v: %v", opts.SkipDigest, err)
		}
		if !f.DigestOK || !sameCatalog(f.Catalog, want) {
			t.Fatalf("SkipDigest %v: digest ok %v, %s", opts.SkipDigest, f.DigestOK, firstDifference(f.Catalog, want))
		}
	}
}

// refCatalog is a catalog whose Columns[].Name stream holds more than
// maxStreamStrings strings that repeat (only the first maxStreamStrings
// are numbered; the rest are written out each time), whose
// Columns[].Type stream repeats a one-byte string too short to refer to,
// and whose Columns[].Default stream does not repeat in its first
// probeStrings strings, and is then counted no further, but repeats
// afterwards.
func refCatalog() *snapshot.Catalog {
	c := &snapshot.Catalog{ServerVersionNum: 170002, Schemas: []snapshot.Schema{{Name: "app"}}}
	const perTable = 100
	names := maxStreamStrings + 3000
	for t := range 2*names/perTable + 2 {
		table := snapshot.Table{Schema: "app", Name: fmt.Sprintf("t%05d", t), RelKind: "r"}
		for i := range perTable {
			at := t*perTable + i
			n := (t/2*perTable + i) % names // pairs of tables share names
			typ := fmt.Sprintf("t%03d", n%200)
			if n%3 == 0 {
				typ = "x"
			}
			def := fmt.Sprintf("'d%d'", at)
			if at > 2*probeStrings {
				def = fmt.Sprintf("'d%d'", at%7)
			}
			table.Columns = append(table.Columns, snapshot.Column{Name: fmt.Sprintf("c%06d", n), Type: typ, Default: def})
		}
		c.Tables = append(c.Tables, table)
	}
	c.Sort()
	return c
}

// streamMarks counts the marked strings and the references in the stream
// of the node named name in cols, a column-wise body with references.
func streamMarks(t *testing.T, cols []byte, bodyLength int, name string) (marks, refs int) {
	t.Helper()
	shape, err := readShape(cols, int64(bodyLength), false)
	if err != nil {
		t.Fatal(err)
	}
	// The file's shape is the model's, less what the catalog leaves
	// unused: walk both together.
	var find func(model, file *shapeNode) *shapeNode
	find = func(model, file *shapeNode) *shapeNode {
		if model.name == name {
			return file
		}
		for i := range min(len(model.children), len(file.children)) {
			if f := find(model.children[i], file.children[i]); f != nil {
				return f
			}
		}
		return nil
	}
	node := find(must(modelShape()), shape.root)
	if node == nil {
		t.Fatalf("no node %s", name)
	}
	s := shape.streams[node.index]
	for pos := 0; pos < len(s); {
		if s[pos] == refCode {
			i, w := binary.Uvarint(s[pos+1:])
			pos += 1 + w
			if i > 0 {
				refs++
				continue
			}
			marks++
		}
		pos = must(skipValue(s, pos, 0))
	}
	return marks, refs
}

// TestStringReferences: a current file refers to the strings that repeat
// in a stream, reads back the same catalog both ways, with the dictionary
// full and with strings too short to refer to, and holds fewer bytes
// than the same body with every string written out.
func TestStringReferences(t *testing.T) {
	for i, c := range []*snapshot.Catalog{refCatalog(), syntheticCatalog(300, 12), perKindCatalogs()[0]} {
		file := encode(t, sampleHeader(), c)
		readBothWays(t, file, c)
		body := encodeBody(c.WithoutDependencies())
		plain := must(toColumns(body))
		refs, _, err := toColumnsFramed(body, 0, 0, true)
		if err != nil {
			t.Fatal(err)
		}
		if i == 1 && len(refs) > len(plain)*3/4 {
			t.Errorf("catalog %d: %d bytes with references, %d without", i, len(refs), len(plain))
		}
		if i == 0 {
			if marks, _ := streamMarks(t, refs, len(body), "Catalog.Tables[].Columns[].Name"); marks != maxStreamStrings {
				t.Errorf("%d column names numbered, want %d", marks, maxStreamStrings)
			}
			if marks, refs := streamMarks(t, refs, len(body), "Catalog.Tables[].Columns[].Default"); marks+refs != 0 {
				t.Errorf("defaults, counted no further than %d strings: %d marked, %d references", probeStrings, marks, refs)
			}
		}
		shape, err := readShape(refs, int64(len(body)), false)
		if err != nil {
			t.Fatal(err)
		}
		shape.refs, shape.limit = true, len(body)
		back, _, err := rebuildShaped(shape)
		if err != nil || !bytes.Equal(back, body) {
			t.Fatalf("catalog %d: the body rebuilt from references differs (%v)", i, err)
		}
	}
}

// TestStringReferencesFromNewerBuild: a newer build's slot that this
// build does not know holds strings that repeat, written as references.
// Skipping the slot still numbers its strings, and the rest reads back.
func TestStringReferencesFromNewerBuild(t *testing.T) {
	_, tableSlots := layoutSlot(t, "snapshot.Table", "Columns")
	tablesSlot, slots := layoutSlot(t, "snapshot.Catalog", "Tables")
	want := &snapshot.Catalog{}
	list := binary.BigEndian.AppendUint16([]byte{0xdc}, 300)
	for i := range 300 {
		table := snapshot.Table{Schema: "app", Name: fmt.Sprintf("t%03d", i), RelKind: "r", Columns: []snapshot.Column{{Name: "id", Type: "integer"}}}
		e := &encoder{}
		encodeTable(e, &table)
		unknown := &encoder{}
		unknown.strValue(fmt.Sprintf("new %d", i%5))
		list = append(list, withExtraSlot(t, e.buf, tableSlots, unknown.buf)...)
		want.Tables = append(want.Tables, table)
	}
	body := withSlot(slots, tablesSlot, list)
	model, err := modelShape()
	if err != nil {
		t.Fatal(err)
	}
	newer := cloneShape(model)
	addSlot(t, newer, "Catalog.Tables[]")
	reindex(newer)
	cols, _, err := transpose(newer, body, 0, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(cols, []byte{refCode, 0, 0xa5, 'n', 'e', 'w', ' ', '4'}) || !bytes.Contains(cols, []byte{refCode, 5, refCode, 1}) {
		t.Fatal("the newer slot's strings are not referred to")
	}
	readBothWays(t, refFile(t, cols, body), want)
}

// refFile frames cols, a column-wise body with references of the row-wise
// body (a catalog without edges), as a current file.
func refFile(t *testing.T, cols, body []byte) []byte {
	t.Helper()
	payload := binary.AppendUvarint(nil, uint64(len(cols)))
	edges, _ := encodeEdges(&snapshot.Catalog{})
	payload = append(append(payload, cols...), edges...)
	compressed := compressColumns(payload)
	h := honest(body, compressed)
	h.FormatVersion = FormatVersion
	return craft(t, h, compressed)
}

// TestDamagedStringReferences: a reference to a string its stream has not
// numbered, or one whose number runs on, is refused in one line, whether
// the reader rebuilds the body or decodes the streams only.
func TestDamagedStringReferences(t *testing.T) {
	c := &snapshot.Catalog{}
	for i := range 50 {
		c.Tables = append(c.Tables, snapshot.Table{Schema: "app", Name: fmt.Sprintf("t%02d", i), RelKind: "r"})
	}
	body := encodeBody(c)
	cols, _, err := toColumnsFramed(body, 0, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	// The schemas' stream: "app" once, marked as number 0, then a
	// reference to it for each later table.
	first := bytes.Index(cols, []byte{refCode, 0, 0xa3, 'a', 'p', 'p', refCode, 1, refCode, 1})
	if first < 0 {
		t.Fatal("no references to the schema")
	}
	at := first + 6
	for name, edit := range map[string][]byte{
		"unnumbered":        {refCode, 2},
		"runs on":           {refCode, 0x80, 0x80, 0x80},
		"far":               {refCode, 0x80, 0x80, 0x01},
		"not a value":       {refCode, refCode},
		"marked nil":        {refCode, 0, 0xc0, refCode},
		"marked number":     {refCode, 0, 0x01, refCode},
		"marked empty":      {refCode, 0, 0xa0, refCode},
		"marked twice":      {refCode, 0, refCode, 0},
		"mark at the start": {refCode, 0, refCode, 1},
	} {
		t.Run(name, func(t *testing.T) {
			damaged := bytes.Clone(cols)
			copy(damaged[at:], edit)
			file := refFile(t, damaged, body)
			for _, opts := range []ReadOptions{{SkipDigest: true}, {}} {
				msg := mustFail(t, file, opts, ErrCorrupt)
				if strings.Contains(msg, "\n") {
					t.Errorf("SkipDigest %v: %q", opts.SkipDigest, msg)
				}
			}
		})
	}
}

// TestSmallBodyTakesTheSmallerForm: a body under dictionaryBelow is
// stored with or without references, whichever compresses smaller (the
// dictionary was built from bodies without them); either reads back.
func TestSmallBodyTakesTheSmallerForm(t *testing.T) {
	catalogs := append(perKindCatalogs(), syntheticCatalog(40, 8))
	if old, err := ReadFile("testdata/format_v2.strata", ReadOptions{}); err == nil {
		catalogs = append(catalogs, old.Catalog)
	}
	tested := 0
	for i, c := range catalogs {
		edges, ok := encodeEdges(c)
		if !ok || c.Validate() != nil { // some kinds' catalogs are parts only
			continue
		}
		tested++
		body := encodeBody(c.WithoutDependencies())
		if len(body) >= dictionaryBelow {
			t.Fatalf("catalog %d: a body of %d bytes is not small", i, len(body))
		}
		var sizes []int
		for _, refs := range []bool{false, true} {
			cols, _, err := toColumnsFramed(body, binary.MaxVarintLen64, 0, refs)
			if err != nil {
				t.Fatal(err)
			}
			sizes = append(sizes, len(compressColumns(framePayload(cols, edges))))
		}
		file := encode(t, sampleHeader(), c)
		h, err := Decode(bytes.NewReader(file), "small.strata", ReadOptions{})
		if err != nil {
			t.Fatalf("catalog %d: %v", i, err)
		}
		if got := int(h.Header.CompressedLength); got != min(sizes[0], sizes[1]) {
			t.Errorf("catalog %d: stored %d bytes; %d without references, %d with", i, got, sizes[0], sizes[1])
		}
	}
	if tested < 5 {
		t.Errorf("only %d catalogs tested", tested)
	}
}
