package diffengine_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/sqlscript"
	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/internal/testdiff"
	"github.com/pgstrata/pgstrata/snapshot"
)

var (
	update = flag.Bool("update", false, "rewrite the golden files (expected.sql, expected_reverse.sql) under testdata/diff")
	// -pending runs the cases marked pending too, to see where the engine
	// stands on them.
	runPending = flag.Bool("pending", false, "also run round-trip cases marked pending in options.json")
)

// caseDir holds one folder per round-trip case: a.sql and b.sql, and
// optionally expected.sql (the script for a→b), expected_reverse.sql (b→a)
// and options.json.
var caseDir = filepath.Join("..", "testdata", "diff")

// caseOptions is a case's options.json.
type caseOptions struct {
	// WithPrivileges is Options.WithPrivileges; default true, so that the
	// round trip proves grants and ownership too.
	WithPrivileges *bool `json:"with_privileges"`
	// MinMajor skips the case on older servers (syntax they lack).
	MinMajor int `json:"min_major"`
	// Pending names what the engine cannot do yet; the case is skipped with
	// that reason until the feature lands (then the field is removed).
	Pending string `json:"pending"`
	// DataLoss names the directions ("a_to_b", "b_to_a") in which the plan
	// is expected to lose rows, with why; the others must keep them (see
	// checkData).
	DataLoss map[string]string `json:"data_loss"`
	// Inexact names the directions in which no plan can reach the target
	// exactly, with why: there the plan must warn, and the catalogs must
	// agree but for whether columns are their tables' own (attislocal,
	// which no ALTER sets; see sameButLocality).
	Inexact map[string]string `json:"inexact"`
	// Warnings names the directions whose plan must warn, each with a
	// text every warning of that plan contains; any other warning fails.
	Warnings map[string]string `json:"warnings"`
	// OnlineGolden pins the online plans too: expected_online.sql and
	// expected_online_reverse.sql (and their .hazards). Every case's online
	// plans are applied and checked; only these are pinned.
	OnlineGolden bool `json:"online_golden"`
}

func readCaseOptions(t *testing.T, dir string) caseOptions {
	t.Helper()
	var opts caseOptions
	data, err := os.ReadFile(filepath.Join(dir, "options.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return opts
	}
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields() // a misspelt option would silently do nothing
	if err := dec.Decode(&opts); err != nil {
		t.Fatalf("%s/options.json: %v", dir, err)
	}
	return opts
}

// direction is one way through a case.
type direction struct {
	name     string // subtest name
	from, to string // SQL files
	golden   string // golden file name
}

var directions = []direction{
	{name: "a_to_b", from: "a.sql", to: "b.sql", golden: "expected.sql"},
	{name: "b_to_a", from: "b.sql", to: "a.sql", golden: "expected_reverse.sql"},
}

// online is the direction d planned with Options.Online: subtest
// a_to_b_online, golden expected_online.sql.
func (d direction) online() direction {
	d.name += "_online"
	d.golden = strings.Replace(d.golden, "expected", "expected_online", 1)
	return d
}

// option is the direction's name in options.json: an online plan goes
// the same way, with the same expected losses and warnings.
func (d direction) option() string { return strings.TrimSuffix(d.name, "_online") }

// onlineOptions are the online options the round trip plans with: the
// CLI's default timeouts.
func onlineOptions(opts diffengine.Options) diffengine.Options {
	opts.Online, opts.LockTimeout, opts.StatementTimeout = true, 3*time.Second, 0
	return opts
}

// loadMu serializes loading the case files: cases create cluster-wide roles
// with IF NOT EXISTS blocks, which race (duplicate key in pg_authid) when
// two databases load at once. Everything else runs in parallel.
var loadMu sync.Mutex

// TestRoundTrip proves each plan on a real server: the script for a→b (and
// b→a), applied to a database holding a in one transaction, must leave
// exactly b's catalog, after which there is nothing left to diff. The
// online plans (subtests a_to_b_online, b_to_a_online) are applied as
// users run them, with psql without -1, segment after segment.
func TestRoundTrip(t *testing.T) {
	entries, err := os.ReadDir(caseDir)
	if err != nil {
		t.Fatal(err)
	}
	goldenMajor := goldenMajorOf(pgtest.Clusters(t))
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		name := e.Name()
		dir := filepath.Join(caseDir, name)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			opts := readCaseOptions(t, dir)
			for _, d := range append(slices.Clone(directions), directions[0].online(), directions[1].online()) {
				online := strings.HasSuffix(d.name, "_online")
				t.Run(d.name, func(t *testing.T) {
					pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
						if c.Major < opts.MinMajor {
							t.Skipf("needs PostgreSQL %d or newer", opts.MinMajor)
						}
						if opts.Pending != "" && !*runPending {
							t.Skipf("pending: %s", opts.Pending)
						}
						golden := c.Major == goldenMajor && (!online || opts.OnlineGolden)
						roundTrip(t, c, dir, d, opts, golden, online)
					})
				})
			}
		})
	}
}

// goldenMajorOf picks the server whose output the golden files hold: 15,
// on which they are written. Other majors deparse some definitions
// differently (views from 16 on) or plan differently (CREATE OR REPLACE
// TRIGGER from 14 on), so without 15 in the run only the round trips count.
func goldenMajorOf(clusters []*pgtest.Cluster) int {
	for _, c := range clusters {
		if c.Major == 15 {
			return 15
		}
	}
	return 0
}

func roundTrip(t *testing.T, c *pgtest.Cluster, dir string, d direction, opts caseOptions, checkGolden, online bool) {
	withPrivileges := opts.WithPrivileges == nil || *opts.WithPrivileges
	diffOpts := diffengine.Options{WithPrivileges: withPrivileges}
	if online {
		diffOpts = onlineOptions(diffOpts)
	}

	fromDB, toDB := c.CreateDB(t), c.CreateDB(t)
	func() {
		loadMu.Lock()
		defer loadMu.Unlock() // LoadFile may end the goroutine
		c.LoadFile(t, fromDB, filepath.Join(dir, d.from))
		c.LoadFile(t, toDB, filepath.Join(dir, d.to))
	}()

	from, to := readCatalog(t, c, fromDB), readCatalog(t, c, toDB)
	plan, err := diffengine.Diff(from, to, diffOpts)
	if err != nil {
		t.Fatalf("Diff: %v", err)
	}
	checkStatements(t, plan)
	checkSegments(t, plan, online)
	// A broken cycle means the order was guessed: every case must plan
	// without one, and without any warning it does not expect.
	_, inexact := opts.Inexact[d.option()]
	expected, warns := opts.Warnings[d.option()]
	for _, w := range plan.Warnings {
		if !inexact && (!warns || !strings.Contains(w, expected)) {
			t.Errorf("plan warning: %s", w)
		}
	}
	if inexact && len(plan.Warnings) == 0 {
		t.Errorf("the plan does not warn that it cannot reach the target exactly (%s)", opts.Inexact[d.option()])
	}
	if warns && len(plan.Warnings) == 0 {
		t.Errorf("the plan does not warn (options.json expects %q)", expected)
	}
	script := sqlscript.Render(plan)
	if checkGolden {
		compareGolden(t, filepath.Join(dir, d.golden), script)
		compareGolden(t, filepath.Join(dir, strings.TrimSuffix(d.golden, ".sql")+".hazards"), hazardsText(plan))
	}
	files := checkOffline(t, from, to, diffOpts, script)
	checkFormats(t, dir, d, [2]*snapshot.Catalog{from, to}, files, diffOpts, checkGolden)

	switch {
	case script == "":
	case online:
		if err := c.RunScript(fromDB, script); err != nil {
			t.Fatalf("the online script fails: %v\nscript:\n%s", err, numbered(script))
		}
	default:
		c.LoadSQL(scriptTB{TB: t, script: script}, fromDB, script)
	}
	got := readCatalog(t, c, fromDB)
	want := to
	if inexact {
		got, want = withoutLocality(got), withoutLocality(want)
	}
	if !withPrivileges {
		// Owners and privileges are not compared: they must stay the
		// source's, even on objects the script re-creates.
		want = expectedWithoutPrivileges(t, want, from, got)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after the script, %s's catalog differs from %s's:\n%s\nscript:\n%s",
			d.from, d.to, catalogDiff(want, got), numbered(script))
		return
	}
	if _, lossy := opts.DataLoss[d.option()]; !lossy {
		checkData(t, c, fromDB, toDB, to, script)
	}
	target := to
	if inexact {
		target = withoutLocality(to) // as got: the locality no plan can set
	}
	again, err := diffengine.Diff(got, target, diffOpts)
	if err != nil {
		t.Fatalf("second Diff: %v", err)
	}
	if !again.Empty() {
		t.Errorf("a second diff after the script is not empty:\n%s", sqlscript.Render(again))
	}
}

// withoutLocality returns a copy of c in which no column is marked as
// inherited only: whether a column is its table's own is what an inexact
// plan may leave different.
func withoutLocality(c *snapshot.Catalog) *snapshot.Catalog {
	out := *c
	out.Tables = slices.Clone(c.Tables)
	for i := range out.Tables {
		cols := slices.Clone(out.Tables[i].Columns)
		for j := range cols {
			d := cols[j].Details.OrZero()
			d.InheritedOnly = false
			cols[j].Details = d.OrNil()
		}
		out.Tables[i].Columns = cols
	}
	return &out
}

// checkStatements checks what renderers and the CLI rely on: one complete
// statement each, about a named object, with an action.
func checkStatements(t *testing.T, plan *diffengine.Plan) {
	t.Helper()
	for i, s := range plan.Statements {
		if !strings.HasSuffix(s.SQL, ";") || s.ID == (snapshot.ObjectID{}) || s.Action == "" {
			t.Errorf("statement %d is malformed: %+v", i, s)
		}
	}
}

// hazardsText pins what the plan says of each statement besides its SQL:
// one line per statement that carries hazards or a lock, numbered as in
// the script (from 1), with its action, object, hazard kinds, lock, and
// whether it scans or rewrites.
func hazardsText(plan *diffengine.Plan) string {
	var b strings.Builder
	for i, s := range plan.Statements {
		if len(s.Hazards) == 0 && s.Lock == nil {
			continue
		}
		var kinds []string
		for _, h := range s.Hazards {
			kinds = append(kinds, string(h.Kind))
		}
		fmt.Fprintf(&b, "%d %s %s: %s", i+1, s.Action, s.ID, strings.Join(kinds, ", "))
		if s.Lock != nil {
			fmt.Fprintf(&b, "; %s on %s", s.Lock.Mode, s.Lock.Relation)
		}
		if s.Scans {
			b.WriteString("; scans")
		}
		if s.Rewrites {
			b.WriteString("; rewrites")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// compareGolden compares script with the golden file, or rewrites it with
// -update. A case without a golden file is checked by the round trip only.
func compareGolden(t *testing.T, path, script string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Logf("%s: no golden file (run with -update to write it)", path)
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != script {
		t.Errorf("%s: script differs from the golden file (- golden, + got; -update rewrites it):\n%s",
			path, testdiff.Text(string(want), script))
	}
}

// checkOffline proves that a diff needs no database: the same catalogs,
// written to snapshot files and read back, give the same script. Reading
// also proves that every case's catalogs pass the checks each file read
// runs (Catalog.Validate and CheckSQLFields). It returns the catalogs
// read from the files, for checkFormats.
func checkOffline(t *testing.T, from, to *snapshot.Catalog, opts diffengine.Options, script string) [2]*snapshot.Catalog {
	t.Helper()
	dir := t.TempDir()
	var cats [2]*snapshot.Catalog
	for i, cat := range []*snapshot.Catalog{from, to} {
		path := filepath.Join(dir, fmt.Sprintf("%d.strata", i))
		if err := strata.WriteFile(path, strata.Header{ServerVersionNum: cat.ServerVersionNum}, cat); err != nil {
			t.Fatal(err)
		}
		f, err := strata.ReadFile(path, strata.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		cats[i] = f.Catalog
	}
	plan, err := diffengine.Diff(cats[0], cats[1], opts)
	if err != nil {
		t.Fatalf("Diff of snapshot files: %v", err)
	}
	if got := sqlscript.Render(plan); got != script {
		t.Errorf("snapshot files give a different script than live catalogs (- live, + files):\n%s",
			testdiff.Text(script, got))
	}
	return cats
}

// readCatalog reads db twice: as pgstrata does, and with every index and
// constraint definition printed by the server (ReadOptions.ServerDeparse).
// The two must be identical, so every case and corpus schema also checks
// the reader's own definitions.
func readCatalog(t *testing.T, c *pgtest.Cluster, db string) *snapshot.Catalog {
	t.Helper()
	ctx := context.Background()
	conn, err := snapshot.Connect(ctx, c.URL(db))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	opts := snapshot.ReadOptions{LockTimeout: 5 * time.Second, StatementTimeout: time.Minute}
	cat, _, err := snapshot.Read(ctx, conn, opts)
	if err != nil {
		t.Fatalf("reading %s: %v", db, err)
	}
	opts.ServerDeparse = true
	byServer, _, err := snapshot.Read(ctx, conn, opts)
	if err != nil {
		t.Fatalf("reading %s: %v", db, err)
	}
	if !reflect.DeepEqual(cat, byServer) {
		t.Fatalf("%s: definitions built by the reader differ from the server's (- server, + reader):\n%s",
			db, testdiff.Values(byServer, cat))
	}
	return cat
}

// scriptTB adds the numbered script to a failure of LoadSQL, whose psql
// messages give only line numbers ("psql:<stdin>:12: ERROR: …").
type scriptTB struct {
	testing.TB
	script string
}

func (s scriptTB) Fatalf(format string, args ...any) {
	s.TB.Helper()
	s.TB.Fatalf(format+"\nscript:\n%s", append(args, numbered(s.script))...)
}

func numbered(script string) string {
	lines := strings.Split(strings.TrimSuffix(script, "\n"), "\n")
	var b strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&b, "%4d  %s\n", i+1, l)
	}
	return b.String()
}
