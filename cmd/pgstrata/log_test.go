package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/snapshot"
)

// logRevisions writes three revisions of a small schema: the base; a
// column added to orders and a table added; the column's type changed and
// a view dropped. Returned in capture order.
func logRevisions(t *testing.T, dir string) []string {
	t.Helper()
	orders := func(extra ...snapshot.Column) snapshot.Table {
		cols := append([]snapshot.Column{{Name: "id", Type: "integer", NotNull: true}}, extra...)
		return snapshot.Table{Schema: "app", Name: "orders", RelKind: "r", Columns: cols}
	}
	view := snapshot.View{Schema: "app", Name: "open_orders", Definition: " SELECT id FROM app.orders;",
		Columns: []snapshot.Column{{Name: "id", Type: "integer"}}}
	base := &snapshot.Catalog{ServerVersionNum: 170002, Schemas: []snapshot.Schema{{Name: "app"}},
		Tables: []snapshot.Table{orders()}, Views: []snapshot.View{view}}
	second := &snapshot.Catalog{ServerVersionNum: 170002, Schemas: []snapshot.Schema{{Name: "app"}},
		Tables: []snapshot.Table{orders(snapshot.Column{Name: "note", Type: "text"}),
			{Schema: "app", Name: "invoices", RelKind: "r", Columns: []snapshot.Column{{Name: "id", Type: "bigint"}}}},
		Views: []snapshot.View{view}}
	third := &snapshot.Catalog{ServerVersionNum: 170002, Schemas: []snapshot.Schema{{Name: "app"}},
		Tables: []snapshot.Table{orders(snapshot.Column{Name: "note", Type: "character varying(200)"}),
			{Schema: "app", Name: "invoices", RelKind: "r", Columns: []snapshot.Column{{Name: "id", Type: "bigint"}}}}}
	var paths []string
	for i, c := range []*snapshot.Catalog{base, second, third} {
		c.Sort()
		path := filepath.Join(dir, []string{"c.strata", "b.strata", "a.strata"}[i]) // names against the capture order
		h := strata.Header{ServerVersion: "17.2", ServerVersionNum: 170002, Database: "shop", Source: "postgres://db/shop",
			CapturedAt: time.Date(2026, 3, 1+i, 6, 0, 0, 0, time.UTC)}
		if err := strata.WriteFile(path, h, c); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}

// TestLogText: a folder in capture order, each step's changes per kind and
// by name, and --sql with each step's migration.
func TestLogText(t *testing.T) {
	dir := t.TempDir()
	logRevisions(t, dir)
	code, out, errOut := runCLI(t, "log", "--sql", dir)
	if code != exitOK {
		t.Fatalf("log: status %d: %s", code, errOut)
	}
	for _, want := range []string{
		"first revision: 3 objects",
		"table +1 ~1",
		"+ table app.invoices",
		"~ table app.orders",
		"ALTER TABLE app.orders ADD COLUMN note text;",
		"- view app.open_orders",
		"DROP VIEW app.open_orders;",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "c.strata") > strings.Index(out, "a.strata") {
		t.Errorf("not in capture order:\n%s", out)
	}
}

// TestLogObject: --object follows one object, here a column, with what
// changed in it; files given in order.
func TestLogObject(t *testing.T) {
	paths := logRevisions(t, t.TempDir())
	code, out, errOut := runCLI(t, append([]string{"log", "--object", "app.orders.note"}, paths...)...)
	if code != exitOK {
		t.Fatalf("log: status %d: %s", code, errOut)
	}
	if strings.Contains(out, "first revision") || !strings.Contains(out, "+ column app.orders.note") ||
		!strings.Contains(out, "~ column app.orders.note") || !strings.Contains(out, "type: text → character varying(200)") {
		t.Errorf("--object output:\n%s", out)
	}
	code, out, _ = runCLI(t, append([]string{"log", "--object", "view open_orders"}, paths...)...)
	if code != exitOK || !strings.Contains(out, "first revision") || !strings.Contains(out, "- view app.open_orders") ||
		strings.Contains(out, "invoices") {
		t.Errorf("--object view: status %d:\n%s", code, out)
	}
	// psql patterns: a wildcard, a quoted name.
	code, out, _ = runCLI(t, append([]string{"log", "--object", `table "app".ord*`}, paths...)...)
	if code != exitOK || !strings.Contains(out, "~ table app.orders") || strings.Contains(out, "invoices") {
		t.Errorf("--object pattern: status %d:\n%s", code, out)
	}
	if code, _, errOut := runCLI(t, "log", "--object", "nosuchkind x", paths[0]); code != exitError || !strings.Contains(errOut, "unknown kind") {
		t.Errorf("bad --object: status %d: %s", code, errOut)
	}
}

// TestLogJSON: the json format's shape.
func TestLogJSON(t *testing.T) {
	paths := logRevisions(t, t.TempDir())
	code, out, errOut := runCLI(t, append([]string{"log", "--format", "json"}, paths...)...)
	if code != exitOK {
		t.Fatalf("log: status %d: %s", code, errOut)
	}
	var doc logDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if doc.Format != "pgstrata.log" || doc.Version != 1 || len(doc.Steps) != 3 || !doc.Steps[0].First ||
		doc.Steps[1].Summary["table"]["added"] != 1 || !strings.HasPrefix(doc.Steps[2].Digest, "sha256:") {
		t.Fatalf("json: %+v", doc)
	}
	last := doc.Steps[2].Changes
	if len(last) != 2 || last[0].Action != "altered" || last[0].Attributes[0].Attribute != "columns" || last[1].Action != "dropped" {
		t.Errorf("last step's changes: %+v", last)
	}
}

// TestLogGit: --git reads a file's committed revisions.
func TestLogGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	paths := logRevisions(t, t.TempDir())
	repo := t.TempDir()
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(repo, "shop.strata"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"init", "-q"}, {"add", "shop.strata"}, {"commit", "-q", "-m", "rev"}} {
			if i > 0 && args[0] == "init" {
				continue
			}
			cmd := exec.Command("git", append([]string{"-C", repo}, args...)...)
			cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@e",
				"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@e")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("git %v: %v\n%s", args, err, out)
			}
		}
	}
	code, out, errOut := runCLI(t, "log", "--git", filepath.Join(repo, "shop.strata"))
	if code != exitOK || strings.Count(out, "== ") != 3 || !strings.Contains(out, "+ table app.invoices") {
		t.Errorf("log --git: status %d: %s\n%s", code, errOut, out)
	}
	code, _, errOut = runCLI(t, "log", "--git", filepath.Join(t.TempDir(), "x.strata"))
	assertOneLineError(t, code, errOut, "git log")
}

// TestLogErrors: bad inputs are one-line errors.
func TestLogErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"log"}, "needs snapshot files"},
		{[]string{"log", filepath.Join(t.TempDir(), "missing.strata")}, "missing.strata"},
		{[]string{"log", t.TempDir()}, "no snapshot files"},
	} {
		code, _, errOut := runCLI(t, c.args...)
		assertOneLineError(t, code, errOut, c.want)
	}
}
