package strata

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"

	"github.com/pgstrata/pgstrata/snapshot"
)

// WriteFile writes h and c to path atomically: to a temporary file
// ("." + base name + ".tmp…") in the same directory, flushed to disk, then
// renamed over path, and the directory flushed too. On any error the
// temporary file is removed and whatever was at path is left as it was, so
// a reader sees either the old snapshot or the new one, never half of one.
// A file that replaces another keeps its permissions; a new one gets 0666
// less the umask, like any file the user creates.
func WriteFile(path string, h Header, c *snapshot.Catalog) error {
	return writeFile(path, h, c, writeOps{})
}

// writeOps lets tests inject failures at the steps that can fail.
type writeOps struct {
	wrap   func(io.Writer) io.Writer // wraps the temporary file's writer
	rename func(oldpath, newpath string) error
}

func writeFile(path string, h Header, c *snapshot.Catalog, ops writeOps) (err error) {
	if ops.wrap == nil {
		ops.wrap = func(w io.Writer) io.Writer { return w }
	}
	if ops.rename == nil {
		ops.rename = os.Rename
	}
	dir := filepath.Dir(path)
	f, tmp, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return ioError(path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if st, statErr := os.Stat(path); statErr == nil && st.Mode().IsRegular() {
		if err := f.Chmod(st.Mode().Perm()); err != nil {
			return ioError(path, err)
		}
	}

	bw := bufio.NewWriterSize(ops.wrap(f), 1<<16)
	if _, err := Encode(bw, h, c); err != nil {
		return writeError(path, err)
	}
	if err := bw.Flush(); err != nil {
		return writeError(path, err)
	}
	if err := f.Sync(); err != nil {
		return ioError(path, err)
	}
	if err := f.Close(); err != nil {
		return ioError(path, err)
	}
	if err := ops.rename(tmp, path); err != nil {
		return ioError(path, err)
	}
	// The rename is durable only once the directory is; until then a crash
	// could bring back the old file (acceptable) or, on some file systems,
	// none at all.
	if err := syncDir(dir); err != nil {
		return ioError(path, fmt.Errorf("sync directory: %w", err))
	}
	return nil
}

// createTemp creates the temporary file with O_EXCL, like os.CreateTemp, but
// asks for mode 0666 so that the umask applies (os.CreateTemp uses 0600).
func createTemp(dir, base string) (*os.File, string, error) {
	for range 100 {
		name := filepath.Join(dir, fmt.Sprintf(".%s.tmp%08x", base, rand.Uint32()))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, name, err
	}
	return nil, "", fmt.Errorf("create temporary file in %s: too many attempts", dir)
}

func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil // directories cannot be opened for syncing; rename is durable on NTFS
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

func writeError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return ioError(path, err)
	}
	return &Error{File: path, Msg: "write: " + err.Error(), Err: err}
}
