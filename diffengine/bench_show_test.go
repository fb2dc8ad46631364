package diffengine_test

import (
	"io"
	"testing"

	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/formats/show"
	"github.com/pgstrata/pgstrata/formats/sqlscript"
)

// BenchmarkShow10kTables is pgstrata show of a 10,000-table catalog
// (syntheticCatalog), once decoded: the whole DDL (sql), one table with
// what belongs to it (pattern), and the object listing (json). Target:
// well under a second each.
func BenchmarkShow10kTables(b *testing.B) {
	cat := syntheticCatalog(10000, false)
	for _, bc := range []struct {
		name string
		opts show.Options
		json bool
	}{
		{"sql", show.Options{}, false},
		{"pattern", show.Options{Patterns: []string{"s7.t507"}}, false},
		{"json", show.Options{}, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if bc.json {
					if err := show.WriteJSON(io.Discard, cat, bc.opts, render.Side{}, "bench"); err != nil {
						b.Fatal(err)
					}
					continue
				}
				plan, err := show.Plan(cat, bc.opts)
				if err != nil || plan.Empty() {
					b.Fatalf("plan: %v", err)
				}
				io.WriteString(io.Discard, sqlscript.Render(plan))
			}
		})
	}
}
