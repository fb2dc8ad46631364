package history

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
)

// Source is one revision to read: a snapshot file, or a blob of a git
// repository.
type Source struct {
	// Label names the revision in output: the file's path, or the short
	// commit hash for a git revision.
	Label string
	// Path is the file to read; empty for a git revision.
	Path string
	// Commit and CommitTime are set for a git revision.
	Commit     string
	CommitTime time.Time
	// object is the git object name (commit:path) of a git revision, in
	// the repository of the folder dir.
	object, dir string
}

// FromPaths returns the revisions that paths name, in order: each path is
// a snapshot file, or a folder whose snapshot files (*.strata, not in
// sub-folders) are taken in the order of their capture times (then names).
func FromPaths(paths []string) ([]Source, error) {
	var out []Source
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, Source{Label: p, Path: p})
			continue
		}
		files, err := folderSnapshots(p)
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: no snapshot files (*.strata) in the folder", p)
		}
		out = append(out, files...)
	}
	return out, nil
}

// folderSnapshots lists a folder's snapshot files by capture time, read
// from each file's header (which is cheap: the body is not read).
func folderSnapshots(dir string) ([]Source, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.strata"))
	if err != nil {
		return nil, err
	}
	type dated struct {
		Source
		at time.Time
	}
	var files []dated
	for _, name := range names {
		h, err := strata.ReadHeader(name)
		if err != nil {
			return nil, err
		}
		files = append(files, dated{Source: Source{Label: name, Path: name}, at: h.CapturedAt})
	}
	slices.SortStableFunc(files, func(a, b dated) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return strings.Compare(a.Path, b.Path)
	})
	out := make([]Source, len(files))
	for i, f := range files {
		out[i] = f.Source
	}
	return out, nil
}

// FromGit returns every committed revision of the snapshot file path in its
// git repository, oldest first, read with the git command. `git log
// --follow` follows a rename committed on its own (a snapshot's compressed
// content changes too much for git to see a rename in the same commit as a
// change). Its --reverse does not mix with --follow, so the order is
// turned here.
func FromGit(ctx context.Context, path string) ([]Source, error) {
	dir, name := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	out, err := git(ctx, dir, "log", "--follow", "--format=%H %cI", "--name-only", "--", name)
	if err != nil {
		return nil, err
	}
	var sources []Source
	// Each commit is a "hash date" line, an empty line, then the file's
	// name in that commit, relative to the repository's root, which is
	// how cat-file's commit:path names it from any folder.
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	for i := 0; i < len(lines); i++ {
		hash, date, ok := strings.Cut(lines[i], " ")
		if !ok || len(hash) < 7 {
			continue
		}
		at, _ := time.Parse(time.RFC3339, date)
		j := i + 1
		for j < len(lines) && lines[j] == "" {
			j++
		}
		if j == len(lines) {
			break
		}
		sources = append(sources, Source{Label: hash[:12], Commit: hash, CommitTime: at.UTC(), object: hash + ":" + lines[j], dir: dir})
		i = j
	}
	if len(sources) == 0 {
		return nil, fmt.Errorf("%s: no committed revision in git", path)
	}
	slices.Reverse(sources)
	return sources, nil
}

// git runs a git command in dir and returns its standard output; an error
// holds git's own first line.
func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n")
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", args[0], msg)
	}
	return out, nil
}

// blobReader reads git objects through one `git cat-file --batch`.
type blobReader struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

func newBlobReader(ctx context.Context, dir string) (*blobReader, error) {
	cmd := exec.CommandContext(ctx, "git", "-C", dir, "cat-file", "--batch")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	return &blobReader{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<16)}, nil
}

// read returns the content of the object named (commit:path).
func (b *blobReader) read(object string) ([]byte, error) {
	if _, err := io.WriteString(b.in, object+"\n"); err != nil {
		return nil, err
	}
	line, err := b.out.ReadString('\n')
	if err != nil {
		return nil, err
	}
	fields := strings.Fields(line)
	if len(fields) == 2 && fields[1] == "missing" {
		return nil, fmt.Errorf("%s: missing in git", object)
	}
	if len(fields) != 3 {
		return nil, fmt.Errorf("git cat-file: unexpected %q", strings.TrimSpace(line))
	}
	size, err := strconv.ParseInt(fields[2], 10, 64)
	if err != nil {
		return nil, err
	}
	data := make([]byte, size+1) // and the newline after it
	if _, err := io.ReadFull(b.out, data); err != nil {
		return nil, err
	}
	return data[:size], nil
}

func (b *blobReader) close() error {
	b.in.Close()
	err := b.cmd.Wait()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return nil // killed by the context or closed early: nothing to report
	}
	return err
}
