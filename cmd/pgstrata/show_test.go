package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/formats/render/rendertest"
	"github.com/pgstrata/pgstrata/formats/show"
	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/pgtest"
)

const fixture = "../../testdata/example/fixture.strata"

// TestShowSelects: patterns, --kind and --schema select objects with what
// belongs to them, in the order of the whole output; bad selections are
// one-line errors.
func TestShowSelects(t *testing.T) {
	code, all, stderr := runCLI(t, "show", fixture)
	if code != exitOK || !strings.HasPrefix(all, "SET check_function_bodies = off;\n") {
		t.Fatalf("show: status %d, stderr %q, output starts %.80q", code, stderr, all)
	}
	// The fixture holds a base type, which pgstrata does not model.
	if !strings.Contains(stderr, "pgstrata: warning: the catalog holds objects pgstrata does not model") {
		t.Errorf("no warning about what is not modeled: %q", stderr)
	}
	if _, again, _ := runCLI(t, "show", fixture); again != all {
		t.Error("two runs print different output")
	}
	_, table, _ := runCLI(t, "show", fixture, "app.accounts")
	for _, want := range []string{"CREATE TABLE app.accounts (", "COMMENT ON COLUMN app.accounts.email", "GRANT SELECT (email) ON TABLE app.accounts",
		"ADD CONSTRAINT accounts_pkey", "CREATE INDEX accounts_lower_name ON app.accounts", "ALTER TABLE app.accounts OWNER TO"} {
		if !strings.Contains(table, want) {
			t.Errorf("show app.accounts lacks %q", want)
		}
	}
	if strings.Contains(table, "CREATE TABLE app.a (") || strings.Contains(table, "CREATE SCHEMA") {
		t.Errorf("show app.accounts shows other objects:\n%s", table)
	}
	if !isSubsequence(statements(table)[1:], statements(all)) {
		t.Error("the statements of app.accounts are not in the order of the whole output")
	}
	// An unqualified pattern matches in every schema; * and ? work.
	if _, out, _ := runCLI(t, "show", fixture, "ACCOUNT?"); out != table {
		t.Error("ACCOUNT? does not show what app.accounts shows")
	}
	_, indexes, _ := runCLI(t, "show", fixture, "--kind", "index", "--schema", "app")
	for _, s := range statements(indexes)[1:] {
		if !strings.Contains(s, "INDEX") && !strings.Contains(s, "CLUSTER ON") && !strings.Contains(s, "REPLICA IDENTITY") {
			t.Errorf("--kind index shows %q", s)
		}
	}
	if !strings.Contains(indexes, "CREATE INDEX accounts_lower_name") {
		t.Error("--kind index does not show accounts_lower_name")
	}
	_, check, _ := runCLI(t, "show", fixture, "--kind", "constraint", "name_not_*")
	if got := statements(check); len(got) != 3 || !strings.Contains(got[1], "name_not_empty CHECK") || !strings.Contains(got[2], "COMMENT ON CONSTRAINT") {
		t.Errorf("--kind constraint name_not_*: %q", got)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"show", fixture, "app.nosuch"}, `pattern "app.nosuch" matches no object`},
		{[]string{"show", fixture, "--kind", "tabel"}, `--kind "tabel": not a kind`},
		{[]string{"show", fixture, "db.app.accounts"}, "too many dotted names"},
		{[]string{"show", fixture, `"app`}, "unterminated double quote"},
		{[]string{"show", fixture, "--schema", "nosuch"}, `--schema "nosuch" matches no schema`},
		{[]string{"show", "no-such-file.strata"}, "no such file"},
	} {
		code, _, stderr := runCLI(t, tc.args...)
		assertOneLineError(t, code, stderr, tc.want)
	}
	if code, out, _ := runCLI(t, "--help"); code != 0 || !strings.Contains(out, "show") {
		t.Errorf("--help does not list show: %q", out)
	}
}

// statements splits show's output into its statements (the settings line
// first).
func statements(script string) []string {
	return strings.Split(strings.TrimSuffix(script, "\n"), "\n\n")
}

func isSubsequence(sub, all []string) bool {
	i := 0
	for _, s := range all {
		if i < len(sub) && s == sub[i] {
			i++
		}
	}
	return i == len(sub)
}

// TestShowJSON: the json format validates against show.schema.json and
// lists what the patterns select, each object with its statements.
func TestShowJSON(t *testing.T) {
	for _, args := range [][]string{{}, {"app.accounts"}, {"--kind", "function,procedure"}} {
		code, out, stderr := runCLI(t, append([]string{"show", "--format", "json", fixture}, args...)...)
		if code != exitOK {
			t.Fatalf("%v: status %d: %s", args, code, stderr)
		}
		if err := rendertest.ValidateWith("show.schema.json", show.Schema(), []byte(out)); err != nil {
			t.Errorf("%v: the output does not validate: %v", args, err)
		}
	}
	_, out, _ := runCLI(t, "show", "--format", "json", fixture, "app.accounts")
	var doc struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
		Source  struct {
			Digest string `json:"digest"`
		} `json:"source"`
		Objects []struct {
			Object struct {
				Kind, Display string
			} `json:"object"`
			Attributes map[string]any `json:"attributes"`
			SQL        []string       `json:"sql"`
		} `json:"objects"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Format != "pgstrata.show" || doc.Version != 1 || !strings.HasPrefix(doc.Source.Digest, "sha256:") {
		t.Errorf("header: %+v", doc)
	}
	var displays []string
	for _, o := range doc.Objects {
		displays = append(displays, o.Object.Display)
		if o.Object.Display == "table app.accounts" {
			if cols, _ := o.Attributes["columns"].([]any); len(cols) != 11 || o.Attributes["owner"] != "postgres" {
				t.Errorf("table attributes: %v", o.Attributes)
			}
			if len(o.SQL) == 0 || !strings.HasPrefix(o.SQL[0], "CREATE TABLE app.accounts (") ||
				!strings.Contains(strings.Join(o.SQL, "\n"), "COMMENT ON COLUMN app.accounts.email") {
				t.Errorf("table statements: %q", o.SQL)
			}
		}
	}
	for _, want := range []string{"table app.accounts", "constraint app.accounts.accounts_pkey", "index app.accounts_lower_name", "sequence app.counter"} {
		if !strings.Contains(strings.Join(displays, "\n"), want) {
			t.Errorf("objects %q lack %s", displays, want)
		}
	}
}

// TestShowLive: show of a live database prints what show of its snapshot
// file prints, and that rebuilds it (TestShowRebuilds proves the DDL on
// every case; this proves the command's path).
func TestShowLive(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := c.CreateDB(t)
		c.LoadSQL(t, db, `CREATE SCHEMA app;
CREATE TABLE app.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric(12,2) NOT NULL CHECK (total >= 0));
CREATE INDEX orders_total ON app.orders (total);
COMMENT ON TABLE app.orders IS 'orders';
CREATE VIEW app.big_orders AS SELECT id FROM app.orders WHERE total > 100;`)
		file := filepath.Join(t.TempDir(), "db.strata")
		if code, _, stderr := runCLI(t, "snapshot", c.URL(db), "-o", file); code != exitOK {
			t.Fatalf("snapshot: %s", stderr)
		}
		code, live, stderr := runCLI(t, "show", c.URL(db))
		_, offline, _ := runCLI(t, "show", file)
		if code != exitOK || live != offline {
			t.Fatalf("live show (status %d, %s) differs from the file's:\n%s\n---\n%s", code, stderr, live, offline)
		}
		rebuilt := c.CreateDB(t)
		c.LoadSQL(t, rebuilt, live)
		if _, again, _ := runCLI(t, "show", c.URL(rebuilt)); again != live {
			t.Errorf("the rebuilt database shows differently:\n%s", again)
		}
	})
}

// TestShowSQLInput: show takes SQL files as diff does (a throwaway server
// loads them) and prints the schema they build.
func TestShowSQLInput(t *testing.T) {
	code, out, stderr := runCLI(t, "show", "--pg-major", "15", "../../testdata/example/v1.sql", "shop.customer")
	if code != exitOK {
		t.Fatalf("status %d: %s", code, stderr)
	}
	if !strings.Contains(out, "CREATE TABLE shop.customer (") || strings.Contains(out, "CREATE SCHEMA") {
		t.Errorf("show v1.sql shop.customer:\n%s", out)
	}
}

// TestShowTextconv: with pgstrata show as git's textconv driver for
// *.strata, git diff and git log -p of a snapshot file show the DDL
// change, not "Binary files differ".
func TestShowTextconv(t *testing.T) {
	checkGitRepository(t, false)
}

// TestGitFilter: with the README's clean and smudge filters, git stores
// snapshots uncompressed (so that it can delta them), the working copy stays
// the file pgstrata wrote, byte for byte, textconv and log --git still work.
func TestGitFilter(t *testing.T) {
	checkGitRepository(t, true)
}

func checkGitRepository(t *testing.T, filter bool) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	bin := buildPgstrata(t)
	c := pgtest.Clusters(t)[0]
	db := c.CreateDB(t)
	repo := t.TempDir()
	home := t.TempDir()
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = repo
		cmd.Env = append(cleanEnv(), "HOME="+home, "GIT_CONFIG_NOSYSTEM=1", "GIT_PAGER=cat", "PAGER=cat")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	snapshotFile := filepath.Join(repo, "app.strata")
	snapshotAndCommit := func(sql, message string) {
		t.Helper()
		c.LoadSQL(t, db, sql)
		if code, _, stderr := runCLI(t, "snapshot", c.URL(db), "-o", snapshotFile); code != exitOK {
			t.Fatalf("snapshot: %s", stderr)
		}
		git("add", "app.strata", ".gitattributes")
		git("commit", "-q", "-m", message)
	}
	git("init", "-q")
	git("config", "user.name", "pgstrata test")
	git("config", "user.email", "test@pgstrata.invalid")
	git("config", "diff.pgstrata.textconv", bin+" show")
	attributes := "*.strata diff=pgstrata\n"
	if filter {
		git("config", "filter.pgstrata.clean", bin+" convert --compression none")
		git("config", "filter.pgstrata.smudge", bin+" convert")
		git("config", "filter.pgstrata.required", "true")
		attributes = "*.strata filter=pgstrata diff=pgstrata\n"
	}
	if err := os.WriteFile(filepath.Join(repo, ".gitattributes"), []byte(attributes), 0o644); err != nil {
		t.Fatal(err)
	}
	snapshotAndCommit("CREATE TABLE public.orders (id integer PRIMARY KEY);", "orders")
	snapshotAndCommit("ALTER TABLE public.orders ADD COLUMN note text; CREATE INDEX orders_note ON public.orders (note);", "note")
	for _, args := range [][]string{{"diff", "HEAD~1", "--", "app.strata"}, {"log", "-p", "--", "app.strata"}} {
		out := git(args...)
		if strings.Contains(out, "Binary files") {
			t.Errorf("git %v sees a binary file:\n%s", args, out)
		}
		for _, want := range []string{"+    note text", "+CREATE INDEX orders_note ON public.orders USING btree (note);", " CREATE TABLE public.orders ("} {
			if !strings.Contains(out, want) {
				t.Errorf("git %v lacks %q:\n%s", args, want, out)
			}
		}
	}
	if !filter {
		return
	}
	written, err := os.ReadFile(snapshotFile)
	if err != nil {
		t.Fatal(err)
	}
	if status := git("status", "--porcelain"); status != "" {
		t.Errorf("the working copy differs from what was committed:\n%s", status)
	}
	stored := filepath.Join(t.TempDir(), "stored.strata")
	if err := os.WriteFile(stored, []byte(git("cat-file", "blob", "HEAD:app.strata")), 0o644); err != nil {
		t.Fatal(err)
	}
	if h, err := strata.ReadHeader(stored); err != nil || h.Compression != strata.CompressionNone {
		t.Errorf("git stores compression %q (%v), want none", h.Compression, err)
	}
	os.Remove(snapshotFile)
	git("checkout", "--", "app.strata")
	if again, err := os.ReadFile(snapshotFile); err != nil || !bytes.Equal(again, written) {
		t.Errorf("the checked-out file is not the file pgstrata wrote (%v)", err)
	}
	code, stdout, stderr := runCLI(t, "log", "--git", snapshotFile)
	if code != exitOK || !strings.Contains(stdout, "orders") {
		t.Errorf("log --git: exit %d\n%s\n%s", code, stdout, stderr)
	}
}
