package strata

import (
	"bufio"
	"errors"
	"io"
	"io/fs"

	"github.com/pgstrata/pgstrata/internal/atomicfile"
	"github.com/pgstrata/pgstrata/snapshot"
)

// WriteFile writes h and c to path atomically (see internal/atomicfile):
// the file is encoded in memory, written to a temporary file ("." + base
// name + ".tmp…") in the same directory, flushed to disk, then renamed over
// path, and the directory flushed too. On any error the temporary file is
// removed and whatever was at path is left as it was, so a reader sees
// either the old snapshot or the new one, never half of one. A file that
// replaces another keeps its permissions; a new one gets 0666 less the
// umask, like any file the user creates. A symbolic link is followed (its
// target is replaced), a device or FIFO is written through, and a
// directory is an error.
func WriteFile(path string, h Header, c *snapshot.Catalog) error {
	return writeFile(path, h, c, writeOps{})
}

// writeOps lets tests inject failures at the steps that can fail.
type writeOps struct {
	wrap   func(io.Writer) io.Writer // wraps the temporary file's writer
	rename func(oldpath, newpath string) error
}

func writeFile(path string, h Header, c *snapshot.Catalog, ops writeOps) error {
	if ops.wrap == nil {
		ops.wrap = func(w io.Writer) io.Writer { return w }
	}
	var encodeErr error
	err := atomicfile.Write(path, func(f io.Writer) error {
		bw := bufio.NewWriterSize(ops.wrap(f), 1<<16)
		if _, encodeErr = Encode(bw, h, c); encodeErr == nil {
			encodeErr = bw.Flush()
		}
		return encodeErr
	}, atomicfile.Options{Rename: ops.rename})
	switch {
	case err == nil:
		return nil
	case encodeErr != nil:
		return writeError(path, err)
	default:
		return ioError(path, err)
	}
}

func writeError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return ioError(path, err)
	}
	return &Error{File: path, Msg: "write: " + err.Error(), Err: err}
}
