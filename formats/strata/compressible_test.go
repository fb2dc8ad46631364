package strata

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// TestHighlyCompressibleBody: a schema-per-tenant catalog (the same tables
// in a thousand schemas) compresses far better than the 32:1 that
// decompress first makes room for. Such a file must read; zstd reports the
// short buffer as a block error, not only as ErrDecoderSizeExceeded, and
// bench/run.sh's 1,000-schema file was once refused as corrupt for it.
func TestHighlyCompressibleBody(t *testing.T) {
	c := &snapshot.Catalog{ServerVersionNum: 150000}
	for s := range 1000 {
		schema := fmt.Sprintf("tenant_%04d", s)
		c.Schemas = append(c.Schemas, snapshot.Schema{Name: schema, Common: snapshot.Common{Owner: "owner"}})
		for i := range 10 {
			table := snapshot.Table{Schema: schema, Name: fmt.Sprintf("table_%d", i), RelKind: "r",
				Common: snapshot.Common{Owner: "owner"}}
			for j := range 10 {
				table.Columns = append(table.Columns, snapshot.Column{Name: fmt.Sprintf("column_%d", j), Type: "integer"})
			}
			c.Tables = append(c.Tables, table)
		}
	}
	c.Sort()
	var buf bytes.Buffer
	h, err := Encode(&buf, Header{ToolVersion: "test"}, c)
	if err != nil {
		t.Fatal(err)
	}
	if ratio := h.BodyLength / h.CompressedLength; ratio < 40 {
		t.Fatalf("the body compresses only %d:1; the test needs a ratio well above 32:1", ratio)
	}
	f, err := Decode(bytes.NewReader(buf.Bytes()), "tenants.strata", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !sameCatalog(f.Catalog, c) {
		t.Fatal("the catalog changed through the file")
	}
}
