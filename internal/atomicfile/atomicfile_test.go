package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func readString(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestWriteThroughSymlink: a link to a regular file keeps being a link;
// the file it points to is replaced, and a dangling link is followed to
// where its file is to be.
func TestWriteThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "real.sql")
	if err := os.WriteFile(file, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	for _, link := range []struct{ name, to string }{{"abs", file}, {"rel", "real.sql"}, {"chain", "abs"}} {
		p := filepath.Join(dir, link.name)
		if err := os.Symlink(link.to, p); err != nil {
			t.Fatal(err)
		}
		if err := Write(p, writeString("new "+link.name), Options{}); err != nil {
			t.Fatalf("%s: %v", link.name, err)
		}
		if st, err := os.Lstat(p); err != nil || st.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("%s: the link was replaced (%v)", link.name, err)
		}
		if got := readString(t, file); got != "new "+link.name {
			t.Errorf("%s: target holds %q", link.name, got)
		}
		if st, _ := os.Stat(file); st.Mode().Perm() != 0o640 {
			t.Errorf("%s: target's mode is now %v, want 0640", link.name, st.Mode().Perm())
		}
	}
	dangling := filepath.Join(dir, "dangling")
	if err := os.Symlink("later.sql", dangling); err != nil {
		t.Fatal(err)
	}
	if err := Write(dangling, writeString("later"), Options{}); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, filepath.Join(dir, "later.sql")); got != "later" {
		t.Errorf("dangling link: target holds %q", got)
	}
	loop := filepath.Join(dir, "loop")
	if err := os.Symlink("loop", loop); err != nil {
		t.Fatal(err)
	}
	if err := Write(loop, writeString("x"), Options{}); !errors.Is(err, syscall.ELOOP) {
		t.Errorf("a link to itself: %v, want ELOOP", err)
	}
}

// TestWriteSpecialFiles: devices and FIFOs are written through, never
// replaced; a directory is an error that leaves it alone.
func TestWriteSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	// Through a link, so that the code before this fix (which replaced
	// whatever was at the path) replaced the link, not /dev/null itself.
	null := filepath.Join(dir, "null")
	if err := os.Symlink("/dev/null", null); err != nil {
		t.Fatal(err)
	}
	if err := Write(null, writeString("discarded"), Options{}); err != nil {
		t.Errorf("writing to /dev/null: %v", err)
	}
	if st, err := os.Lstat(null); err != nil || st.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link to /dev/null was replaced")
	}
	if st, err := os.Stat("/dev/null"); err != nil || st.Mode()&fs.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is no longer a device: %v %v", st.Mode(), err)
	}

	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("mkfifo:", err)
	}
	got := make(chan string)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- string(b)
	}()
	if err := Write(fifo, writeString("through the pipe"), Options{}); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != "through the pipe" {
			t.Errorf("FIFO reader got %q", s)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("FIFO reader got nothing")
	}
	if st, err := os.Lstat(fifo); err != nil || st.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v", err)
	}

	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Write(sub, writeString("x"), Options{}); !errors.Is(err, syscall.EISDIR) {
		t.Errorf("a directory: %v, want EISDIR", err)
	}
	if st, err := os.Stat(sub); err != nil || !st.IsDir() {
		t.Errorf("the directory was replaced")
	}
	if n := names(t, dir); strings.Join(n, " ") != "fifo null sub" {
		t.Errorf("left in the directory: %v", n)
	}
}

// TestWriteLongName: a 255-byte name is legal; its temporary file's name
// must fit too.
func TestWriteLongName(t *testing.T) {
	dir := t.TempDir()
	for _, base := range []string{strings.Repeat("n", 255), strings.Repeat("é", 127) + "x"} {
		p := filepath.Join(dir, base)
		if err := Write(p, writeString("long"), Options{}); err != nil {
			t.Fatalf("%d-byte name: %v", len(base), err)
		}
		if got := readString(t, p); got != "long" {
			t.Errorf("holds %q", got)
		}
	}
	if n := len(names(t, dir)); n != 2 {
		t.Errorf("%d entries, want 2", n)
	}
}

// TestNoTemporaryWhileComputing: the temporary file appears only once the
// content is complete, so a run killed while it computes leaves nothing.
func TestNoTemporaryWhileComputing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.strata")
	err := Write(p, func(w io.Writer) error {
		if n := names(t, dir); len(n) != 0 {
			t.Errorf("while the content is computed the directory holds %v", n)
		}
		_, err := io.WriteString(w, "done")
		return err
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	failed := errors.New("injected")
	if err := Write(p, func(io.Writer) error { return failed }, Options{}); !errors.Is(err, failed) {
		t.Fatalf("got %v, want the write's error", err)
	}
	if got := readString(t, p); got != "done" {
		t.Errorf("a failed write changed the file: %q", got)
	}
}

// TestRemoveStale: temporary files a killed run left are removed by the
// next write to the same path once they are stale; a fresh one (a run in
// progress) and those of other targets stay.
func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "prod.strata")
	old := time.Now().Add(-time.Hour)
	mk := func(name string, mtime time.Time) string {
		q := filepath.Join(dir, name)
		if err := os.WriteFile(q, []byte("partial"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(q, mtime, mtime); err != nil {
			t.Fatal(err)
		}
		return q
	}
	stale := mk(".prod.strata.tmp0123abcd", old)
	fresh := mk(".prod.strata.tmp89abcdef", time.Now())
	other := mk(".dev.strata.tmp0123abcd", old)
	notOurs := mk(".prod.strata.tmp-user-file", old)
	if err := Write(p, writeString("new"), Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the stale temporary file is still there (%v)", err)
	}
	for _, keep := range []string{fresh, other, notOurs} {
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("%s was removed", filepath.Base(keep))
		}
	}
}
