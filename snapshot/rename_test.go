package snapshot_test

// Renames committed while a read runs. The read is made to wait on a lock
// (a view locked by another session, which pg_get_viewdef must open) after
// its snapshot is taken and before the columns, indexes, constraints and
// triggers are deparsed; the rename commits while it waits. Without a check
// for catalog changes, the rows read say the old name and the deparsed
// definitions the new one.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

const renameSchema = `
	CREATE SCHEMA s;
	CREATE TYPE s.e AS ENUM ('x');
	CREATE FUNCTION s.f() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 1';
	CREATE FUNCTION s.trg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
	CREATE TABLE s.t (a int DEFAULT s.f(), b int CHECK (b > 0), m s.e);
	CREATE INDEX t_expr ON s.t ((b + 1)) WHERE b > 1;
	CREATE TRIGGER tr BEFORE INSERT ON s.t FOR EACH ROW EXECUTE FUNCTION s.trg();
	CREATE VIEW public.locked_view AS SELECT 1 AS one;`

func TestReadRetriesAfterRename(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		for _, tc := range []struct{ name, rename string }{
			{"column", "ALTER TABLE s.t RENAME COLUMN b TO bb"},
			{"type", "ALTER TYPE s.e RENAME TO ee"},
			{"table", "ALTER TABLE s.t RENAME TO tt"},
			{"schema", "ALTER SCHEMA s RENAME TO s2"},
			{"function", "ALTER FUNCTION s.f() RENAME TO g"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				db := c.CreateDB(t)
				c.Exec(t, db, renameSchema)
				before := readCatalog(t, c, db)
				cat, attempts := readDuring(t, c, db, tc.rename)
				after := readCatalog(t, c, db)
				// All before the rename or all after it; after, as Read
				// starts over once the rename has committed.
				if !sameCatalog(t, cat, before) {
					assertSameCatalog(t, cat, after)
				}
				if len(attempts) == 0 {
					t.Errorf("the read did not start over")
				}
				t.Logf("%s", strings.Join(attempts, "; ")) // with -v: what was noticed
			})
		}
		// Another session's temporary objects are never read, so they
		// are no reason to start over (an application that uses them all
		// the time would otherwise keep every read from finishing).
		t.Run("temporary table", func(t *testing.T) {
			db := c.CreateDB(t)
			c.Exec(t, db, renameSchema)
			_, attempts := readDuring(t, c, db, "CREATE TEMP TABLE scratch (a int PRIMARY KEY CHECK (a > 0))")
			if len(attempts) > 0 {
				t.Errorf("the read started over for a temporary table: %s", strings.Join(attempts, "; "))
			}
		})
	})
}

// readDuring reads db while ddl commits: the read waits on a lock on
// public.locked_view, ddl runs and commits, the lock is released. It
// returns the catalog and the attempts the read started over.
func readDuring(t *testing.T, c *pgtest.Cluster, db, ddl string) (*snapshot.Catalog, []string) {
	t.Helper()
	ctx := context.Background()
	holder := c.Connect(t, db)
	if _, err := holder.Exec(ctx, "BEGIN; LOCK TABLE public.locked_view IN ACCESS EXCLUSIVE MODE"); err != nil {
		t.Fatal(err)
	}
	conn, err := snapshot.Connect(ctx, c.URL(db))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var mu sync.Mutex
	var attempts []string
	opts := snapshot.ReadOptions{StatementTimeout: time.Minute, Trace: func(step string, _ time.Duration) {
		if strings.HasPrefix(step, "attempt ") {
			mu.Lock()
			attempts = append(attempts, step)
			mu.Unlock()
		}
	}}
	var cat *snapshot.Catalog
	var readErr error
	done := make(chan struct{})
	go func() { defer close(done); cat, _, readErr = snapshot.Read(ctx, conn, opts) }()
	waitForLockWait(t, c, db, done)
	ddlConn := c.Connect(t, db)
	if _, err := ddlConn.Exec(ctx, "SET lock_timeout = '10s'; "+ddl); err != nil {
		t.Fatalf("%s: %v", ddl, err)
	}
	if _, err := holder.Exec(ctx, "COMMIT"); err != nil {
		t.Fatal(err)
	}
	<-done
	if readErr != nil {
		t.Fatal(readErr)
	}
	mu.Lock()
	defer mu.Unlock()
	return cat, attempts
}

// waitForLockWait waits until a pgstrata session of db waits for a lock.
func waitForLockWait(t *testing.T, c *pgtest.Cluster, db string, done <-chan struct{}) {
	t.Helper()
	admin := c.Connect(t, "postgres")
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); {
		var n int
		err := admin.QueryRow(context.Background(), `SELECT count(*) FROM pg_stat_activity
			WHERE datname = $1 AND application_name = 'pgstrata' AND wait_event_type = 'Lock'`, db).Scan(&n)
		if err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			return
		}
		select {
		case <-done:
			t.Fatal("the read ended before it waited for the lock")
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatal("the read did not wait for the lock within a minute")
}

// sameCatalog reports whether a and b encode to the same body.
func sameCatalog(t *testing.T, a, b *snapshot.Catalog) bool {
	t.Helper()
	x, _, err1 := strata.EncodeBody(a)
	y, _, err2 := strata.EncodeBody(b)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	return bytes.Equal(x, y)
}

// assertSameCatalog fails the test unless got and want encode to the same
// body, naming the first lines of their JSON forms that differ.
func assertSameCatalog(t *testing.T, got, want *snapshot.Catalog) {
	t.Helper()
	if sameCatalog(t, got, want) {
		return
	}
	ja, _ := json.MarshalIndent(got, "", " ")
	jb, _ := json.MarshalIndent(want, "", " ")
	la, lb := strings.Split(string(ja), "\n"), strings.Split(string(jb), "\n")
	var diffs []string
	for i := 0; i < max(len(la), len(lb)) && len(diffs) < 6; i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			diffs = append(diffs, fmt.Sprintf("read %q, want %q", strings.TrimSpace(x), strings.TrimSpace(y)))
		}
	}
	t.Errorf("the catalog read during the rename is not the database's as it is after it:\n%s", strings.Join(diffs, "\n"))
}
