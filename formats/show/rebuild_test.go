package show_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/pgstrata/pgstrata/formats/show"
	"github.com/pgstrata/pgstrata/formats/sqlscript"
	"github.com/pgstrata/pgstrata/internal/corpus"
	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/internal/testdiff"
	"github.com/pgstrata/pgstrata/snapshot"
)

// caseDir holds the round-trip cases of diffengine; each side of each is a
// schema to show.
var caseDir = filepath.Join("..", "..", "testdata", "diff")

// loadMu serializes loading schemas: cases create cluster-wide roles in
// IF NOT EXISTS blocks, which race when two databases load at once (as in
// diffengine's round trip).
var loadMu sync.Mutex

// TestShowRebuilds proves the sql format: for every side of every
// round-trip case and every corpus schema, the DDL that show prints for
// the snapshot, loaded into an empty database in one transaction, gives
// back the same catalog (the round trip's equality: every field of every
// object, dependency edges included).
func TestShowRebuilds(t *testing.T) {
	entries, err := os.ReadDir(caseDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(caseDir, e.Name())
		minMajor := caseMinMajor(t, dir)
		for _, side := range []string{"a", "b"} {
			t.Run(e.Name()+"/"+side, func(t *testing.T) {
				t.Parallel()
				pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
					if c.Major < minMajor {
						t.Skipf("needs PostgreSQL %d or newer", minMajor)
					}
					checkRebuild(t, c, filepath.Join(dir, side+".sql"), "", nil)
				})
			})
		}
	}
	schemas := corpus.Schemas()
	if schemas == nil {
		dir, _ := corpus.Dir()
		t.Logf("corpus not found at %s (set PGSTRATA_CORPUS): real schemas not shown", dir)
		return
	}
	for _, s := range schemas {
		t.Run("corpus/"+s.Name, func(t *testing.T) {
			t.Parallel()
			pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
				if !s.LoadsOn(c.Major) {
					t.Skipf("%s does not load on PostgreSQL %d: it %s", s.Name, c.Major, s.Why)
				}
				checkRebuild(t, c, s.Path, s.Preamble, s.Vars)
			})
		})
	}
}

// caseMinMajor reads min_major from a case's options.json (0 when none).
func caseMinMajor(t *testing.T, dir string) int {
	var opts struct {
		MinMajor int `json:"min_major"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "options.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return 0
	}
	if err == nil {
		err = json.Unmarshal(data, &opts)
	}
	if err != nil {
		t.Fatalf("%s/options.json: %v", dir, err)
	}
	return opts.MinMajor
}

// checkRebuild loads path (after preamble) into a new database, shows its
// snapshot, loads that into another new database and compares.
func checkRebuild(t *testing.T, c *pgtest.Cluster, path, preamble string, vars []string) {
	original := c.CreateDB(t)
	func() {
		loadMu.Lock()
		defer loadMu.Unlock() // LoadFile may end the goroutine
		if preamble != "" {
			c.LoadFile(t, original, preamble)
		}
		c.LoadFile(t, original, path, vars...)
	}()
	want := readCatalog(t, c, original)
	if len(want.NotModeled) > 0 {
		t.Skipf("holds objects pgstrata does not model, which show leaves out: %v", want.NotModeled)
	}
	script := showSQL(t, throughFile(t, want))
	rebuilt := c.CreateDB(t)
	if script != "" {
		c.LoadSQL(scriptTB{TB: t, script: script}, rebuilt, script)
	}
	got := readCatalog(t, c, rebuilt)
	if reflect.DeepEqual(got, want) {
		return
	}
	if again := showSQL(t, got); again != script {
		t.Fatalf("the rebuilt database differs: show prints (- original, + rebuilt):\n%s", testdiff.Text(script, again))
	}
	t.Fatalf("the rebuilt database differs where show prints the same (- original, + rebuilt):\n%s", fieldDiff(want, got))
}

func showSQL(t *testing.T, cat *snapshot.Catalog) string {
	t.Helper()
	plan, err := show.Plan(cat, show.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range plan.Warnings {
		t.Errorf("warning: %s", w)
	}
	return sqlscript.Render(plan)
}

// fieldDiff shows the Catalog fields that differ.
func fieldDiff(want, got *snapshot.Catalog) string {
	var b strings.Builder
	wv, gv := reflect.ValueOf(want).Elem(), reflect.ValueOf(got).Elem()
	for i := range wv.NumField() {
		if !wv.Type().Field(i).IsExported() { // edges held by number: compared as Dependencies
			continue
		}
		wf, gf := wv.Field(i).Interface(), gv.Field(i).Interface()
		if wv.Type().Field(i).Name == "Dependencies" {
			wf, gf = want.DependencyList(), got.DependencyList()
		}
		if !reflect.DeepEqual(wf, gf) {
			fmt.Fprintf(&b, "%s:\n%s", wv.Type().Field(i).Name, testdiff.Values(wf, gf))
		}
	}
	return b.String()
}

// scriptTB adds the numbered script to a failure of LoadSQL, whose psql
// messages give only line numbers.
type scriptTB struct {
	testing.TB
	script string
}

func (s scriptTB) Fatalf(format string, args ...any) {
	s.TB.Helper()
	lines := strings.Split(strings.TrimSuffix(s.script, "\n"), "\n")
	var b strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&b, "%4d  %s\n", i+1, l)
	}
	s.TB.Fatalf(format+"\nscript:\n%s", append(args, b.String())...)
}

// TestFieldDiffNamesTheField: the failure message names the fields that
// differ, whatever fields the catalog has (an unexported one made it
// panic).
func TestFieldDiffNamesTheField(t *testing.T) {
	want := &snapshot.Catalog{Schemas: []snapshot.Schema{{Name: "s"}}, Tables: []snapshot.Table{{Schema: "s", Name: "a"}}}
	want.Dependencies = []snapshot.Dependency{{From: want.Tables[0].ID(), To: want.Schemas[0].ID(), Type: "n"}}
	got := &snapshot.Catalog{Schemas: want.Schemas}
	out := fieldDiff(want, got)
	for _, field := range []string{"Tables:", "Dependencies:"} {
		if !strings.Contains(out, field) {
			t.Errorf("the description does not name %s\n%s", field, out)
		}
	}
}
