package pgtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/internal/pgserver"
)

// Config sets up a cluster of a test's own (see StartCluster) for what the
// shared clusters must not be changed for, because other tests of the
// process use them at the same time: authentication rules (HBA), settings
// (Conf), TLS files (Files). See pgserver.Config.
type Config = pgserver.Config

// StartCluster starts a cluster of major for t alone, configured by cfg,
// and stops and removes it when t ends. It costs an initdb and a server
// start (seconds on a loaded machine), so use the shared clusters of
// ForEachCluster for anything they can do. Like Clusters, it fails the test,
// or skips it under PGSTRATA_SKIP_DB=1, when no server can be had.
func StartCluster(t testing.TB, major int, cfg Config) *Cluster {
	t.Helper()
	t0 := time.Now()
	c, err := startCluster(major, cfg)
	if err != nil {
		msg := fmt.Sprintf("pgtest: cannot start a PostgreSQL %d cluster of the test's own: %v", major, err)
		if os.Getenv("PGSTRATA_SKIP_DB") == "1" {
			t.Skip(msg + "\n(skipping: PGSTRATA_SKIP_DB=1)")
			return nil
		}
		t.Fatal(msg)
		return nil
	}
	c.StartTime = time.Since(t0)
	t.Cleanup(func() {
		if t.Failed() {
			// Its log goes with it, and says why a connection was refused.
			t.Logf("pgtest: own pg%d cluster (%d, %s) on port %d, started in %s; server log:\n%s",
				c.Major, c.VersionNum, c.Source, c.Port, c.StartTime.Round(time.Millisecond), c.Log(40))
		}
		c.Stop()
	})
	return c
}

// hbaMu serialises edits of the shared clusters' pg_hba.conf.
var hbaMu sync.Mutex

// AddHBA puts lines at the top of the cluster's pg_hba.conf (those it does
// not have yet) and waits until the server has reloaded it, so that the
// next connection is judged by them. On a shared cluster, add lines only
// for roles or databases of the test's own, e.g.
// "host all app_role 127.0.0.1/32 scram-sha-256" to make one role give its
// password: the lines stay until the cluster stops, and other tests
// connect at the same time.
func (c *Cluster) AddHBA(t testing.TB, lines ...string) {
	t.Helper()
	hbaMu.Lock()
	defer hbaMu.Unlock()
	path := filepath.Join(c.DataDir, "pg_hba.conf")
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("pgtest: pg%d: %v", c.Major, err)
		return
	}
	have := map[string]bool{}
	for _, l := range strings.Split(string(old), "\n") {
		have[strings.TrimSpace(l)] = true
	}
	var add string
	for _, l := range lines {
		if l = strings.TrimSpace(l); !have[l] {
			add += l + "\n"
		}
	}
	if add == "" {
		return
	}
	if err := c.WriteServerFile("pg_hba.conf", add+string(old)); err != nil {
		t.Fatalf("pgtest: pg%d: writing pg_hba.conf: %v", c.Major, err)
		return
	}
	if err := c.Reload(context.Background()); err != nil {
		t.Fatalf("pgtest: pg%d: reloading pg_hba.conf: %v", c.Major, err)
	}
}
