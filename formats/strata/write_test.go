package strata

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// failAfter is a writer that fails once n bytes have gone through.
type failAfter struct {
	w io.Writer
	n int
}

var errDiskFull = errors.New("injected: no space left on device")

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		n, _ := f.w.Write(p[:f.n])
		f.n = 0
		return n, errDiskFull
	}
	f.n -= len(p)
	return f.w.Write(p)
}

// dirEntries lists the names in dir.
func dirEntries(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteFileFailures(t *testing.T) {
	errRename := errors.New("injected: rename refused")
	huge := sampleHeader()
	huge.Options = []string{strings.Repeat("x", MaxHeaderLength)}
	tests := []struct {
		name    string
		header  Header
		catalog *snapshot.Catalog
		ops     writeOps
		want    string // in the message, after the path
		is      error
	}{
		{"write fails in the header", sampleHeader(), sampleCatalog(),
			writeOps{wrap: func(w io.Writer) io.Writer { return &failAfter{w, 20} }}, "write: ", errDiskFull},
		{"write fails in the body", sampleHeader(), syntheticCatalog(2000, 10),
			writeOps{wrap: func(w io.Writer) io.Writer { return &failAfter{w, 4000} }}, "write: ", errDiskFull},
		{"rename fails", sampleHeader(), sampleCatalog(),
			writeOps{rename: func(string, string) error { return errRename }}, "injected: rename refused", errRename},
		{"nil catalog", sampleHeader(), nil, writeOps{}, "write: nil catalog", nil},
		{"header too large", huge, sampleCatalog(), writeOps{}, "exceeds the 1048576-byte limit", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "prod.strata")
			old := encode(t, Header{Database: "old"}, &snapshot.Catalog{ServerVersionNum: 1})
			if err := os.WriteFile(path, old, 0o600); err != nil {
				t.Fatal(err)
			}
			err := writeFile(path, tt.header, tt.catalog, tt.ops)
			if err == nil {
				t.Fatal("writeFile succeeded, want an error")
			}
			checkMessage(t, err, path)
			if !strings.Contains(err.Error(), tt.want) || (tt.is != nil && !errors.Is(err, tt.is)) {
				t.Errorf("error %q, want it to contain %q and wrap %v", err, tt.want, tt.is)
			}
			if names := dirEntries(t, dir); len(names) != 1 || names[0] != "prod.strata" {
				t.Errorf("directory holds %q, want only the old file", names)
			}
			f, err := ReadFile(path, ReadOptions{})
			if err != nil || f.Header.Database != "old" {
				t.Errorf("the old file did not survive: %v", err)
			}
		})
	}
}

func TestWriteFileRenameOntoDirectory(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "taken")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(path, "keep"), []byte("x"), 0o644)
	err := WriteFile(path, sampleHeader(), sampleCatalog())
	if err == nil {
		t.Fatal("WriteFile over a directory succeeded")
	}
	checkMessage(t, err, path)
	if names := dirEntries(t, dir); len(names) != 1 || names[0] != "taken" {
		t.Errorf("directory holds %q, want only the old directory", names)
	}
	if names := dirEntries(t, path); len(names) != 1 {
		t.Errorf("the directory written over now holds %q", names)
	}
}

func TestWriteFileMissingDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "dir", "prod.strata")
	err := WriteFile(path, sampleHeader(), sampleCatalog())
	if err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("WriteFile = %v, want a not-exist error", err)
	}
	checkMessage(t, err, path)
}

func TestWriteFileReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "prod.strata")
	var tempName string
	spy := writeOps{rename: func(oldpath, newpath string) error {
		tempName = oldpath
		return os.Rename(oldpath, newpath)
	}}
	if err := writeFile(path, Header{Database: "first"}, sampleCatalog(), spy); err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(tempName) != dir || !strings.HasPrefix(filepath.Base(tempName), ".prod.strata.tmp") {
		t.Errorf("temporary file %q is not .prod.strata.tmp… in %s", tempName, dir)
	}
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, Header{Database: "second"}, sampleCatalog()); err != nil {
		t.Fatal(err)
	}
	f, err := ReadFile(path, ReadOptions{})
	if err != nil || f.Header.Database != "second" {
		t.Fatalf("after replacing: %v, %+v", err, f)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o640 {
		t.Errorf("mode after replacing = %v, want the old file's 0640", st.Mode())
	}
	if names := dirEntries(t, dir); len(names) != 1 {
		t.Errorf("directory holds %q, want only the file", names)
	}
}

// The encoder's buffer is sized from the catalog once (bodySizeHint): the
// guess covers the body, edges or not, so it is never grown, and stays
// within three times the body (the floor aside) for catalogs of short
// names (the synthetic one: 2.4 times) as of real ones (the fixture; the
// benchmark's 10,000-table catalogs: 1.8-1.9 times).
func TestBodySizeHint(t *testing.T) {
	fixture, err := ReadFile("../../testdata/example/fixture.strata", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*snapshot.Catalog{
		"sample": sampleCatalog(), "synthetic 1,000 tables": syntheticCatalog(1000, 10), "fixture": fixture.Catalog,
	} {
		for _, edges := range []bool{false, true} {
			cat := c
			if !edges {
				cat = c.WithoutDependencies()
			}
			body, hint := len(encodeBody(cat)), bodySizeHint(cat)
			if hint < body || hint > 3*body+64<<10 {
				t.Errorf("%s (edges %v): guessed %d bytes for a body of %d", name, edges, hint, body)
			}
		}
	}
}
