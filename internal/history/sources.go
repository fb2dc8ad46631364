package history

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/sqlinput"
)

// Source is one revision to read: a snapshot file, SQL (a .sql file, a
// migration folder, or one step of a migration folder), or a blob of a git
// repository (a snapshot or a .sql file).
type Source struct {
	// Label names the revision in output: the file's or folder's path, or
	// the short commit hash for a git revision.
	Label string
	// Path is the file or folder to read; empty for a git revision.
	Path string
	// Commit and CommitTime are set for a git revision.
	Commit     string
	CommitTime time.Time
	// SQL lists the .sql files the revision is made of, in the order they
	// are applied: the file, or a migration folder's files. With OnTop
	// they are applied to the previous revision's database instead of an
	// empty one: the revision is the next step of a migration folder.
	SQL   []string
	OnTop bool
	// object is the git object name (commit:path) of a git revision, in
	// the repository of the folder dir; gitSQL says that it is SQL.
	object, dir string
	gitSQL      bool
}

// IsSQL reports whether the revision is SQL, to be loaded into a server
// (see Options.LoadSQL), rather than a snapshot.
func (s Source) IsSQL() bool { return len(s.SQL) > 0 || s.gitSQL }

// Name is how messages name the revision's content: its label (the file
// or folder; for a step of a migration folder, its file), or for a git
// revision the short commit and the file's name (abc123def456:x.sql).
func (s Source) Name() string {
	if s.object == "" {
		return s.Label
	}
	return s.Label + ":" + filepath.Base(s.object)
}

// FromPaths returns the revisions that paths name, in order. A path is a
// file or a folder:
//   - a .sql file is one revision, loaded alone into an empty database;
//   - another file is a snapshot;
//   - a folder holding snapshot files (*.strata, not in sub-folders) is
//     those, in the order of their capture times (then names); any .sql
//     files beside them are not read;
//   - a folder of .sql files (and no snapshot) is a migration folder: one
//     revision, its files applied in order (see sqlinput.Files), or with
//     steps one revision per file, each applied on top of the one before.
//
// steps without any migration folder among the paths is an error: it
// would say nothing.
func FromPaths(paths []string, steps bool) ([]Source, error) {
	var out []Source
	folders := 0
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		switch {
		case !info.IsDir() && isSQLFile(p):
			out = append(out, Source{Label: p, Path: p, SQL: []string{p}})
			continue
		case !info.IsDir():
			out = append(out, Source{Label: p, Path: p})
			continue
		}
		files, err := folderSnapshots(p)
		if err != nil {
			return nil, err
		}
		if len(files) > 0 {
			out = append(out, files...)
			continue
		}
		sql, err := sqlinput.Files(p)
		var pathErr *fs.PathError
		if errors.As(err, &pathErr) {
			return nil, err // the folder cannot be read
		}
		if err != nil {
			return nil, fmt.Errorf("%s: no snapshot files (*.strata) and no .sql files in the folder", p)
		}
		folders++
		if !steps {
			out = append(out, Source{Label: p, Path: p, SQL: sql})
			continue
		}
		for i, f := range sql {
			out = append(out, Source{Label: f, Path: p, SQL: []string{f}, OnTop: i > 0})
		}
	}
	if steps && folders == 0 {
		return nil, errors.New("--steps reads a migration folder one file at a time, and no path is a folder of .sql files")
	}
	return out, nil
}

// isSQLFile reports whether a file's name says it is SQL.
func isSQLFile(name string) bool { return strings.EqualFold(filepath.Ext(name), ".sql") }

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

// FromGit returns every committed revision of the file path (a snapshot,
// or a .sql file) in its git repository, oldest first, read with the git
// command. `git log
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
		sources = append(sources, Source{Label: hash[:12], Commit: hash, CommitTime: at.UTC(), object: hash + ":" + lines[j], dir: dir,
			gitSQL: isSQLFile(lines[j])})
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
