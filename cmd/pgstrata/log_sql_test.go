package main

// log over SQL inputs, end to end with the built binary (see
// sqlinput_test.go for the helpers): .sql files, migration folders (whole,
// or step by step with --steps), mixed with snapshot files, and committed
// revisions of a .sql file in git.

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// logDoc is what the tests read of log's json.
type logDoc struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Steps   []struct {
		Label      string                    `json:"label"`
		Path       string                    `json:"path"`
		Commit     string                    `json:"commit"`
		CapturedAt string                    `json:"captured_at"`
		Source     string                    `json:"source"`
		Digest     string                    `json:"digest"`
		Server     string                    `json:"server_version"`
		First      bool                      `json:"first"`
		Summary    map[string]map[string]int `json:"summary"`
		Objects    int                       `json:"objects"`
		Changes    []struct {
			Action string `json:"action"`
			Object struct {
				Display string `json:"display"`
			} `json:"object"`
			Attributes []struct{ Attribute, From, To string } `json:"attributes"`
		} `json:"changes"`
	} `json:"steps"`
}

// logJSON runs log --format json with args in dir, with c's binaries, and
// decodes it.
func logJSON(t *testing.T, c *pgtest.Cluster, dir string, args ...string) (logDoc, string) {
	t.Helper()
	code, out, stderr := runBin(t, dir, sqlEnv(t, c), append([]string{"log", "--format", "json"}, args...)...)
	if code != exitOK {
		t.Fatalf("log %v: status %d, stderr %q", args, code, stderr)
	}
	var doc logDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("log %v: %v\n%s", args, err, out)
	}
	return doc, stderr
}

// changesOf lists a step's changes as "action display".
func changesOf(doc logDoc, i int) string {
	var out []string
	for _, ch := range doc.Steps[i].Changes {
		out = append(out, ch.Action+" "+ch.Object.Display)
	}
	return strings.Join(out, ", ")
}

// TestLogSQLInputFiles: `log a.sql b.sql c.sql` is one revision per file,
// each loaded alone into a fresh database of one throwaway server (-v says
// it was started once), labelled and sourced by its path.
func TestLogSQLInputFiles(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{
			"a.sql": "CREATE ROLE own_a; CREATE TABLE t (id int); ALTER TABLE t OWNER TO own_a;",
			// own_a again (a's was dropped with its database), and a role
			// only b names.
			"b.sql": "CREATE ROLE own_a; CREATE TABLE t (id int, name text); ALTER TABLE t OWNER TO own_a;\nCREATE VIEW v AS SELECT id FROM t;\nGRANT SELECT ON v TO reader_b;",
			"c.sql": "CREATE TABLE t (id bigint, name text);",
		})
		doc, stderr := logJSON(t, c, dir, "a.sql", "b.sql", "c.sql", "-v", "--pg-major", fmt.Sprint(c.Major))
		if doc.Format != "pgstrata.log" || doc.Version != 1 || len(doc.Steps) != 3 {
			t.Fatalf("json: %+v", doc)
		}
		for i, name := range []string{"a.sql", "b.sql", "c.sql"} {
			s := doc.Steps[i]
			if s.Label != name || s.Path != name || s.Source != name || !strings.HasPrefix(s.Digest, "sha256:") ||
				!strings.HasPrefix(s.Server, fmt.Sprint(c.Major)+".") || s.CapturedAt == "" {
				t.Errorf("step %d: %+v", i, s)
			}
		}
		if got, want := changesOf(doc, 1), "altered table public.t, added view public.v"; got != want {
			t.Errorf("b.sql's changes %q, want %q", got, want)
		}
		if got, want := changesOf(doc, 2), "altered table public.t, dropped view public.v"; got != want {
			t.Errorf("c.sql's changes %q, want %q", got, want)
		}
		if n := strings.Count(stderr, "started PostgreSQL"); n != 1 {
			t.Errorf("%d servers started, want 1: %q", n, stderr)
		}
		if !strings.Contains(stderr, `made role "reader_b" (named by the SQL)`) {
			t.Errorf("stderr does not name the role made: %q", stderr)
		}
		// The same SQL as a snapshot has the same digest.
		if code, _, stderr := runBin(t, dir, sqlEnv(t, c), "snapshot", "c.sql", "-o", "c.strata", "--pg-major", fmt.Sprint(c.Major)); code != exitOK {
			t.Fatalf("snapshot c.sql: %s", stderr)
		}
		if got := inspectJSON(t, filepath.Join(dir, "c.strata")).Digest; got != doc.Steps[2].Digest {
			t.Errorf("c.sql's digest in log %s, as a snapshot %s", doc.Steps[2].Digest, got)
		}
		// Text: the path once (a .sql file is its own source).
		code, out, stderr := runBin(t, dir, sqlEnv(t, c), "log", "a.sql", "b.sql", "--sql", "--pg-major", fmt.Sprint(c.Major))
		if code != exitOK || !strings.Contains(out, "  b.sql  sha256:") || strings.Contains(out, "(b.sql)") ||
			!strings.Contains(out, "ALTER TABLE public.t ADD COLUMN name text;") {
			t.Errorf("text: status %d, stderr %q\n%s", code, stderr, out)
		}
	})
}

// TestLogSQLInputSteps: a migration folder is one revision, or with
// --steps one per file (001, 002, 010: natural order), each applied on top
// of the one before; the last step is the whole folder. A role the first
// file creates serves a later one, and a role named only in dynamic SQL
// is made when a step fails on it (the folder is then loaded again).
func TestLogSQLInputSteps(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		dir := t.TempDir()
		suffix := fmt.Sprintf("%d_%d", os.Getpid(), c.Major)
		writeFiles(t, dir, map[string]string{
			"migrations/001_init.sql":    "CREATE ROLE app_" + suffix + "; CREATE SCHEMA app; CREATE TABLE app.t (id int PRIMARY KEY);",
			"migrations/002_add.sql":     "ALTER TABLE app.t ADD COLUMN name text;\nDO $$ BEGIN EXECUTE 'GRANT SELECT ON app.t TO ' || 'dyn_" + suffix + "'; END $$;\n",
			"migrations/010_rename.sql":  "ALTER TABLE app.t RENAME COLUMN name TO title;\nGRANT UPDATE ON app.t TO app_" + suffix + ";\n",
			"migrations/010_rename.down": "not SQL",
		})
		whole, _ := logJSON(t, c, dir, "migrations", "--pg-major", fmt.Sprint(c.Major))
		if len(whole.Steps) != 1 || whole.Steps[0].Label != "migrations" || whole.Steps[0].Source != "migrations" {
			t.Fatalf("a folder without --steps: %+v", whole)
		}
		doc, stderr := logJSON(t, c, dir, "--steps", "migrations", "--with-privileges", "--pg-major", fmt.Sprint(c.Major))
		if len(doc.Steps) != 3 {
			t.Fatalf("%d steps, want 3: %+v", len(doc.Steps), doc)
		}
		for i, name := range []string{"001_init.sql", "002_add.sql", "010_rename.sql"} {
			if s := doc.Steps[i]; s.Label != filepath.Join("migrations", name) || s.Path != "migrations" || s.Source != "migrations" {
				t.Errorf("step %d: label %q, path %q, source %q", i, s.Label, s.Path, s.Source)
			}
		}
		if got, want := changesOf(doc, 1), "altered table app.t"; got != want {
			t.Errorf("002's changes %q, want %q", got, want)
		}
		if doc.Steps[2].Digest != whole.Steps[0].Digest {
			t.Errorf("the last step %s is not the whole folder %s", doc.Steps[2].Digest, whole.Steps[0].Digest)
		}
		if !strings.Contains(stderr, `made role "dyn_`+suffix+`" (migrations/002_add.sql:2 needs it)`) {
			t.Errorf("stderr: %q", stderr)
		}
		writeFiles(t, dir, map[string]string{"a.sql": "CREATE TABLE t (id int);"})
		code, _, stderr := runBin(t, dir, sqlEnv(t, c), "log", "--steps", "a.sql")
		assertOneLineError(t, code, stderr, "no path is a folder of .sql files")
	})
}

// TestLogSQLInputMixed: snapshot files, a folder of snapshots, .sql files
// and a migration folder in one history, in the order given; the SQL goes
// into the major of the first snapshot by default.
func TestLogSQLInputMixed(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{
			"v1.sql":                 "CREATE TABLE t (id int);",
			"v2.sql":                 "CREATE TABLE t (id int, note text);",
			"migrations/1_init.sql":  "CREATE TABLE t (id int, note text);",
			"migrations/2_index.sql": "CREATE INDEX t_note ON t (note);",
		})
		env := sqlEnv(t, c)
		os.Mkdir(filepath.Join(dir, "snaps"), 0o755)
		if code, _, stderr := runBin(t, dir, env, "snapshot", "v1.sql", "-o", "snaps/v1.strata", "--pg-major", fmt.Sprint(c.Major)); code != exitOK {
			t.Fatalf("snapshot: %s", stderr)
		}
		doc, stderr := logJSON(t, c, dir, "snaps", "v2.sql", "migrations", "snaps/v1.strata", "-v")
		var labels []string
		for _, s := range doc.Steps {
			labels = append(labels, s.Label)
		}
		if got, want := strings.Join(labels, " "), "snaps/v1.strata v2.sql migrations snaps/v1.strata"; got != want {
			t.Fatalf("labels %q, want %q", got, want)
		}
		if got, want := changesOf(doc, 1), "altered table public.t"; got != want {
			t.Errorf("v2.sql's changes %q, want %q", got, want)
		}
		if got, want := changesOf(doc, 2), "added index public.t_note"; got != want {
			t.Errorf("the folder's changes %q, want %q", got, want)
		}
		if got, want := changesOf(doc, 3), "altered table public.t, dropped index public.t_note"; got != want {
			t.Errorf("back to v1's changes %q, want %q", got, want)
		}
		if doc.Steps[3].Digest != doc.Steps[0].Digest {
			t.Errorf("the same snapshot twice has two digests")
		}
		if !strings.Contains(stderr, fmt.Sprintf("started PostgreSQL %d.", c.Major)) {
			t.Errorf("not the snapshot's major: %q", stderr)
		}
	})
}

// TestLogSQLInputErrors: an error in the SQL of any revision (a file, a
// step of a folder) ends the run with one line naming the file and the
// line, exit status 1, and no output file.
func TestLogSQLInputErrors(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{
			"a.sql":                "CREATE TABLE t (id int);",
			"b.sql":                "CREATE TABLE t (id int);\n\n-- a comment\nCREATE VIEW v AS\n  SELECT * FROM x;\n",
			"c.sql":                "CREATE TABLE t (id int);",
			"migrations/001_a.sql": "CREATE TABLE t (id int);",
			"migrations/002_b.sql": "CREATE TABLE u (id int);\nCREATE TABLE t (id int);\n",
			"empty/README":         "nothing",
		})
		for _, tc := range []struct {
			args []string
			want string
		}{
			{[]string{"a.sql", "b.sql", "c.sql"}, `pgstrata: b.sql:5: ERROR: relation "x" does not exist` + "\n"},
			{[]string{"--steps", "migrations"}, `pgstrata: migrations/002_b.sql:2: ERROR: relation "t" already exists` + "\n"},
			{[]string{"migrations"}, `pgstrata: migrations/002_b.sql:2: ERROR: relation "t" already exists` + "\n"},
			{[]string{"a.sql", "empty"}, "pgstrata: empty: no snapshot files (*.strata) and no .sql files in the folder\n"},
		} {
			args := append([]string{"log", "-o", "out.txt", "--pg-major", fmt.Sprint(c.Major)}, tc.args...)
			code, out, stderr := runBin(t, dir, sqlEnv(t, c), args...)
			if code != exitError || out != "" || stderr != tc.want {
				t.Errorf("%v: status %d, stdout %q, stderr %q, want %q", tc.args, code, out, stderr, tc.want)
			}
			if _, err := os.Stat(filepath.Join(dir, "out.txt")); err == nil {
				t.Errorf("%v: a failed log wrote its file", tc.args)
			}
		}
	})
}

// TestLogSQLInputGit: --git over a .sql file loads every committed
// revision (roles it names made, as for a file), dated by its commit in
// text; an error names the revision's commit and file.
func TestLogSQLInputGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		repo := t.TempDir()
		git := func(args ...string) string {
			t.Helper()
			cmd := exec.Command("git", append([]string{"-C", repo}, args...)...)
			cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@e",
				"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@e", "GIT_COMMITTER_DATE=2025-06-01T12:00:00Z")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("git %v: %v\n%s", args, err, out)
			}
			return strings.TrimSpace(string(out))
		}
		git("init", "-q")
		for _, sql := range []string{
			"CREATE TABLE t (id int);",
			"CREATE TABLE t (id int, name text);\nGRANT SELECT ON t TO reader_git;\n",
			"CREATE TABLE t (id int, name text);\nCREATE VIEW v AS SELECT * FROM nope;\n",
		} {
			writeFiles(t, repo, map[string]string{"db/schema.sql": sql})
			git("add", "db/schema.sql")
			git("commit", "-q", "-m", "rev")
		}
		bad := git("rev-parse", "--short=12", "HEAD")
		code, out, stderr := runBin(t, repo, sqlEnv(t, c), "log", "--git", "db/schema.sql", "--pg-major", fmt.Sprint(c.Major))
		if want := "pgstrata: " + bad + `:schema.sql:2: ERROR: relation "nope" does not exist` + "\n"; code != exitError || out != "" ||
			!strings.HasSuffix(stderr, want) {
			t.Errorf("a bad revision: status %d, stderr %q, want %q", code, stderr, want)
		}
		git("reset", "-q", "--hard", "HEAD~1")
		code, out, stderr = runBin(t, repo, sqlEnv(t, c), "log", "--git", "db/schema.sql", "--pg-major", fmt.Sprint(c.Major))
		if code != exitOK || strings.Count(out, "== 2025-06-01T12:00:00Z  ") != 2 || !strings.Contains(out, "~ table public.t") {
			t.Errorf("log --git schema.sql: status %d, stderr %q\n%s", code, stderr, out)
		}
		if !strings.Contains(stderr, `made role "reader_git"`) {
			t.Errorf("stderr: %q", stderr)
		}
		doc, _ := logJSON(t, c, repo, "--git", "db/schema.sql", "--pg-major", fmt.Sprint(c.Major))
		if len(doc.Steps) != 2 || len(doc.Steps[1].Commit) != 40 || doc.Steps[1].Source != doc.Steps[1].Label+":schema.sql" {
			t.Errorf("json: %+v", doc)
		}
	})
}
