package diffengine_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/sqlscript"
	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// TestCrossMajor proves that diffs between servers of different majors
// report only real differences and plan only what the source can run. Every
// round-trip case side, loaded on two majors, must diff to nothing both
// ways; and each case's change, planned from one major to the other, must
// apply on the source and leave it equal to the target side loaded on the
// source's own major.
//
// It runs on pairs of the configured majors (PGSTRATA_PG_MAJORS; see
// majorPairs), and is skipped when only one is configured.
func TestCrossMajor(t *testing.T) {
	clusters := pgtest.Clusters(t)
	if len(clusters) < 2 {
		t.Skip("needs two PostgreSQL majors (PGSTRATA_PG_MAJORS=15,17)")
	}
	entries, err := os.ReadDir(caseDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, pair := range majorPairs(clusters) {
		older, newer := pair[0], pair[1]
		t.Run(fmt.Sprintf("pg%d_pg%d", older.Major, newer.Major), func(t *testing.T) {
			for _, e := range entries {
				if !e.IsDir() {
					continue
				}
				dir := filepath.Join(caseDir, e.Name())
				t.Run(e.Name(), func(t *testing.T) {
					t.Parallel()
					opts := readCaseOptions(t, dir)
					if older.Major < opts.MinMajor {
						t.Skipf("needs PostgreSQL %d or newer", opts.MinMajor)
					}
					if opts.Pending != "" {
						t.Skipf("pending: %s", opts.Pending)
					}
					crossMajor(t, older, newer, dir, opts)
				})
			}
		})
	}
}

// majorPairs picks the pairs of majors to compare: the oldest with the
// newest, and each with the next (12,18 gives one pair; 12–18, seven).
func majorPairs(clusters []*pgtest.Cluster) [][2]*pgtest.Cluster {
	sorted := slices.Clone(clusters)
	slices.SortFunc(sorted, func(a, b *pgtest.Cluster) int { return a.Major - b.Major })
	pairs := [][2]*pgtest.Cluster{{sorted[0], sorted[len(sorted)-1]}}
	if len(sorted) > 2 {
		for i := 0; i+1 < len(sorted); i++ {
			pairs = append(pairs, [2]*pgtest.Cluster{sorted[i], sorted[i+1]})
		}
	}
	return pairs
}

// crossMajor loads both sides of a case on both majors. Each side must
// diff to nothing against itself on the other major, in both directions.
// Each change, planned from one major's catalog to the other's, must apply
// on the source and leave it equal to the target side as loaded on the
// source's own major, in both directions.
func crossMajor(t *testing.T, older, newer *pgtest.Cluster, dir string, opts caseOptions) {
	withPrivileges := opts.WithPrivileges == nil || *opts.WithPrivileges
	diffOpts := diffengine.Options{WithPrivileges: withPrivileges}
	type loaded struct {
		db  string
		cat *snapshot.Catalog
	}
	sides := map[*pgtest.Cluster]map[string]loaded{older: {}, newer: {}}
	for _, c := range []*pgtest.Cluster{older, newer} {
		for _, side := range []string{"a.sql", "b.sql"} {
			db := c.CreateDB(t)
			func() {
				loadMu.Lock()
				defer loadMu.Unlock()
				c.LoadFile(t, db, filepath.Join(dir, side))
			}()
			sides[c][side] = loaded{db, readCatalog(t, c, db)}
		}
	}
	for _, side := range []string{"a.sql", "b.sql"} {
		for _, way := range [][2]*pgtest.Cluster{{older, newer}, {newer, older}} {
			plan, err := diffengine.Diff(sides[way[0]][side].cat, sides[way[1]][side].cat, diffOpts)
			if err != nil {
				t.Fatal(err)
			}
			if !plan.Empty() {
				t.Errorf("%s: pg%d → pg%d is not empty:\n%s", side, way[0].Major, way[1].Major, sqlscript.Render(plan))
			}
		}
	}
	if t.Failed() {
		return
	}
	for _, d := range directions {
		for _, way := range [][2]*pgtest.Cluster{{older, newer}, {newer, older}} {
			source, target := way[0], way[1]
			plan, err := diffengine.Diff(sides[source][d.from].cat, sides[target][d.to].cat, diffOpts)
			if err != nil {
				t.Fatal(err)
			}
			script := sqlscript.Render(plan)
			db := source.CreateDBFromTemplate(t, sides[source][d.from].db)
			if script != "" {
				source.LoadSQL(scriptTB{TB: t, script: script}, db, script)
			}
			got, want := readCatalog(t, source, db), sides[source][d.to].cat
			if _, inexact := opts.Inexact[d.name]; inexact {
				got, want = withoutLocality(got), withoutLocality(want)
			}
			if !withPrivileges {
				want = expectedWithoutPrivileges(t, want, sides[source][d.from].cat, got)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s, pg%d → pg%d: after the script, the source differs from %s loaded on pg%d:\n%s\nscript:\n%s",
					d.name, source.Major, target.Major, d.to, source.Major, catalogDiff(want, got), numbered(script))
			}
		}
	}
}
