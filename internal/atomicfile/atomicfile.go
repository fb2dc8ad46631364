// Package atomicfile writes files so that a reader sees either the old
// content or the new, never half of it: write to a temporary file in the
// same directory, flush it to disk, rename it over the target, flush the
// directory. Snapshots and migration scripts are both written this way.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
)

// Options let tests inject failures; the zero value is the real thing.
type Options struct {
	// Rename replaces os.Rename.
	Rename func(oldpath, newpath string) error
}

// Write calls write with the temporary file and, if it succeeds, puts the
// file in place at path. On any error the temporary file is removed and
// whatever was at path is left as it was. A file that replaces another
// keeps its permissions; a new one gets 0666 less the umask, like any file
// the user creates. The error from write is returned as it is; other
// errors are the file system's.
func Write(path string, write func(io.Writer) error, opts Options) (err error) {
	rename := opts.Rename
	if rename == nil {
		rename = os.Rename
	}
	dir := filepath.Dir(path)
	f, tmp, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if st, statErr := os.Stat(path); statErr == nil && st.Mode().IsRegular() {
		if err := f.Chmod(st.Mode().Perm()); err != nil {
			return err
		}
	}
	if err := write(f); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := rename(tmp, path); err != nil {
		return err
	}
	// The rename is durable only once the directory is; until then a crash
	// could bring back the old file (acceptable) or, on some file systems,
	// none at all.
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("sync directory: %w", err)
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
