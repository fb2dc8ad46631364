package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/pgstrata/pgstrata/internal/atomicfile"
)

// stdoutName is the -o value that means standard output, so that a
// snapshot can be piped (to ssh, age, …) and a script redirected.
const stdoutName = "-"

// writeOutput writes what write produces to path: standard output for
// "-", otherwise through atomicfile (a regular file is replaced
// atomically, a link followed, a device or FIFO written through, a
// directory refused). Errors name path once.
func writeOutput(rc *runContext, path string, write func(io.Writer) error) error {
	if path == stdoutName {
		bw := bufio.NewWriterSize(rc.stdout, 1<<16)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	if err := atomicfile.Write(path, write, atomicfile.Options{}); err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	return nil
}

// checkBinaryOutput refuses to write a snapshot (binary) to standard output
// when that is a terminal, as zstd and gzip do: it would only garble it.
func checkBinaryOutput(rc *runContext, output string) error {
	if output == stdoutName && isTerminal(rc.stdout) {
		return errors.New("refusing to write a binary snapshot to the terminal: give -o FILE, or redirect standard output")
	}
	return nil
}

// checkOutput fails early, before a database is read, for an -o that can
// never be written: a directory, or one of the inputs, by any path (a
// link, a hard link, another spelling), whose snapshot the script would
// destroy.
func checkOutput(output string, inputs ...string) error {
	if output == "" || output == stdoutName {
		return nil
	}
	out, err := os.Stat(output)
	if err != nil {
		return nil // nothing there yet: it cannot be an input
	}
	if out.IsDir() {
		return fmt.Errorf("%s: is a directory", output)
	}
	for _, in := range inputs {
		if st, err := os.Stat(in); err == nil && os.SameFile(st, out) {
			return fmt.Errorf("-o %s is the input %s: refusing to overwrite it", output, in)
		}
	}
	return nil
}

// removeEarlierOutput removes the regular file at path (through links)
// when a run ends without a result to write there, so that an earlier
// script is not taken for this run's. It reports whether a file was
// removed. Devices, FIFOs and standard output are left alone.
func removeEarlierOutput(path string) (bool, error) {
	if path == "" || path == stdoutName {
		return false, nil
	}
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		return false, nil
	}
	target, err := atomicfile.Resolve(path)
	if err != nil {
		return false, nil
	}
	if err := os.Remove(target); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	return true, nil
}

// unwrapPath drops the temporary file's name from an error: the user asked
// for path, and the message names it already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
