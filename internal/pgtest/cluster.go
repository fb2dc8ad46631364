package pgtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/pgstrata/pgstrata/internal/pgserver"
)

// Cluster is one running PostgreSQL server, shared by all tests of a test
// process. Tests must not Stop it; Main does.
type Cluster struct {
	*pgserver.Server
	StartTime time.Duration // binaries + initdb + start; logged when a test fails
}

// Timeouts for statements run by the harness itself (CREATE/DROP DATABASE,
// Exec). Generous because the suite shares 2 cores with other packages.
const opTimeout = 5 * time.Minute

// startCluster obtains binaries for major and starts a fresh cluster,
// configured as cfg says (the zero Config for the shared clusters).
func startCluster(major int, cfg Config) (*Cluster, error) {
	t0 := time.Now()
	cache, err := cacheDir()
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	bins, err := pgserver.Find(ctx, pgserver.FindOptions{Major: major, CacheDir: cache})
	if err == nil && bins.Major != major {
		err = fmt.Errorf("%s holds PostgreSQL %d", bins.BinDir, bins.Major)
	}
	if err == nil {
		err = bins.RequirePsql()
	}
	if err != nil {
		return nil, fmt.Errorf("obtaining PostgreSQL %d binaries: %w", major, err)
	}
	s, err := pgserver.Start(ctx, bins, cfg)
	if err != nil {
		return nil, err
	}
	return &Cluster{Server: s, StartTime: time.Since(t0)}, nil
}

// cacheDir is <repo root>/.cache/pg, or $PGSTRATA_PG_CACHE: the suite keeps
// its downloads with the checkout (git-ignored) rather than in the user's
// cache, as CI caches that folder. Under root the postgres user must be able
// to reach the binaries; if the checkout lives somewhere it cannot traverse
// (say /root), the cache moves to the temp dir.
func cacheDir() (string, error) {
	if d := os.Getenv(pgserver.CacheEnv); d != "" {
		return d, nil
	}
	root, err := repoRoot()
	if err != nil {
		return "", err
	}
	return pgserver.ReachableCache(filepath.Join(root, ".cache", "pg")), nil
}

// repoRoot walks up from the working directory (the package directory under
// go test) to the directory holding go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
	}
}
