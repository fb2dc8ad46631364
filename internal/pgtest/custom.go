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

	"github.com/jackc/pgx/v5"
)

// Config sets up a cluster of a test's own (see StartCluster) for what the
// shared clusters must not be changed for, because other tests of the
// process use them at the same time: authentication rules, TLS.
type Config struct {
	// HBA holds pg_hba.conf lines for every role but postgres. They replace
	// the default trust on loopback; postgres keeps trust on 127.0.0.1 and
	// the socket, because the harness (CreateDB, Exec, Connect, URL)
	// connects as postgres without TLS or a password. Empty keeps the
	// defaults.
	HBA string
	// Conf is appended to the server's settings, e.g. "ssl = on\n".
	Conf string
	// Files are written into the data directory before the server starts,
	// owned by the server's user with mode 0600 (what PostgreSQL demands of
	// a private key), e.g. "server.crt" and "server.key" for ssl = on.
	Files map[string][]byte
}

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
			log, _ := os.ReadFile(filepath.Join(c.dir, "postgres.log"))
			t.Logf("pgtest: own pg%d cluster (%d, %s) on port %d, started in %s; server log:\n%s",
				c.Major, c.VersionNum, c.Source, c.Port, c.StartTime.Round(time.Millisecond), tail(log, 40))
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
	if err := c.writeServerFile("pg_hba.conf", add+string(old)); err != nil {
		t.Fatalf("pgtest: pg%d: writing pg_hba.conf: %v", c.Major, err)
		return
	}
	if err := c.reload(); err != nil {
		t.Fatalf("pgtest: pg%d: reloading pg_hba.conf: %v", c.Major, err)
	}
}

// reload makes the server re-read its configuration files and waits until
// new connections get the result. pg_reload_conf only signals the
// postmaster; it has reloaded once a newly started backend inherits a
// configuration load time later than the request.
func (c *Cluster) reload() error {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	conn, err := pgx.Connect(ctx, c.URL("postgres"))
	if err != nil {
		return err
	}
	var asked time.Time
	err = conn.QueryRow(ctx, "SELECT clock_timestamp(), pg_reload_conf()").Scan(&asked, nil)
	conn.Close(ctx)
	if err != nil {
		return err
	}
	for {
		var loaded bool
		conn, err := pgx.Connect(ctx, c.URL("postgres"))
		if err == nil {
			err = conn.QueryRow(ctx, "SELECT pg_conf_load_time() >= $1", asked).Scan(&loaded)
			conn.Close(ctx)
		}
		if err != nil || loaded {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}
