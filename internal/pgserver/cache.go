package pgserver

import (
	"fmt"
	"os"
	"path/filepath"
)

// CacheEnv overrides where downloaded builds (and initdb templates) are
// kept.
const CacheEnv = "PGSTRATA_PG_CACHE"

// CacheDir is where downloaded PostgreSQL builds are kept: $PGSTRATA_PG_CACHE,
// else <user cache dir>/pgstrata/pg (~/.cache/pgstrata/pg on Linux,
// ~/Library/Caches/pgstrata/pg on macOS). Under root the server runs as the
// postgres user, which must be able to reach the binaries: when it could
// not (root's home is private), the cache moves to the temp dir.
func CacheDir() (string, error) {
	if d := os.Getenv(CacheEnv); d != "" {
		return d, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache folder for PostgreSQL builds (set %s): %w", CacheEnv, err)
	}
	return ReachableCache(filepath.Join(base, "pgstrata", "pg")), nil
}

// ReachableCache returns dir, or $TMPDIR/pgstrata-pg-cache when we are root
// and the postgres user could not reach dir.
func ReachableCache(dir string) string {
	if os.Geteuid() == 0 && !othersCanTraverse(existingParent(dir)) {
		return filepath.Join(os.TempDir(), "pgstrata-pg-cache")
	}
	return dir
}

// existingParent is dir or its nearest ancestor that exists.
func existingParent(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if fileExists(d) || filepath.Dir(d) == d {
			return d
		}
	}
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
