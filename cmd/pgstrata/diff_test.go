package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// diffDBs are tiny schemas for the diff command's contract; the SQL the
// engine writes is tested in diffengine's round trips, not here.
var diffDBs = map[string]string{
	"base": `CREATE SCHEMA app; CREATE SCHEMA other;
		CREATE TABLE app.t (id integer PRIMARY KEY, c text);`,
	// base plus a table: safe to apply.
	"added": `CREATE SCHEMA app; CREATE SCHEMA other;
		CREATE TABLE app.t (id integer PRIMARY KEY, c text);
		CREATE TABLE app.u (id integer);`,
	// base minus a column and plus a table elsewhere: dropping loses data.
	"dropped": `CREATE SCHEMA app; CREATE SCHEMA other;
		CREATE TABLE app.t (id integer PRIMARY KEY);
		CREATE TABLE other.v (id integer);`,
}

func loadDiffDBs(t *testing.T, c *pgtest.Cluster) map[string]string {
	t.Helper()
	urls := map[string]string{}
	for name, sql := range diffDBs {
		db := c.CreateDB(t)
		c.LoadSQL(t, db, sql)
		urls[name] = c.URL(db)
	}
	return urls
}

func TestDiffExitStatus(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := loadDiffDBs(t, c)

		code, out, stderr := runCLI(t, "diff", db["base"], db["base"])
		if code != exitOK || out != "" || stderr != "" {
			t.Errorf("same schema: status %d, stdout %q, stderr %q; want 0 and no output", code, out, stderr)
		}

		code, out, stderr = runCLI(t, "diff", db["base"], db["added"])
		if code != exitDifferences || !strings.HasPrefix(out, "SET check_function_bodies = off;\n") ||
			!strings.Contains(out, "CREATE TABLE app.u") || stderr != "" {
			t.Errorf("added table: status %d, stderr %q, stdout:\n%s", code, stderr, out)
		}

		code, out, stderr = runCLI(t, "diff", db["base"], db["dropped"])
		if code != exitUnsafe || out != "" {
			t.Errorf("unsafe plan: status %d, stdout %q; want %d and nothing on stdout", code, out, exitUnsafe)
		}
		want := "pgstrata: withheld: drop column app.t.c: the column and its values go\n" +
			"pgstrata: unsafe statements withheld (use --unsafe): drop column app.t.c\n"
		if stderr != want {
			t.Errorf("unsafe plan: stderr %q, want %q", stderr, want)
		}

		code, out, _ = runCLI(t, "diff", "--unsafe", db["base"], db["dropped"])
		if code != exitDifferences || !strings.Contains(out, "DROP COLUMN c") || !strings.Contains(out, "CREATE TABLE other.v") {
			t.Errorf("--unsafe: status %d, stdout:\n%s", code, out)
		}
	})
}

func TestDiffSchemaFilters(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := loadDiffDBs(t, c)
		cases := []struct {
			args []string
			code int
		}{
			// "dropped" differs from "base" in app (unsafe) and in other (safe).
			{[]string{"--schema", "other"}, exitDifferences},
			{[]string{"--exclude-schema", "app"}, exitDifferences},
			{[]string{"--schema", "app"}, exitUnsafe},
			{[]string{"--exclude-schema", "app", "--exclude-schema", "other"}, exitOK},
			// pg_dump patterns: folded to lower case outside quotes.
			{[]string{"--schema", "OTH*"}, exitDifferences},
			{[]string{"--schema", "?ther"}, exitDifferences},
			{[]string{"--exclude-schema", "a*"}, exitDifferences},
			{[]string{"--exclude-schema", "*"}, exitOK},
			// A typo, a comma list, a quoted upper-case name, a dotted name:
			// each matches nothing, which is an error, not "no differences".
			{[]string{"--schema", "nosuch"}, exitError},
			{[]string{"--schema", "other", "--schema", "typo"}, exitError},
			{[]string{"--schema", "app,other"}, exitError},
			{[]string{"--schema", `"OTHER"`}, exitError},
			{[]string{"--schema", "db.other"}, exitError},
		}
		for _, tc := range cases {
			args := append(append([]string{"diff"}, tc.args...), db["base"], db["dropped"])
			code, out, stderr := runCLI(t, args...)
			if code != tc.code {
				t.Errorf("%v: status %d, want %d (stderr %q)", tc.args, code, tc.code, stderr)
			}
			if code == exitError {
				assertOneLineError(t, code, stderr, "--schema")
			}
			if code == exitDifferences && strings.Contains(out, "app.") {
				t.Errorf("%v: output mentions the filtered-out schema app:\n%s", tc.args, out)
			}
		}
	})
}

// TestDiffFilterOutside: a filtered plan that needs objects outside the
// filter which differ between the sides (a column's type in another
// schema, a foreign key's table) warns on stderr, naming them; one that
// needs an outside object that is the same on both sides does not.
func TestDiffFilterOutside(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		common := `CREATE SCHEMA app; CREATE SCHEMA types; CREATE SCHEMA other; CREATE SCHEMA same;
			CREATE TYPE same.e AS ENUM ('x');`
		from, to := c.CreateDB(t), c.CreateDB(t)
		c.LoadSQL(t, from, common+`CREATE TYPE types.mood AS ENUM ('sad');`)
		c.LoadSQL(t, to, common+`CREATE TYPE types.mood AS ENUM ('sad', 'happy');
			CREATE TABLE other.customers (id integer PRIMARY KEY);
			CREATE TABLE app.orders (id integer PRIMARY KEY, mood types.mood, e same.e,
				customer integer REFERENCES other.customers);`)
		code, out, stderr := runCLI(t, "diff", "--schema", "app", c.URL(from), c.URL(to))
		if code != exitDifferences || !strings.Contains(out, "CREATE TABLE app.orders") {
			t.Fatalf("status %d, stderr %q, stdout:\n%s", code, stderr, out)
		}
		for _, want := range []string{
			"pgstrata: warning: column app.orders.mood needs enum types.mood, which is outside the schema filter and differs between the sides",
			"pgstrata: warning: constraint app.orders.orders_customer_fkey needs table other.customers, which is outside the schema filter and exists only in the target",
		} {
			if !strings.Contains(stderr, want+":") {
				t.Errorf("stderr lacks %q:\n%s", want, stderr)
			}
		}
		if strings.Contains(stderr, "same.e") || strings.Count(stderr, "\n") != 2 {
			t.Errorf("stderr should hold exactly the two warnings:\n%s", stderr)
		}
		if code, _, stderr := runCLI(t, "diff", "--schema", "app", "--schema", "types", "--schema", "other", c.URL(from), c.URL(to)); code != exitDifferences || stderr != "" {
			t.Errorf("nothing outside: status %d, stderr %q", code, stderr)
		}
	})
}

// TestDiffFilesEqualLive checks that snapshot files and live databases are
// interchangeable on either side.
func TestDiffFilesEqualLive(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := loadDiffDBs(t, c)
		dir := t.TempDir()
		file := map[string]string{}
		for _, name := range []string{"base", "dropped"} {
			file[name] = filepath.Join(dir, name+".strata")
			if code, _, stderr := runCLI(t, "snapshot", db[name], "-o", file[name]); code != 0 {
				t.Fatalf("snapshot %s: status %d: %s", name, code, stderr)
			}
		}
		code, live, _ := runCLI(t, "diff", "--unsafe", "--with-privileges", db["base"], db["dropped"])
		if code != exitDifferences || live == "" {
			t.Fatalf("live diff: status %d, output %q", code, live)
		}
		for _, pair := range [][2]string{
			{file["base"], file["dropped"]},
			{file["base"], db["dropped"]},
			{db["base"], file["dropped"]},
		} {
			code, out, stderr := runCLI(t, "diff", "--unsafe", "--with-privileges", pair[0], pair[1])
			if code != exitDifferences || out != live {
				t.Errorf("diff %s %s: status %d (stderr %q), output differs from live:\n%s\nlive:\n%s",
					filepath.Base(pair[0]), filepath.Base(pair[1]), code, stderr, out, live)
			}
		}
	})
}

func TestDiffOutputFile(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := loadDiffDBs(t, c)
		dir := t.TempDir()
		_, want, _ := runCLI(t, "diff", db["base"], db["added"])

		path := filepath.Join(dir, "migration.sql")
		code, out, stderr := runCLI(t, "diff", db["base"], db["added"], "-o", path)
		if code != exitDifferences || out != "" || stderr != "" {
			t.Errorf("-o: status %d, stdout %q, stderr %q", code, out, stderr)
		}
		if got, err := os.ReadFile(path); err != nil || string(got) != want {
			t.Errorf("-o wrote %q (%v), want the stdout script %q", got, err, want)
		}

		// Withheld: the earlier script is removed, lest it pass for this
		// run's (TestOutputWithheldRemovesEarlier has more).
		code, _, _ = runCLI(t, "diff", db["base"], db["dropped"], "-o", path)
		if _, err := os.Stat(path); code != exitUnsafe || !os.IsNotExist(err) {
			t.Errorf("withheld plan: status %d, earlier file still there (%v)", code, err)
		}
		// No differences: the file says so by being empty.
		if code, _, _ = runCLI(t, "diff", db["base"], db["base"], "-o", path); code != exitOK {
			t.Errorf("no differences: status %d", code)
		}
		if got, err := os.ReadFile(path); err != nil || len(got) != 0 {
			t.Errorf("no differences: file holds %q (%v), want it empty", got, err)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			t.Errorf("temporary files left in %s: %v", dir, entries)
		}
	})
}

func TestDiffBadSource(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("hello, not a snapshot\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.strata")
	refused := "postgres://nobody:secret@127.0.0.1:1/db?connect_timeout=2"
	cases := []struct {
		name     string
		from, to string
		want     string
	}{
		{"missing file", missing, text, missing + ": no such file"},
		{"foreign file", text, missing, "not a pgstrata snapshot"},
		{"bad url", "postgres://[::1", text, "cannot parse"},
		{"refused connection", refused, refused, "connect"},
		{"second source", text, "nope.strata", "not a pgstrata snapshot"}, // the first error wins
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, "diff", tc.from, tc.to)
			assertOneLineError(t, code, stderr, tc.want)
			if out != "" {
				t.Errorf("stdout %q on error", out)
			}
			if strings.Contains(stderr, "secret") {
				t.Errorf("password leaked into the error: %q", stderr)
			}
		})
	}
	code, _, stderr := runCLI(t, "diff", "--unsafe", "nope.strata", "also-nope.sql")
	assertOneLineError(t, code, stderr, "nope.strata: no such file")
}

func TestIsConnString(t *testing.T) {
	for s, want := range map[string]bool{
		"postgres://h/db":         true,
		"postgresql://h/db":       true,
		"host=h dbname=db":        true,
		"dbname=app":              true,
		"prod.strata":             false,
		"./snapshots/prod.strata": false,
		"postgres:/h":             false,
		"POSTGRES://h/db":         true, // refused by Connect, which says why
		"postgresq://u@h/db":      true,
		"backups/x://y":           false,
	} {
		if got := isConnString(s); got != want {
			t.Errorf("isConnString(%q) = %v, want %v", s, got, want)
		}
	}
}
