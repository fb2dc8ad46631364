package strata

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/pgstrata/pgstrata/snapshot"
)

// TestDictionaryPinned: files name their zstd dictionary by ID, so the
// bytes behind an ID may never change. A new dictionary is a new ID.
func TestDictionaryPinned(t *testing.T) {
	const want = "49f639cb31264150f26d1b85bb13a77cbdcf945b36975530e333dbae408fc681"
	sum := sha256.Sum256(dictionary1)
	if got := hex.EncodeToString(sum[:]); got != want || len(dictionary1) != 54532 {
		t.Fatalf("dictionary %d changed: %d bytes, sha256 %s; give a new dictionary a new ID and keep this one", dictionaryID, len(dictionary1), got)
	}
}

// TestColumnsRoundTrip: transposing a body and joining it back gives the
// body byte for byte, for every kind, empty catalogs and large ones; a
// small catalog stores a small shape.
func TestColumnsRoundTrip(t *testing.T) {
	catalogs := append(perKindCatalogs(), &snapshot.Catalog{}, syntheticCatalog(300, 12))
	if old, err := ReadFile("testdata/format_v2.strata", ReadOptions{}); err == nil {
		catalogs = append(catalogs, old.Catalog)
	}
	model, err := modelShape()
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range catalogs {
		body := encodeBody(c)
		cols, err := toColumns(body)
		if err != nil {
			t.Fatalf("catalog %d: %v", i, err)
		}
		back, err := fromColumns(cols, int64(len(body)))
		if err != nil {
			t.Fatalf("catalog %d: %v", i, err)
		}
		if !bytes.Equal(back, body) {
			t.Fatalf("catalog %d: joined body differs from the one split", i)
		}
		if nodes, _ := binary.Uvarint(cols); len(c.Tables) == 0 && int(nodes) >= countNodes(model) {
			t.Errorf("catalog %d: a shape of %d nodes for a catalog without tables", i, nodes)
		}
	}
}

func countNodes(n *shapeNode) int {
	count := 1
	for _, c := range n.children {
		count += countNodes(c)
	}
	return count
}

// TestColumnsFromNewerBuild: a newer build appends slots to its structs,
// and its files store the shape it used. This build rebuilds such a body
// from the file's shape, not its own, and the decoder then skips the
// slots it does not know.
func TestColumnsFromNewerBuild(t *testing.T) {
	body, want := newerBody(t)
	if _, err := toColumns(body); err == nil {
		t.Fatal("this build's shape took a struct with a slot it does not have")
	}
	model, err := modelShape()
	if err != nil {
		t.Fatal(err)
	}
	newer := cloneShape(model)
	addSlot(t, newer, "Catalog")
	addSlot(t, newer, "Catalog.Tables[]")
	reindex(newer)
	cols, _, err := transpose(newer, body, 0, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	back, err := fromColumns(cols, int64(len(body)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back, body) {
		t.Fatal("the newer body was not rebuilt byte for byte")
	}
	compressed := compressColumns(cols)
	f, err := Decode(bytes.NewReader(craft(t, honest(body, compressed), compressed)), "newer", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !sameCatalog(f.Catalog, want) {
		t.Errorf("decoded differently: %s", firstDifference(f.Catalog, want))
	}
}

func cloneShape(n *shapeNode) *shapeNode {
	c := *n
	c.children = nil
	for _, child := range n.children {
		c.children = append(c.children, cloneShape(child))
	}
	return &c
}

// addSlot appends a value slot to the struct node called name.
func addSlot(t *testing.T, root *shapeNode, name string) {
	t.Helper()
	var find func(*shapeNode) *shapeNode
	find = func(n *shapeNode) *shapeNode {
		if n.name == name {
			return n
		}
		for _, c := range n.children {
			if found := find(c); found != nil {
				return found
			}
		}
		return nil
	}
	n := find(root)
	if n == nil || n.kind != nodeRecord {
		t.Fatalf("no struct %s in the shape", name)
	}
	n.children = append(n.children, &shapeNode{name: name + ".New"})
}

func reindex(root *shapeNode) {
	next := 0
	var walk func(*shapeNode)
	walk = func(n *shapeNode) {
		n.index = next
		next++
		for _, c := range n.children {
			walk(c)
		}
	}
	walk(root)
}

// TestDamagedColumns: a column-wise body whose digest a forger made right
// but whose shape or streams lie is refused with a message, without
// panicking or allocating past what the header declares.
func TestDamagedColumns(t *testing.T) {
	body := encodeBody(perKindCatalogs()[0])
	cols := must(toColumns(body))
	prefix := func(kinds []uint64, lengths []uint64) []byte {
		out := binary.AppendUvarint(nil, uint64(len(kinds)))
		for _, k := range kinds {
			out = binary.AppendUvarint(out, k)
		}
		for _, l := range lengths {
			out = binary.AppendUvarint(out, l)
		}
		return out
	}
	deep := make([]uint64, 40)
	for i := range deep {
		deep[i] = nodeList
	}
	deep[len(deep)-1] = nodeValue
	cases := []struct {
		name, cols, want string
		length           int
	}{
		{"empty", "", "bad or missing number", 0},
		{"no nodes", "\x00", "a shape of 0 nodes", 0},
		{"more nodes than bytes", string(binary.AppendUvarint(nil, 1<<13)), "a shape of 8192 nodes", 0},
		{"too many nodes", string(binary.AppendUvarint(nil, 1<<20)) + strings.Repeat("\x00", 1<<20), "a shape of 1048576 nodes", 0},
		{"too deep", string(prefix(deep, make([]uint64, 40))), "deeper than 32", 0},
		{"struct of too many slots", string(prefix([]uint64{nodeRecord + 5, 0}, []uint64{0, 0})), "struct of 5 slots", 0},
		{"fewer nodes than declared", string(prefix([]uint64{nodeValue, nodeValue}, nil)), "2 were declared", 0},
		{"streams past the end", string(prefix([]uint64{nodeValue}, []uint64{1 << 30})), "streams longer than the body", 0},
		{"streams short of the end", string(prefix([]uint64{nodeValue}, []uint64{1})) + "\xc0\xc0", "streams of 1 bytes in 2", 2},
		{"a value stream too long", string(prefix([]uint64{nodeValue}, []uint64{2})) + "\xc0\xc0", "1 bytes left", 2},
		{"a truncated value", string(prefix([]uint64{nodeValue}, []uint64{2})) + "\xa5a", "stream 0", 2},
		{"an array where the stream ends", string(prefix([]uint64{nodeList, nodeValue}, []uint64{1, 0})) + "\x91", "stream 1", 1},
		{"body length lies", string(cols), "the header declares", len(body) + 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := fromColumns([]byte(c.cols), int64(c.length))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
			if !errors.Is(err, errColumns) && !strings.Contains(err.Error(), "the header declares") {
				t.Errorf("error %v is not errColumns", err)
			}
		})
	}
}

// TestColumnsAllocation: transposing a body allocates the column-wise body
// once, at its size. Streams grown by appending allocated six times the
// body (139 MB for the 23 MB body of a 10,000-table catalog of views), all
// of it garbage on the path of every snapshot.
func TestColumnsAllocation(t *testing.T) {
	body, _, err := EncodeBody(syntheticCatalog(2000, 10))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := toColumns(body); err != nil { // the model's shape, parsed once
		t.Fatal(err)
	}
	allocated := allocatedBy(func() {
		if _, err := toColumns(body); err != nil {
			t.Fatal(err)
		}
	})
	t.Logf("a %d-byte body: %d bytes allocated", len(body), allocated)
	if limit := uint64(len(body)) * 3 / 2; allocated > limit {
		t.Errorf("transposing a %d-byte body allocated %d bytes, more than %d", len(body), allocated, limit)
	}
}

// TestEncodeAllocation: the body is written into one buffer that doubles
// when full, so encoding allocates about twice the final capacity (between
// two and four times the body, by where its size falls between powers of
// two; 2.5 times for this one). append's own growth for large slices, a
// quarter at a time, allocated about five times it (5.1 here).
func TestEncodeAllocation(t *testing.T) {
	c := syntheticCatalog(2000, 10)
	var body []byte
	allocated := allocatedBy(func() { body = encodeBody(c) })
	t.Logf("a %d-byte body: %d bytes allocated", len(body), allocated)
	if limit := uint64(len(body)) * 3; allocated > limit {
		t.Errorf("encoding a %d-byte body allocated %d bytes, more than %d", len(body), allocated, limit)
	}
}

// TestDictionaryOnlyForSmallBodies: a body below dictionaryBelow is
// compressed with dictionary 1 and a bigger one without a dictionary (which
// zstd decodes faster, and which compresses big bodies smaller); both read
// back as they were written, and a reader of either takes the other's.
func TestDictionaryOnlyForSmallBodies(t *testing.T) {
	for _, tc := range []struct {
		tables   int
		wantDict uint32
	}{{3, dictionaryID}, {3000, 0}} {
		c := syntheticCatalog(tc.tables, 12)
		var buf bytes.Buffer
		h, err := Encode(&buf, Header{ToolVersion: "test"}, c)
		if err != nil {
			t.Fatal(err)
		}
		raw := buf.Bytes()
		var frame zstd.Header
		if err := frame.Decode(raw[len(raw)-int(h.CompressedLength):]); err != nil {
			t.Fatal(err)
		}
		if big := h.BodyLength >= dictionaryBelow; big != (tc.wantDict == 0) {
			t.Fatalf("%d tables: a body of %d bytes; the test needs one %s %d", tc.tables, h.BodyLength, map[bool]string{true: "below", false: "of at least"}[big], dictionaryBelow)
		}
		if frame.DictionaryID != tc.wantDict {
			t.Errorf("%d tables (body %d bytes): frame names dictionary %d, want %d", tc.tables, h.BodyLength, frame.DictionaryID, tc.wantDict)
		}
		back, err := Decode(bytes.NewReader(raw), "test", ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !sameCatalog(back.Catalog, c) {
			t.Errorf("%d tables: the catalog read back differs", tc.tables)
		}
	}
}
