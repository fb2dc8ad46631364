package main

// A read that fails half way: the server ends the session, a timeout fires.
// Timing decides nothing here: the read is made to wait on a lock held by
// another session, and the test acts only once pg_stat_activity shows it
// waiting.

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// lockView creates public.locked_view in db and locks it from a session of
// its own, in a transaction left open until the test ends. The reader then
// waits at a known point: pg_get_viewdef opens the view it deparses with
// AccessShareLock, which conflicts with ACCESS EXCLUSIVE.
func lockView(t *testing.T, c *pgtest.Cluster, db string) {
	t.Helper()
	c.Exec(t, db, "CREATE VIEW public.locked_view AS SELECT 1 AS one")
	conn := c.Connect(t, db)
	ctx := context.Background()
	if _, err := conn.Exec(ctx, "BEGIN; LOCK TABLE public.locked_view IN ACCESS EXCLUSIVE MODE"); err != nil {
		t.Fatalf("locking the view: %v", err)
	}
}

// waitUntilBlocked waits until a pgstrata session on db waits for a lock and
// returns its backend's pid. It gives up when done is closed (the command
// ended before it got there) or after two minutes (a loaded machine is
// slow, but not that slow).
func waitUntilBlocked(t *testing.T, c *pgtest.Cluster, db string, done <-chan struct{}) int {
	t.Helper()
	conn := c.Connect(t, "postgres")
	deadline := time.Now().Add(2 * time.Minute)
	for {
		var pid int
		err := conn.QueryRow(context.Background(),
			`SELECT pid FROM pg_stat_activity
			 WHERE datname = $1 AND application_name = 'pgstrata' AND wait_event_type = 'Lock'`, db).Scan(&pid)
		if err == nil {
			return pid
		}
		if !strings.Contains(err.Error(), "no rows") {
			t.Fatalf("looking for the blocked session: %v", err)
		}
		select {
		case <-done:
			t.Fatalf("the command ended before it waited for the lock")
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no pgstrata session of %s waited for the lock within two minutes: %s", db, activity(t, c, db))
		}
	}
}

// waitUntilGone waits until backend pid has ended, or fails after two
// minutes saying what it is doing.
func waitUntilGone(t *testing.T, c *pgtest.Cluster, pid int) {
	t.Helper()
	conn := c.Connect(t, "postgres")
	deadline := time.Now().Add(2 * time.Minute)
	for {
		var n int
		if err := conn.QueryRow(context.Background(), "SELECT count(*) FROM pg_stat_activity WHERE pid = $1", pid).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			var state, query string
			conn.QueryRow(context.Background(), "SELECT coalesce(state, ''), query FROM pg_stat_activity WHERE pid = $1", pid).Scan(&state, &query)
			t.Fatalf("backend %d still there two minutes later (%s): %s", pid, state, query)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// activity describes the sessions of db, for a failure message.
func activity(t *testing.T, c *pgtest.Cluster, db string) string {
	conn := c.Connect(t, "postgres")
	rows, err := conn.Query(context.Background(),
		`SELECT pid, application_name, coalesce(state, ''), coalesce(wait_event_type, ''), left(query, 80)
		 FROM pg_stat_activity WHERE datname = $1`, db)
	if err != nil {
		return err.Error()
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var pid int
		var app, state, wait, query string
		if rows.Scan(&pid, &app, &state, &wait, &query) == nil {
			out = append(out, fmt.Sprintf("%d %s %s wait=%s %q", pid, app, state, wait, query))
		}
	}
	return strings.Join(out, "; ")
}

func TestSnapshotFailsMidRead(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		good := goodSnapshot(t, c)
		db := c.CreateDB(t)
		lockView(t, c, db)
		admin := c.Connect(t, "postgres")

		// The session is killed while it reads: the server says so and
		// closes the connection.
		t.Run("terminated", func(t *testing.T) {
			terminate := func(t *testing.T, done <-chan struct{}) {
				pid := waitUntilBlocked(t, c, db, done)
				var ok bool
				if err := admin.QueryRow(context.Background(), "SELECT pg_terminate_backend($1)", pid).Scan(&ok); err != nil || !ok {
					t.Errorf("pg_terminate_backend(%d): %v, %v", pid, ok, err)
				}
			}
			// Without a lock timeout the read would wait for ever.
			assertFailsCleanlyWhile(t, c.URL(db), good, []string{"--lock-timeout=0s"}, terminate,
				"terminating connection due to administrator command")
		})
		// The lock is never released, so each timeout fires for certain.
		t.Run("statement timeout", func(t *testing.T) {
			assertFailsCleanlyWhile(t, c.URL(db), good, []string{"--lock-timeout=0s", "--statement-timeout=1s"}, nil,
				"canceling statement due to statement timeout", "--statement-timeout=1s")
		})
		t.Run("lock timeout", func(t *testing.T) {
			assertFailsCleanlyWhile(t, c.URL(db), good, []string{"--lock-timeout=1s"}, nil,
				"canceling statement due to lock timeout", "--lock-timeout=1s")
		})
		// Nothing of ours is left on the server once the commands have
		// ended: no session waits on, or holds, anything.
		waitForNoSessions(t, c, db)
	})
}

// waitForNoSessions waits until no pgstrata session is connected to db (a
// closed connection's backend takes a moment to exit), or fails after two
// minutes.
func waitForNoSessions(t *testing.T, c *pgtest.Cluster, db string) {
	t.Helper()
	conn := c.Connect(t, "postgres")
	deadline := time.Now().Add(2 * time.Minute)
	for {
		var n int
		err := conn.QueryRow(context.Background(),
			"SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'pgstrata'", db).Scan(&n)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("pgstrata sessions still there two minutes later: %s", activity(t, c, db))
		}
		time.Sleep(20 * time.Millisecond)
	}
}
