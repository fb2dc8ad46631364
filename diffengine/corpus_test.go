package diffengine_test

import (
	"reflect"
	"testing"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/sqlscript"
	"github.com/pgstrata/pgstrata/internal/corpus"
	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// TestCorpusRoundTrips runs every real-world schema through the diff: built
// from an empty database, torn down to an empty database, and compared with
// a template copy of itself (which must diff to nothing).
func TestCorpusRoundTrips(t *testing.T) {
	schemas := corpus.Schemas()
	if schemas == nil {
		dir, _ := corpus.Dir()
		t.Skipf("corpus not found at %s (set PGSTRATA_CORPUS): real-schema round trips skipped", dir)
	}
	opts := diffengine.Options{WithPrivileges: true}
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		for _, s := range schemas {
			t.Run(s.Name, func(t *testing.T) {
				if !s.LoadsOn(c.Major) {
					t.Skipf("%s does not load on PostgreSQL %d: it %s", s.Name, c.Major, s.Why)
				}
				loaded := c.CreateDB(t)
				func() {
					loadMu.Lock()
					defer loadMu.Unlock()
					if s.Preamble != "" {
						c.LoadFile(t, loaded, s.Preamble)
					}
					c.LoadFile(t, loaded, s.Path, s.Vars...)
				}()
				full := readCatalog(t, c, loaded)
				empty := readCatalog(t, c, c.CreateDB(t))

				t.Run("template_copy_is_same", func(t *testing.T) {
					copied := readCatalog(t, c, c.CreateDBFromTemplate(t, loaded))
					plan, err := diffengine.Diff(full, copied, opts)
					if err != nil {
						t.Fatal(err)
					}
					if !plan.Empty() {
						t.Errorf("a template copy diffs to:\n%s", sqlscript.Render(plan))
					}
				})
				t.Run("empty_to_schema", func(t *testing.T) {
					applyAndCompare(t, c, c.CreateDB(t), empty, full, opts)
				})
				t.Run("schema_to_empty", func(t *testing.T) {
					applyAndCompare(t, c, c.CreateDBFromTemplate(t, loaded), full, empty, opts)
				})
			})
		}
	})
}

// applyAndCompare plans from → to, applies the script to db (which holds
// from) in one transaction and requires db to end up equal to to, with an
// empty second diff.
func applyAndCompare(t *testing.T, c *pgtest.Cluster, db string, from, to *snapshot.Catalog, opts diffengine.Options) {
	t.Helper()
	plan, err := diffengine.Diff(from, to, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range plan.Warnings {
		t.Errorf("plan warning: %s", w)
	}
	script := sqlscript.Render(plan)
	if script != "" {
		c.LoadSQL(scriptTB{TB: t, script: script}, db, script)
	}
	got := readCatalog(t, c, db)
	if !reflect.DeepEqual(got, to) {
		t.Fatalf("after the script the catalog differs:\n%s", catalogDiff(to, got))
	}
	again, err := diffengine.Diff(got, to, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Empty() {
		t.Errorf("a second diff is not empty:\n%s", sqlscript.Render(again))
	}
}
