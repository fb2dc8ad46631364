package diffengine_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// The kill test: an online script is stopped in the middle of a
// concurrent index build (its session terminated, as an operator or a
// failover would), which leaves the half-built index INVALID; the script
// run again converges.

const killSource = `
CREATE SCHEMA app;
CREATE TABLE app.parent (id integer PRIMARY KEY);
INSERT INTO app.parent SELECT g FROM generate_series(1, 10) g;
CREATE TABLE app.t (id integer PRIMARY KEY, n integer NOT NULL, v text NOT NULL, w text);
INSERT INTO app.t SELECT g, g % 10 + 1, 'v' || g, 'w' || g FROM generate_series(1, 20000) g;
CREATE INDEX t_n ON app.t (n);
CREATE INDEX t_old ON app.t (v);
`

// The wanted schemas: index work only, which is written to run again from
// the top, and index work with a foreign key, a NOT NULL and a unique
// constraint, to be resumed at the segment that failed or planned again.
const (
	killIndexesOnly = `
CREATE SCHEMA app;
CREATE TABLE app.parent (id integer PRIMARY KEY);
CREATE TABLE app.t (id integer PRIMARY KEY, n integer NOT NULL, v text NOT NULL, w text);
CREATE INDEX t_n ON app.t (n, id);
CREATE UNIQUE INDEX t_v_key ON app.t (v);
`
	killMixed = `
CREATE SCHEMA app;
CREATE TABLE app.parent (id integer PRIMARY KEY);
CREATE TABLE app.t (id integer PRIMARY KEY, n integer NOT NULL REFERENCES app.parent (id), v text NOT NULL,
    w text NOT NULL, CONSTRAINT t_id_v_key UNIQUE (id, v));
CREATE INDEX t_n ON app.t (n, id);
CREATE UNIQUE INDEX t_v_key ON app.t (v);
`
)

// TestOnlineKilledBuild stops an online script in a concurrent build and
// runs it again: the whole script from the top when it is index work only,
// from the failed segment, or a new plan from what the first run left.
// The build is caught while it waits for an older transaction's snapshot
// (its last phase, the index built but not yet valid), which a session
// holding a REPEATABLE READ snapshot makes it do, and its backend is
// terminated there.
func TestOnlineKilledBuild(t *testing.T) {
	ways := []struct{ name, target string }{
		{"from_the_top", killIndexesOnly},
		{"at_the_failed_segment", killMixed},
		{"diff_again", killMixed},
	}
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		for _, way := range ways {
			t.Run(way.name, func(t *testing.T) {
				fromDB, to, script := onlineCase(t, c, killSource, way.target)
				segments := splitSegments(script)

				ctx := context.Background()
				blocker := c.Connect(t, fromDB)
				tx, err := blocker.Begin(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := tx.Exec(ctx, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM app.parent"); err != nil {
					t.Fatal(err)
				}
				failed := make(chan int, 1)
				go func() {
					for k, seg := range segments {
						if err := c.RunScript(fromDB, seg); err != nil {
							if !strings.Contains(err.Error(), "terminat") {
								t.Errorf("segment %d fails for another reason: %v", k+1, err)
							}
							failed <- k
							return
						}
					}
					failed <- -1
				}()
				killBuild(t, c, fromDB)
				k := <-failed
				if err := tx.Rollback(ctx); err != nil {
					t.Fatal(err)
				}
				if k < 0 {
					t.Fatalf("the script ran through:\n%s", numbered(script))
				}
				var invalid int
				if err := blocker.QueryRow(ctx, "SELECT count(*) FROM pg_index WHERE NOT indisvalid").Scan(&invalid); err != nil || invalid != 1 {
					t.Fatalf("the killed build left %d INVALID indexes (%v), want 1", invalid, err)
				}
				again := script
				switch way.name {
				case "at_the_failed_segment":
					again = strings.Join(segments[k:], "")
				case "diff_again":
					again = replanOnline(t, c, fromDB, to)
				}
				runAgain(t, c, fromDB, again, to)
			})
		}
	})
}

// killBuild waits for a CREATE INDEX CONCURRENTLY in db to wait on
// another transaction (virtualxid), then terminates its backend.
func killBuild(t *testing.T, c *pgtest.Cluster, db string) {
	t.Helper()
	conn := c.Connect(t, db)
	ctx := context.Background()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		var pid int
		err := conn.QueryRow(ctx, `
			SELECT pid FROM pg_stat_activity
			WHERE datname = current_database() AND wait_event = 'virtualxid'
			  AND query LIKE 'CREATE %INDEX CONCURRENTLY %'`).Scan(&pid)
		if err == nil {
			var killed bool
			if err := conn.QueryRow(ctx, "SELECT pg_terminate_backend($1)", pid).Scan(&killed); err != nil || !killed {
				t.Fatalf("terminating the build's backend %d: %v", pid, err)
			}
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("no concurrent build waited within a minute")
}
