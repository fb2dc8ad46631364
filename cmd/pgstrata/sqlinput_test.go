package main

// SQL files as input, end to end: the built binary loads .sql files and
// folders into throwaway servers of its own. Each test's pgstrata finds the
// binaries of the cluster it is compared with through
// PGSTRATA_PG_BINDIR_<major>, and keeps its templates in a cache of the
// test process (sqlTestCache), never in the user's or the suite's cache.

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

var sqlTest struct {
	once     sync.Once
	bin      string
	cache    string
	buildErr error
}

// sqlTestSetup builds pgstrata once per test process and makes the
// template cache its SQL runs share (removed by TestMain).
func sqlTestSetup(t *testing.T) (bin, cache string) {
	t.Helper()
	sqlTest.once.Do(func() {
		dir, err := os.MkdirTemp("", "pgstrata-sqlinput-test-")
		if err == nil {
			err = os.Chmod(dir, 0o755) // under root, the postgres user makes the templates
		}
		if err != nil {
			sqlTest.buildErr = err
			return
		}
		sqlTest.cache = filepath.Join(dir, "cache")
		sqlTest.bin = filepath.Join(dir, "pgstrata")
		out, err := exec.Command("go", "build", "-o", sqlTest.bin, ".").CombinedOutput()
		if err != nil {
			sqlTest.buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if sqlTest.buildErr != nil {
		t.Fatal(sqlTest.buildErr)
	}
	return sqlTest.bin, sqlTest.cache
}

// removeSQLTestFiles removes what sqlTestSetup made.
func removeSQLTestFiles() {
	if sqlTest.bin != "" {
		os.RemoveAll(filepath.Dir(sqlTest.bin))
	}
}

// sqlEnv is the environment of a pgstrata that loads SQL with c's
// binaries: no PG* variables, the test's template cache.
func sqlEnv(t *testing.T, c *pgtest.Cluster, extra ...string) []string {
	_, cache := sqlTestSetup(t)
	env := append(cleanEnv(), fmt.Sprintf("PGSTRATA_PG_BINDIR_%d=%s", c.Major, c.BinDir), "PGSTRATA_PG_CACHE="+cache)
	return append(env, extra...)
}

// runBin runs the built pgstrata in dir with env and returns its exit
// status and output.
func runBin(t *testing.T, dir string, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	bin, _ := sqlTestSetup(t)
	cmd := exec.Command(bin, args...)
	cmd.Dir, cmd.Env = dir, env
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatalf("running pgstrata: %v", err)
	}
	return code, out.String(), errOut.String()
}

// writeFiles writes files (name → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestSQLInputDiffMatchesLive: `diff a.sql b.sql` prints what diffing the
// same two files loaded by the harness prints, byte for byte, with the
// same exit status, on every major (round-trip cases of several kinds:
// roles, privileges, types, views, constraints).
func TestSQLInputDiffMatchesLive(t *testing.T) {
	cases := []string{"enum_add_value", "column_drop_under_view", "column_privileges", "aggregate_create_drop", "constraint_fk_add"}
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		for _, name := range cases {
			t.Run(name, func(t *testing.T) {
				dir := filepath.Join("..", "..", "testdata", "diff", name)
				a, b := c.CreateDB(t), c.CreateDB(t)
				c.LoadFile(t, a, filepath.Join(dir, "a.sql"))
				c.LoadFile(t, b, filepath.Join(dir, "b.sql"))
				flags := []string{"--with-privileges", "--unsafe"}
				wantCode, want, stderr := runCLI(t, append([]string{"diff", c.URL(a), c.URL(b)}, flags...)...)
				if wantCode != exitDifferences {
					t.Fatalf("live diff: status %d: %s", wantCode, stderr)
				}
				code, got, stderr := runBin(t, dir, sqlEnv(t, c), append([]string{"diff", "a.sql", "b.sql", "--pg-major", fmt.Sprint(c.Major)}, flags...)...)
				if code != wantCode || got != want {
					t.Errorf("diff a.sql b.sql: status %d (want %d), stderr %q\n got:\n%s\nwant:\n%s", code, wantCode, stderr, got, want)
				}
				for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
					if line != "" && !strings.Contains(line, "made role") {
						t.Errorf("unexpected stderr line %q", line)
					}
				}
			})
		}
	})
}

// TestSQLInputDirectory: a migration folder is applied in natural name
// order (2_… before 10_…), without its down migrations, dot files, other
// files and subfolders, and makes what one file with the same statements
// makes.
func TestSQLInputDirectory(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{
			"migrations/1_init.up.sql":      "CREATE SCHEMA app; CREATE TABLE app.t (id int PRIMARY KEY);",
			"migrations/1_init.down.sql":    "DROP SCHEMA app CASCADE;",
			"migrations/2_add.up.sql":       "ALTER TABLE app.t ADD COLUMN name text;",
			"migrations/10_rename.up.sql":   "ALTER TABLE app.t RENAME COLUMN name TO title;", // fails if run before 2_
			"migrations/.#10_rename.up.sql": "this is no SQL",
			"migrations/README.md":          "not SQL either",
			"migrations/seeds/1.sql":        "this is no SQL",
			"schema.sql":                    "CREATE SCHEMA app; CREATE TABLE app.t (id int PRIMARY KEY, title text);",
		})
		code, out, stderr := runBin(t, dir, sqlEnv(t, c), "diff", "migrations", "schema.sql", "--pg-major", fmt.Sprint(c.Major))
		if code != exitOK || out != "" {
			t.Errorf("diff migrations schema.sql: status %d, stderr %q, stdout:\n%s", code, stderr, out)
		}
		code, out, stderr = runBin(t, dir, sqlEnv(t, c), "diff", "schema.sql", "migrations/", "--pg-major", fmt.Sprint(c.Major))
		if code != exitOK || out != "" || stderr != "" {
			t.Errorf("diff schema.sql migrations/: status %d, stderr %q, stdout:\n%s", code, stderr, out)
		}
		// psql variables, with a comma in the value.
		writeFiles(t, dir, map[string]string{"vars.sql": `CREATE TABLE :"tname" (id int);`, "plain.sql": `CREATE TABLE "a,b" (id int);`})
		code, out, stderr = runBin(t, dir, sqlEnv(t, c), "diff", "vars.sql", "plain.sql", "--psql-var", "tname=a,b", "--pg-major", fmt.Sprint(c.Major))
		if code != exitOK || out != "" || stderr != "" {
			t.Errorf("diff vars.sql plain.sql --psql-var tname=a,b: status %d, stderr %q, stdout:\n%s", code, stderr, out)
		}
		os.Remove(filepath.Join(dir, "schema.sql"))
		os.Mkdir(filepath.Join(dir, "empty"), 0o755)
		code, _, stderr = runBin(t, dir, sqlEnv(t, c), "diff", "migrations", "empty")
		assertOneLineError(t, code, stderr, "empty: a directory with no .sql files in it")
	})
}

// TestSQLInputSnapshotThenDiff: `snapshot x.sql -o f.strata`, then
// `diff f.strata y.sql` loads y.sql into the snapshot's major (the other
// side's) and prints what `diff x.sql y.sql` prints.
func TestSQLInputSnapshotThenDiff(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{
			"x.sql": "CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE t (id int PRIMARY KEY, m mood);",
			"y.sql": "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE t (id bigint PRIMARY KEY, m mood, note text);",
		})
		env := sqlEnv(t, c)
		major := fmt.Sprint(c.Major)
		code, _, stderr := runBin(t, dir, env, "snapshot", "x.sql", "-o", "x.strata", "--pg-major", major)
		if code != exitOK || !strings.HasPrefix(stderr, "pgstrata: wrote x.strata: ") || !strings.Contains(stderr, "from x (PostgreSQL "+major+".") {
			t.Fatalf("snapshot x.sql: status %d, stderr %q", code, stderr)
		}
		report := inspectJSON(t, filepath.Join(dir, "x.strata"))
		if report.Source != "x.sql" || report.Database != "x" || report.ServerVersionNum/10000 != c.Major {
			t.Errorf("the snapshot's header: source %q, database %q, server %d", report.Source, report.Database, report.ServerVersionNum)
		}
		wantCode, want, stderr := runBin(t, dir, env, "diff", "x.sql", "y.sql", "--pg-major", major)
		if wantCode != exitDifferences || !strings.Contains(want, "ADD VALUE 'happy'") {
			t.Fatalf("diff x.sql y.sql: status %d, stderr %q, stdout:\n%s", wantCode, stderr, want)
		}
		// No --pg-major: y.sql goes into the snapshot's major, which -v says.
		code, got, stderr := runBin(t, dir, env, "diff", "x.strata", "y.sql", "-v")
		if code != wantCode || got != want {
			t.Errorf("diff x.strata y.sql: status %d, stdout:\n%s\nwant:\n%s", code, got, want)
		}
		if !strings.Contains(stderr, "started PostgreSQL "+major+".") || !strings.Contains(stderr, "loading y.sql") {
			t.Errorf("-v does not say what was started: %q", stderr)
		}
	})
}

// TestSQLInputErrors: an error in the SQL is one line naming the file (as
// given, or inside the folder) and the line, with PostgreSQL's message;
// the same for psql's own (a bad meta-command).
func TestSQLInputErrors(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{
			"good.sql":             "CREATE TABLE t (id int);",
			"b.sql":                "CREATE TABLE t (id int);\n\n-- a comment\nCREATE VIEW v AS\n  SELECT * FROM x;\n",
			"meta.sql":             "CREATE TABLE t (id int);\n\\frobnicate\n",
			"migrations/001_a.sql": "CREATE TABLE t (id int);",
			"migrations/002_b.sql": "CREATE TABLE t (id int);\n",
			"syntax.sql":           "CREATE TABLE t (id int,);",
		})
		for _, tc := range []struct {
			args []string
			want string
		}{
			{[]string{"diff", "good.sql", "b.sql"}, `pgstrata: b.sql:5: ERROR: relation "x" does not exist` + "\n"},
			{[]string{"diff", "b.sql", "good.sql"}, `pgstrata: b.sql:5: ERROR: relation "x" does not exist` + "\n"},
			{[]string{"snapshot", "migrations", "-o", "m.strata"}, `pgstrata: migrations/002_b.sql:1: ERROR: relation "t" already exists` + "\n"},
			{[]string{"diff", "good.sql", "syntax.sql"}, `pgstrata: syntax.sql:1: ERROR: syntax error at or near ")"` + "\n"},
			{[]string{"diff", "good.sql", "meta.sql"}, `pgstrata: meta.sql:2: error: invalid command \frobnicate` + "\n"},
		} {
			code, out, stderr := runBin(t, dir, sqlEnv(t, c), append(tc.args, "--pg-major", fmt.Sprint(c.Major))...)
			if code != exitError || out != "" || stderr != tc.want {
				t.Errorf("%v: status %d, stdout %q, stderr %q, want %q", tc.args, code, out, stderr, tc.want)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "m.strata")); err == nil {
			t.Error("a failed snapshot wrote its file")
		}
	})
}

// TestSQLInputRoles: roles the SQL names but does not create are made
// NOLOGIN beforehand (found in the text: owners, grantees, policies,
// schema authorizations, default privileges) or when the load fails on one
// (named only in dynamic SQL), and stderr says which; roles the SQL creates
// itself are not; and two sides creating the same role both load.
func TestSQLInputRoles(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		dir := t.TempDir()
		suffix := fmt.Sprintf("%d_%d", os.Getpid(), c.Major) // roles are cluster-wide, and the harness's cluster is shared
		roles := func(s string) string { return strings.ReplaceAll(s, "SFX", suffix) }
		writeFiles(t, dir, map[string]string{
			"a.sql": roles(`CREATE ROLE own_SFX;
CREATE SCHEMA app AUTHORIZATION own_SFX;
CREATE TABLE app.t (id int);
ALTER TABLE app.t OWNER TO "Owner SFX";
GRANT SELECT ON app.t TO reader_SFX;
ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON app.t TO pol_SFX USING (id > 0);
DO $$ BEGIN EXECUTE 'GRANT UPDATE ON app.t TO ' || 'dyn_SFX'; END $$;
`),
			"b.sql": roles(`CREATE ROLE own_SFX;
CREATE SCHEMA app AUTHORIZATION own_SFX;
CREATE TABLE app.t (id int);
ALTER TABLE app.t OWNER TO "Owner SFX";
GRANT SELECT ON app.t TO reader_SFX;
`),
		})
		// The live side: the same two files, roles made by hand.
		c.Exec(t, "postgres", roles(`CREATE ROLE own_SFX; CREATE ROLE "Owner SFX"; CREATE ROLE reader_SFX; CREATE ROLE pol_SFX; CREATE ROLE dyn_SFX`))
		t.Cleanup(func() {
			for _, r := range []string{"own_SFX", `"Owner SFX"`, "reader_SFX", "pol_SFX", "dyn_SFX"} {
				c.Exec(t, "postgres", roles("DROP OWNED BY "+r+"; DROP ROLE "+r))
			}
		})
		la, lb := c.CreateDB(t), c.CreateDB(t)
		for db, file := range map[string]string{la: "a.sql", lb: "b.sql"} {
			text, _ := os.ReadFile(filepath.Join(dir, file))
			c.LoadSQL(t, db, strings.Replace(string(text), roles("CREATE ROLE own_SFX;"), "", 1))
		}
		_, want, _ := runCLI(t, "diff", c.URL(la), c.URL(lb), "--with-privileges", "--unsafe")

		code, got, stderr := runBin(t, dir, sqlEnv(t, c), "diff", "a.sql", "b.sql", "--with-privileges", "--unsafe", "--pg-major", fmt.Sprint(c.Major))
		if code != exitDifferences || got != want {
			t.Errorf("status %d, stderr %q\n got:\n%s\nwant:\n%s", code, stderr, got, want)
		}
		wantStderr := roles(`pgstrata: made roles "Owner SFX", "pol_SFX", "reader_SFX" (named by the SQL) in the throwaway server, as NOLOGIN
pgstrata: made role "dyn_SFX" (a.sql:8 needs it) in the throwaway server, as NOLOGIN
`)
		if stderr != wantStderr {
			t.Errorf("stderr:\n%s\nwant:\n%s", stderr, wantStderr)
		}
	})
}

// TestSQLInputOffline: with downloads off and no binaries of the major to
// be found (an empty PATH, an empty cache), or a --pg-bin without them,
// the run ends with one line saying what to do.
func TestSQLInputOffline(t *testing.T) {
	bin, _ := sqlTestSetup(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.sql": "CREATE TABLE t (id int);"})
	base := []string{"PATH=" + filepath.Join(dir, "nothing"), "HOME=" + dir, "PGSTRATA_PG_CACHE=" + filepath.Join(dir, "cache")}
	for _, tc := range []struct {
		name string
		env  []string
		args []string
		want string
	}{
		{"flag", base, []string{"--offline", "--pg-major", "16"}, "no PostgreSQL 16 found"},
		{"env", append(base, "PGSTRATA_OFFLINE=1"), []string{"--pg-major", "16"}, "downloading is off (--offline or PGSTRATA_OFFLINE)"},
		{"pg-bin", base, []string{"--pg-bin", filepath.Join(dir, "nothing")}, "--pg-bin " + filepath.Join(dir, "nothing") + ": "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(bin, append([]string{"snapshot", "a.sql", "-o", "a.strata"}, tc.args...)...)
			cmd.Dir, cmd.Env = dir, tc.env
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			var exit *exec.ExitError
			if !errors.As(err, &exit) {
				t.Fatalf("%v", err)
			}
			assertOneLineError(t, exit.ExitCode(), stderr.String(), tc.want)
		})
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "cache")); len(entries) != 0 {
		t.Errorf("the cache is not empty: %v", entries)
	}
}

// TestSQLInputAgainstReadOnlyDatabase: a live side next to SQL is still
// only read (the role cannot write), and the SQL goes into a server of the
// live side's major by default.
func TestSQLInputAgainstReadOnlyDatabase(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := loadDiffDBs(t, c)
		role := passwordRole(t, c, "read-only-password")
		c.Exec(t, "postgres", "ALTER ROLE "+role+" SET default_transaction_read_only = on")
		url := strings.Replace(db["base"], "postgres://postgres@", fmt.Sprintf("postgres://%s:read-only-password@", role), 1)
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"added.sql": diffDBs["added"]})
		_, want, _ := runCLI(t, "diff", db["base"], db["added"])
		code, got, stderr := runBin(t, dir, sqlEnv(t, c), "diff", url, "added.sql", "-v")
		if code != exitDifferences || got != want {
			t.Errorf("diff URL added.sql: status %d, stderr %q, stdout:\n%s\nwant:\n%s", code, stderr, got, want)
		}
		if !regexp.MustCompile(fmt.Sprintf(`started PostgreSQL %d\.`, c.Major)).MatchString(stderr) {
			t.Errorf("the SQL was not loaded into the live side's major %d: %q", c.Major, stderr)
		}
	})
}

// TestSQLInputExample: the README's first command prints a migration that
// turns v1 into v2 (applied to v1 loaded by the harness, nothing is left
// to diff against v2.sql), and the reverse is withheld as unsafe.
func TestSQLInputExample(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		dir := filepath.Join("..", "..", "testdata", "example")
		major := fmt.Sprint(c.Major)
		code, script, stderr := runBin(t, dir, sqlEnv(t, c), "diff", "v1.sql", "v2.sql", "--pg-major", major)
		if code != exitDifferences || stderr != "" || !strings.Contains(script, "ADD VALUE 'refunded'") {
			t.Fatalf("diff v1.sql v2.sql: status %d, stderr %q, stdout:\n%s", code, stderr, script)
		}
		db := c.CreateDB(t)
		c.LoadFile(t, db, filepath.Join(dir, "v1.sql"))
		c.LoadSQL(t, db, script)
		code, out, stderr := runBin(t, dir, sqlEnv(t, c), "diff", c.URL(db), "v2.sql")
		if code != exitOK || out != "" {
			t.Errorf("after the script, v1 differs from v2.sql: status %d, stderr %q, stdout:\n%s", code, stderr, out)
		}
		code, out, stderr = runBin(t, dir, sqlEnv(t, c), "diff", "v2.sql", "v1.sql", "--pg-major", major)
		if code != exitUnsafe || out != "" || !strings.Contains(stderr, "withheld: drop table shop.refund") {
			t.Errorf("diff v2.sql v1.sql: status %d, stderr %q, stdout:\n%s", code, stderr, out)
		}
	})
}
