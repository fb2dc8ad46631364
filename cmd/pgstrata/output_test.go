package main

// Where -o may point: never at an input; standard output ("-"), devices,
// FIFOs and links are written the way a shell redirection would write
// them; a directory is an error; a withheld plan leaves no earlier script
// that could pass for its result.

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// outputFiles writes three offline snapshots into dir: base (app.orders
// with id and note), added (base plus app.items: a safe diff) and dropped
// (base without note: a withheld diff).
func outputFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	orders := func(cols ...snapshot.Column) snapshot.Table {
		return snapshot.Table{Schema: "app", Name: "orders", RelKind: "r", Columns: cols}
	}
	id := snapshot.Column{Name: "id", Type: "bigint", NotNull: true}
	note := snapshot.Column{Name: "note", Type: "text"}
	cats := map[string]*snapshot.Catalog{
		"base":    {Tables: []snapshot.Table{orders(id, note)}},
		"added":   {Tables: []snapshot.Table{orders(id, note), {Schema: "app", Name: "items", RelKind: "r", Columns: []snapshot.Column{id}}}},
		"dropped": {Tables: []snapshot.Table{orders(id)}},
	}
	paths := map[string]string{}
	for name, c := range cats {
		c.ServerVersionNum = 150000
		c.Schemas = []snapshot.Schema{{Name: "app"}}
		c.Sort()
		paths[name] = filepath.Join(dir, name+".strata")
		if err := strata.WriteFile(paths[name], strata.Header{ToolVersion: "test", Database: name}, c); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// TestOutputIsInput: -o naming an input, by its name, through a link, a
// hard link or another spelling, is refused before anything is read, and
// the input stays as it was.
func TestOutputIsInput(t *testing.T) {
	dir := t.TempDir()
	files := outputFiles(t, dir)
	before, err := os.ReadFile(files["base"])
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.strata")
	hard := filepath.Join(dir, "hard.strata")
	if err := os.Symlink("base.strata", link); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(files["base"], hard); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "sub", "..", "base.strata")
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{files["base"], link, hard, other} {
		for _, args := range [][]string{
			{"diff", files["base"], files["added"], "-o", out},
			{"diff", files["added"], files["base"], "-o", out},
			{"diff", "--unsafe", files["dropped"], link, "-o", out},
		} {
			code, stdout, stderr := runCLI(t, args...)
			assertOneLineError(t, code, stderr, "refusing to overwrite it")
			if stdout != "" {
				t.Errorf("%v: stdout %q", args, stdout)
			}
			if got, err := os.ReadFile(files["base"]); err != nil || !bytes.Equal(got, before) {
				t.Fatalf("%v: the input changed (%v)", args, err)
			}
		}
	}
}

// TestOutputWithheldRemovesEarlier: exit 3 writes no script, and an
// earlier one at -o is removed (through a link: the file, not the link),
// so that it cannot pass for this run's result.
func TestOutputWithheldRemovesEarlier(t *testing.T) {
	dir := t.TempDir()
	files := outputFiles(t, dir)
	script := filepath.Join(dir, "migrate.sql")
	link := filepath.Join(dir, "latest.sql")
	if err := os.Symlink("migrate.sql", link); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{script, link} {
		if code, _, stderr := runCLI(t, "diff", files["base"], files["added"], "-o", out); code != exitDifferences {
			t.Fatalf("safe diff: status %d: %s", code, stderr)
		}
		code, stdout, stderr := runCLI(t, "diff", files["base"], files["dropped"], "-o", out)
		want := "pgstrata: withheld: drop column app.orders.note: the column and its values go\n" +
			"pgstrata: unsafe statements withheld (use --unsafe): drop column app.orders.note; removed the earlier " + out + "\n"
		if code != exitUnsafe || stdout != "" || stderr != want {
			t.Errorf("withheld: status %d, stdout %q, stderr %q; want %d and %q", code, stdout, stderr, exitUnsafe, want)
		}
		if _, err := os.Stat(script); !os.IsNotExist(err) {
			t.Errorf("-o %s: the earlier script is still there (%v)", filepath.Base(out), err)
		}
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was removed or replaced (%v)", err)
	}
	// Nothing there: nothing to say.
	code, _, stderr := runCLI(t, "diff", files["base"], files["dropped"], "-o", script)
	if code != exitUnsafe || strings.Contains(stderr, "removed") {
		t.Errorf("no earlier file: status %d, stderr %q", code, stderr)
	}
}

// TestOutputTargets runs the built binary: -o - and a link to /dev/stdout
// reach the process's standard output, a FIFO is written through, a link
// to /dev/null stays a link to the device, a directory is one line and
// exit 1, and a 255-byte name works.
func TestOutputTargets(t *testing.T) {
	bin := buildPgstrata(t)
	dir := t.TempDir()
	files := outputFiles(t, dir)
	_, want, _ := runCLI(t, "diff", files["base"], files["added"])
	diff := func(out string) (int, string, string) {
		t.Helper()
		cmd := exec.Command(bin, "diff", files["base"], files["added"], "-o", out)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return code, stdout.String(), stderr.String()
	}
	links := map[string]string{"stdout": "/dev/stdout", "null": "/dev/null"}
	for name, to := range links {
		if err := os.Symlink(to, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	for _, out := range []string{"-", "/dev/stdout", filepath.Join(dir, "stdout")} {
		if code, stdout, stderr := diff(out); code != exitDifferences || stdout != want {
			t.Errorf("-o %s: status %d (stderr %q), stdout %q, want the script", out, code, stderr, stdout)
		}
	}
	if code, stdout, stderr := diff(filepath.Join(dir, "null")); code != exitDifferences || stdout != "" {
		t.Errorf("-o link to /dev/null: status %d (stderr %q), stdout %q", code, stderr, stdout)
	}
	for name, to := range links {
		if got, err := os.Readlink(filepath.Join(dir, name)); err != nil || got != to {
			t.Errorf("the link to %s was replaced (%v)", to, err)
		}
	}
	if st, err := os.Stat("/dev/null"); err != nil || st.Mode()&fs.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is no longer a device (%v)", err)
	}

	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	got := make(chan []byte)
	go func() { b, _ := os.ReadFile(fifo); got <- b }()
	if code, _, stderr := diff(fifo); code != exitDifferences {
		t.Errorf("-o FIFO: status %d (stderr %q)", code, stderr)
	}
	select {
	case b := <-got:
		if string(b) != want {
			t.Errorf("FIFO reader got %q", b)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("FIFO reader got nothing")
	}

	code, stdout, stderr := diff(dir)
	assertOneLineError(t, code, stderr, dir+": is a directory")
	if stdout != "" {
		t.Errorf("-o directory: stdout %q", stdout)
	}

	long := filepath.Join(dir, strings.Repeat("m", 251)+".sql")
	if code, _, stderr := diff(long); code != exitDifferences {
		t.Errorf("-o 255-byte name: status %d (stderr %q)", code, stderr)
	}
	if b, err := os.ReadFile(long); err != nil || string(b) != want {
		t.Errorf("255-byte name holds %q (%v)", b, err)
	}
}

// TestSnapshotOutputTargets: snapshot -o - writes the file to standard
// output (to be piped), a link to /dev/null is written through, and a
// directory is refused.
func TestSnapshotOutputTargets(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		url := c.URL(c.CreateDB(t))
		code, stdout, stderr := runCLI(t, "snapshot", url, "-o", "-")
		if code != exitOK || !strings.Contains(stderr, "wrote standard output") {
			t.Fatalf("-o -: status %d, stderr %q", code, stderr)
		}
		if _, err := strata.Decode(strings.NewReader(stdout), "stdout", strata.ReadOptions{}); err != nil {
			t.Errorf("-o -: standard output is not a snapshot: %v", err)
		}
		dir := t.TempDir()
		null := filepath.Join(dir, "null")
		if err := os.Symlink("/dev/null", null); err != nil {
			t.Fatal(err)
		}
		if code, _, stderr := runCLI(t, "snapshot", url, "-o", null); code != exitOK {
			t.Errorf("-o link to /dev/null: status %d: %s", code, stderr)
		}
		if got, err := os.Readlink(null); err != nil || got != "/dev/null" {
			t.Errorf("the link to /dev/null was replaced (%v)", err)
		}
		code, _, stderr = runCLI(t, "snapshot", url, "-o", dir)
		assertOneLineError(t, code, stderr, dir+": is a directory")
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("left in %s: %v", dir, entries)
		}
	})
}
