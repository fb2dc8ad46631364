package diffengine_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/formats/render/htmltest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// BenchmarkRender10kTables renders the plan of BenchmarkDiff10kTables
// (about 5% of 10,000 tables changed) with each format: what --format adds
// to the plan's time (budget: 0.2 s). "sides" is the digest of both
// catalogs, which json, review, html and --comments compute for a live source
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
	// What a live diff with json, review or html waits for: the plan, with both
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

// BenchmarkOpenHTML10kTables opens the html format of that plan in
// headless Chromium: "load-ms" is the time from navigation until the load
// event and the filter's script being ready (target: under 2 s), as the
// test sees it; "loadevent-ms" the browser's own Navigation Timing of it;
// "filter-ms" the time the filter's script takes to apply a first hazard
// filter to every statement. Without Chromium it skips (see htmltest).
func BenchmarkOpenHTML10kTables(b *testing.B) {
	htmltest.Chromium(b)
	from, to := syntheticCatalog(10000, false), syntheticCatalog(10000, true)
	plan, err := diffengine.Diff(from, to, diffengine.Options{WithPrivileges: true})
	if err != nil || plan.Empty() {
		b.Fatalf("plan: %v", err)
	}
	var page bytes.Buffer
	if err := render.Render(&page, "html", render.Input{Plan: plan, From: from, To: to, ToolVersion: "bench"}); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "plan.html")
	if err := os.WriteFile(path, page.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d statements, %d bytes of HTML", len(plan.Statements), page.Len())
	browser := htmltest.Start(b, 10*time.Minute)
	var load, loadEvent time.Duration
	var filter float64
	b.ResetTimer()
	for range b.N {
		p := browser.Open(b, path, true)
		load += p.Load
		loadEvent += p.LoadEvent
		filter += htmltest.Eval[float64](b, p, `(() => { const t0 = performance.now();
			document.querySelector("input[name=hazard]").click(); return performance.now() - t0 })()`)
		if problems := p.Problems(); len(problems) > 0 {
			b.Fatalf("the page had problems: %v", problems)
		}
	}
	b.ReportMetric(float64(load.Milliseconds())/float64(b.N), "load-ms")
	b.ReportMetric(float64(loadEvent.Milliseconds())/float64(b.N), "loadevent-ms")
	b.ReportMetric(filter/float64(b.N), "filter-ms")
}
