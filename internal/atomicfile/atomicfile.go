// Package atomicfile writes files so that a reader sees either the old
// content or the new, never half of it: write to a temporary file in the
// same directory, flush it to disk, rename it over the target, flush the
// directory. Snapshots and migration scripts are both written this way.
//
// Only a regular file (or a path where nothing is yet) is replaced that
// way. What else a path can name is treated as a shell redirection would
// treat it: a symbolic link is followed (the file it points to is
// replaced, the link stays), a device or a FIFO (/dev/null, /dev/stdout,
// a named pipe) is opened and written through, and a directory is an
// error. Renaming over /dev/null as root would replace the device with a
// regular file, to the harm of everything else on the machine.
package atomicfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"syscall"
)

// Options let tests inject failures; the zero value is the real thing.
type Options struct {
	// Rename replaces os.Rename.
	Rename func(oldpath, newpath string) error
}

// Write calls write and, if it succeeds, puts what it wrote at path. On
// any error whatever was at path is left as it was. A file that replaces
// another keeps its permissions; a new one gets 0666 less the umask, like
// any file the user creates. The error from write is returned as it is;
// other errors are the file system's.
//
// The content is collected in memory first and the temporary file created
// only once it is complete, so that a run killed while it computes (the
// usual way to kill one: most of its time goes there) leaves nothing
// behind; temporary files of the same target left by runs killed in the
// short write that follows are removed once they are stale (see
// removeStale).
func Write(path string, write func(io.Writer) error, opts Options) error {
	// The kernel follows the links (including /proc's, such as
	// /dev/stdout → /proc/self/fd/1 → pipe:[…], which name no path) to
	// say what is there.
	st, statErr := os.Stat(path)
	exists := statErr == nil
	switch {
	case exists && st.IsDir():
		return &fs.PathError{Op: "write", Path: path, Err: syscall.EISDIR}
	case !exists && !errors.Is(statErr, fs.ErrNotExist):
		return statErr
	}
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	if exists && !st.Mode().IsRegular() {
		return writeThrough(path, buf.Bytes())
	}
	// A regular file, or none yet: the temporary file goes next to the
	// file the links lead to, so that the rename replaces that file.
	target, err := Resolve(path)
	if err != nil {
		return err
	}
	var perm fs.FileMode
	if exists {
		perm = st.Mode().Perm()
	}
	return replace(target, buf.Bytes(), perm, opts)
}

// replace writes data to a temporary file next to target and renames it
// over target; perm, when not zero, is the mode the file gets.
func replace(target string, data []byte, perm fs.FileMode, opts Options) (err error) {
	rename := opts.Rename
	if rename == nil {
		rename = os.Rename
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	removeStale(dir, base)
	f, tmp, err := createTemp(dir, base)
	if err != nil {
		return err
	}
	if !inProgress.add(tmp) {
		f.Close()
		os.Remove(tmp)
		return ErrAborted
	}
	defer inProgress.remove(tmp)
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if perm != 0 {
		if err := f.Chmod(perm); err != nil {
			return err
		}
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := inProgress.rename(rename, tmp, target); err != nil {
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

// writeThrough writes data into an existing device or FIFO, as `> path`
// in a shell would (a FIFO's open waits for a reader).
func writeThrough(target string, data []byte) error {
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// maxLinks is how many symbolic links Resolve follows, as Linux does.
const maxLinks = 40

// Resolve follows the symbolic links at path (the last component only, as
// open(2) does for it) and returns the path of what they point to, which
// need not exist yet: a link to a file not yet written is followed to
// where that file is to be. A path that is not a link is returned as it is.
func Resolve(path string) (string, error) {
	p := path
	for range maxLinks {
		st, err := os.Lstat(p)
		if err != nil || st.Mode()&fs.ModeSymlink == 0 {
			if errors.Is(err, fs.ErrNotExist) {
				err = nil
			}
			return p, err
		}
		link, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(p), link)
		}
		p = link
	}
	return "", &fs.PathError{Op: "open", Path: path, Err: syscall.ELOOP}
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

// ErrAborted is Write's error once Abort has been called.
var ErrAborted = errors.New("aborted")

// Abort removes the temporary file of every Write in progress and makes
// every Write from now on fail with ErrAborted before it puts a file in
// place. It is for a process about to exit on a signal while a goroutine
// may still be writing (see cmd/pgstrata's interrupt handling): the exit
// must leave neither a temporary file nor, after the user was told the run
// was interrupted, a new file at the path. A rename already under way
// finishes first, so the path holds the old file or the whole new one.
func Abort() {
	inProgress.abort()
}

// inProgress tracks the temporary files of the Writes in progress.
var inProgress = &registry{files: map[string]bool{}}

type registry struct {
	mu      sync.Mutex
	files   map[string]bool
	aborted bool
}

func (r *registry) add(tmp string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.aborted {
		return false
	}
	r.files[tmp] = true
	return true
}

func (r *registry) remove(tmp string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.files, tmp)
}

// rename renames tmp to path unless Write was aborted, holding the lock so
// that Abort cannot remove tmp half way.
func (r *registry) rename(rename func(oldpath, newpath string) error, tmp, path string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.aborted {
		return ErrAborted
	}
	return rename(tmp, path)
}

// reset undoes abort, for tests.
func (r *registry) reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.aborted = false
}

func (r *registry) abort() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.aborted = true
	for tmp := range r.files {
		os.Remove(tmp)
	}
}
