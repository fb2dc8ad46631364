package history

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/snapshot"
)

// growingSchema is a synthetic schema that changes a little each day: a
// base of n tables (ten columns each, a primary key, two indexes, a view
// per ten tables), then on day d a column added to one table, a column's
// type changed in another, and every third day a new table.
type growingSchema struct {
	catalog *snapshot.Catalog
	n       int
}

func newGrowingSchema(n int) *growingSchema {
	c := &snapshot.Catalog{ServerVersionNum: 170002}
	c.Schemas = []snapshot.Schema{{Name: "app", Common: snapshot.Common{Owner: "app"}}}
	for i := range n {
		c.Tables = append(c.Tables, table(fmt.Sprintf("t%05d", i)))
		name := fmt.Sprintf("t%05d", i)
		c.Indexes = append(c.Indexes,
			snapshot.Index{Schema: "app", Name: name + "_c1", Table: name, Definition: fmt.Sprintf("CREATE INDEX %s_c1 ON app.%s USING btree (c1)", name, name)},
			snapshot.Index{Schema: "app", Name: name + "_c2", Table: name, Definition: fmt.Sprintf("CREATE INDEX %s_c2 ON app.%s USING btree (c2)", name, name)})
		c.Constraints = append(c.Constraints, snapshot.Constraint{Schema: "app", Table: name, Name: name + "_pkey", Type: "p", Definition: "PRIMARY KEY (c0)"})
		if i%10 == 0 {
			c.Views = append(c.Views, snapshot.View{Schema: "app", Name: name + "_v", Definition: " SELECT c0, c3 FROM app." + name + ";",
				Columns: []snapshot.Column{{Name: "c0", Type: "integer"}, {Name: "c3", Type: "integer"}}, Common: snapshot.Common{Owner: "app"}})
		}
	}
	c.Sort()
	return &growingSchema{catalog: c, n: n}
}

func table(name string) snapshot.Table {
	t := snapshot.Table{Schema: "app", Name: name, RelKind: "r", Common: snapshot.Common{Owner: "app"}}
	for j := range 10 {
		t.Columns = append(t.Columns, snapshot.Column{Name: fmt.Sprintf("c%d", j), Type: "integer", NotNull: j == 0})
	}
	return t
}

// day applies day d's changes. Tables changed get new column slices, so
// that catalogs encoded before stay as they were.
func (g *growingSchema) day(d int) {
	c := g.catalog
	grow := &c.Tables[(d*7)%len(c.Tables)]
	grow.Columns = append(slices.Clip(grow.Columns), snapshot.Column{Name: fmt.Sprintf("added_%d", d), Type: "text"})
	retype := &c.Tables[(d*13+5)%len(c.Tables)]
	retype.Columns = slices.Clone(retype.Columns)
	retype.Columns[3].Type = map[bool]string{true: "bigint", false: "integer"}[retype.Columns[3].Type == "integer"]
	if d%3 == 0 {
		c.Tables = append(c.Tables, table(fmt.Sprintf("new_%05d", d)))
		c.Sort()
	}
}

// writeHistory writes days+1 revisions (the base, then one per day) to
// dir as day-NNN.strata, captured a day apart, and returns their paths.
func writeHistory(t testing.TB, dir string, tables, days int) []string {
	g := newGrowingSchema(tables)
	start := time.Date(2026, 1, 1, 6, 0, 0, 0, time.UTC)
	var paths []string
	for d := 0; d <= days; d++ {
		if d > 0 {
			g.day(d)
		}
		path := filepath.Join(dir, fmt.Sprintf("day-%03d.strata", d))
		h := strata.Header{ServerVersion: "17.2", ServerVersionNum: 170002, Database: "prod", Source: "postgres://db/prod",
			CapturedAt: start.AddDate(0, 0, d)}
		if err := strata.WriteFile(path, h, g.catalog); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}

func walkAll(t testing.TB, sources []Source) []Step {
	var steps []Step
	err := Walk(context.Background(), sources, Options{}, func(s Step) error {
		steps = append(steps, s)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return steps
}

// TestWalkFolder: a folder's files come in capture order, whatever their
// names, and each step lists what changed from the one before.
func TestWalkFolder(t *testing.T) {
	dir := t.TempDir()
	paths := writeHistory(t, dir, 20, 3)
	// Names that sort the other way round from the capture times.
	for i, p := range paths {
		if err := os.Rename(p, filepath.Join(dir, fmt.Sprintf("%c.strata", 'z'-i))); err != nil {
			t.Fatal(err)
		}
	}
	sources, err := FromPaths([]string{dir}, false)
	if err != nil {
		t.Fatal(err)
	}
	steps := walkAll(t, sources)
	if len(steps) != 4 {
		t.Fatalf("%d steps, want 4", len(steps))
	}
	if steps[0].Previous != nil || steps[0].Changes != nil {
		t.Errorf("first step: %+v", steps[0])
	}
	for d, s := range steps[1:] {
		if got, want := s.Current.Header.CapturedAt.Day(), d+2; got != want {
			t.Errorf("step %d is captured on day %d, want %d", d+1, got, want)
		}
	}
	// Day 3 adds a column to t00001, changes a type in t00004 (wrapping
	// around 20 tables) and adds table new_00003.
	var got []string
	for _, c := range steps[3].Changes {
		got = append(got, string(c.Action)+" "+c.ID.String())
	}
	want := []string{"altered table app.t00001", "altered table app.t00004", "added table app.new_00003"}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("day 3 changes %q, want %q", got, want)
	}
}

// TestWalkGit reads every revision of a file committed to a git
// repository, oldest first, following a rename.
func TestWalkGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	repo := t.TempDir()
	files := writeHistory(t, t.TempDir(), 10, 2)
	gitRun := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", repo}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@e",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@e")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	gitRun("init", "-q")
	name := "prod.strata"
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if i == 2 {
			gitRun("mv", "prod.strata", "schema.strata")
			gitRun("commit", "-q", "-m", "rename")
			name = "schema.strata"
		}
		if err := os.WriteFile(filepath.Join(repo, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		gitRun("add", name)
		gitRun("commit", "-q", "-m", fmt.Sprintf("day %d", i))
	}
	sources, err := FromGit(context.Background(), filepath.Join(repo, name))
	if err != nil {
		t.Fatal(err)
	}
	steps := walkAll(t, sources)
	// The rename is a revision of its own, with no change.
	if len(steps) != 4 {
		t.Fatalf("%d revisions, want 4", len(steps))
	}
	for i, day := range []int{1, 2, 2, 3} {
		if got := steps[i].Current.Header.CapturedAt.Day(); got != day {
			t.Errorf("revision %d was captured on day %d, want %d", i, got, day)
		}
		if len(steps[i].Current.Commit) != 40 {
			t.Errorf("revision %d: commit %q", i, steps[i].Current.Commit)
		}
	}
	if len(steps[2].Changes) != 0 || len(steps[3].Changes) == 0 {
		t.Errorf("the rename shows %d changes, the change after it %d", len(steps[2].Changes), len(steps[3].Changes))
	}
}

// TestFromPathsSQL: what each path is (a .sql file, a migration folder
// whole or step by step, a folder of snapshots with SQL beside them), and
// Walk hands SQL revisions to LoadSQL in order, between snapshots.
func TestFromPathsSQL(t *testing.T) {
	dir := t.TempDir()
	snaps := filepath.Join(dir, "snaps")
	os.Mkdir(snaps, 0o755)
	snap := writeHistory(t, snaps, 3, 0)[0]
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("snaps/ignored.sql", "")
	a := write("a.sql", "")
	m1, m2, m10 := write("mig/1_a.sql", ""), write("mig/2_b.sql", ""), write("mig/10_c.sql", "")
	write("mig/10_c.down.sql", "")
	mig := filepath.Join(dir, "mig")
	os.Mkdir(filepath.Join(dir, "empty"), 0o755)

	describe := func(sources []Source) string {
		var out []string
		for _, s := range sources {
			d := filepath.Base(s.Label)
			if s.IsSQL() {
				d += fmt.Sprintf("[%d sql", len(s.SQL))
				if s.OnTop {
					d += " on top"
				}
				d += "]"
			}
			out = append(out, d)
		}
		return fmt.Sprint(out)
	}
	sources, err := FromPaths([]string{a, mig, snaps}, false)
	if got, want := describe(sources), "[a.sql[1 sql] mig[3 sql] day-000.strata]"; err != nil || got != want {
		t.Errorf("whole: %s (%v), want %s", got, err, want)
	}
	if err == nil && !slices.Equal(sources[1].SQL, []string{m1, m2, m10}) {
		t.Errorf("the folder's files: %q", sources[1].SQL)
	}
	sources, err = FromPaths([]string{snap, mig}, true)
	if got, want := describe(sources), "[day-000.strata 1_a.sql[1 sql] 2_b.sql[1 sql on top] 10_c.sql[1 sql on top]]"; err != nil || got != want {
		t.Errorf("steps: %s (%v), want %s", got, err, want)
	}
	if err == nil && (sources[2].Path != mig || sources[2].Name() != m2) {
		t.Errorf("a step's path %q and name %q", sources[2].Path, sources[2].Name())
	}
	if _, err := FromPaths([]string{a, snaps}, true); err == nil {
		t.Error("--steps without a migration folder: no error")
	}
	if _, err := FromPaths([]string{filepath.Join(dir, "empty")}, false); err == nil {
		t.Error("an empty folder: no error")
	}

	// Walk: snapshots decoded, SQL loaded in order by LoadSQL.
	sources, _ = FromPaths([]string{snap, mig, snap}, true)
	var loaded []string
	load := func(_ context.Context, src Source, _ []byte) (*Revision, error) {
		loaded = append(loaded, filepath.Base(src.Name()))
		return &Revision{Source: src, Catalog: newGrowingSchema(1).catalog}, nil
	}
	var steps []string
	err = Walk(context.Background(), sources, Options{LoadSQL: load}, func(s Step) error {
		steps = append(steps, filepath.Base(s.Current.Label))
		return nil
	})
	if err != nil || fmt.Sprint(steps) != "[day-000.strata 1_a.sql 2_b.sql 10_c.sql day-000.strata]" ||
		fmt.Sprint(loaded) != "[1_a.sql 2_b.sql 10_c.sql]" {
		t.Errorf("walk: %v, steps %v, loaded %v", err, steps, loaded)
	}
	if err := Walk(context.Background(), sources, Options{}, func(Step) error { return nil }); err == nil {
		t.Error("SQL without LoadSQL: no error")
	}
}
