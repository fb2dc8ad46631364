package diffengine_test

import (
	"io"
	"sync"
	"testing"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/snapshot"
)

// BenchmarkRender10kTables renders the plan of BenchmarkDiff10kTables
// (about 5% of 10,000 tables changed) with each format: what --format adds
// to the plan's time (budget: 0.2 s). "sides" is the digest of both
// catalogs, which json, review and --comments compute for a live source
// (a snapshot file's header has it).
func BenchmarkRender10kTables(b *testing.B) {
	from, to := syntheticCatalog(10000, false), syntheticCatalog(10000, true)
	plan, err := diffengine.Diff(from, to, diffengine.Options{WithPrivileges: true})
	if err != nil || plan.Empty() {
		b.Fatalf("plan: %v", err)
	}
	in := render.Input{Plan: plan, From: from, To: to, ToolVersion: "bench", Comments: true}
	for _, name := range render.Names() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if err := render.Render(io.Discard, name, in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	// What a live diff with json or review waits for: the plan, with both
	// digests computed meanwhile (as cmd/pgstrata's startDigests does),
	// against the plan alone.
	b.Run("plan", func(b *testing.B) {
		for range b.N {
			if _, err := diffengine.Diff(from, to, diffengine.Options{WithPrivileges: true}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("plan_with_sides", func(b *testing.B) {
		for range b.N {
			var wg sync.WaitGroup
			for _, c := range []*snapshot.Catalog{from, to} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if _, err := render.SideOf(c); err != nil {
						b.Error(err)
					}
				}()
			}
			if _, err := diffengine.Diff(from, to, diffengine.Options{WithPrivileges: true}); err != nil {
				b.Fatal(err)
			}
			wg.Wait()
		}
	})
	b.Run("sides", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			if _, err := render.SideOf(from); err != nil {
				b.Fatal(err)
			}
			if _, err := render.SideOf(to); err != nil {
				b.Fatal(err)
			}
		}
	})
}
