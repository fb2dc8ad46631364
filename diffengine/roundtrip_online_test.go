package diffengine_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/sqlscript"
	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// checkSegments checks an online plan's segments: in order, covering every
// statement once, each statement that cannot run in a transaction block
// in a segment outside one (which starts with such a statement), a
// VALIDATE alone in its own. A plan that is not online has no segments and nothing
// that needs them.
func checkSegments(t *testing.T, plan *diffengine.Plan, online bool) {
	t.Helper()
	if !online || plan.Empty() {
		if plan.Segments != nil {
			t.Errorf("a plan that is not online (or is empty) has segments: %+v", plan.Segments)
		}
		for i, s := range plan.Statements {
			if s.NonTransactional || s.OwnTransaction {
				t.Errorf("statement %d of a plan that is not online must run outside the transaction: %s", i+1, s.SQL)
			}
		}
		return
	}
	next := 0
	for k, seg := range plan.Segments {
		if seg.Start != next || seg.End <= seg.Start {
			t.Fatalf("segment %d covers statements [%d, %d), want it to start at %d: %+v", k+1, seg.Start, seg.End, next, plan.Segments)
		}
		for i := seg.Start; i < seg.End; i++ {
			s := plan.Statements[i]
			if s.NonTransactional && seg.Transaction || i == seg.Start && !s.NonTransactional && !seg.Transaction {
				t.Errorf("statement %d (%s) is in segment %d (transaction %v)", i+1, s.SQL, k+1, seg.Transaction)
			}
			if s.OwnTransaction && seg.End-seg.Start != 1 {
				t.Errorf("statement %d (%s) must be alone in its segment %d", i+1, s.SQL, k+1)
			}
		}
		next = seg.End
	}
	if next != len(plan.Statements) {
		t.Errorf("the segments end at statement %d of %d", next, len(plan.Statements))
	}
}

// rerunSource is a table with rows whose column v holds a duplicate, so
// that the online plan's unique index build fails the first time, leaving
// an INVALID index behind, as a concurrent build cut short does.
const rerunSource = `
CREATE SCHEMA app;
CREATE TABLE app.t (id integer PRIMARY KEY, n integer NOT NULL, v text NOT NULL);
INSERT INTO app.t SELECT g, g % 10, 'v' || g FROM generate_series(1, 1000) g;
INSERT INTO app.t VALUES (1001, 1, 'v1');
CREATE INDEX t_n ON app.t (n);
CREATE INDEX t_old ON app.t (v);
`

// The wanted schemas: index work only (which can be run again from the
// top), and index work after a column and a CHECK (which must be resumed
// at the segment that failed, or planned again).
const (
	rerunIndexesOnly = `
CREATE SCHEMA app;
CREATE TABLE app.t (id integer PRIMARY KEY, n integer NOT NULL, v text NOT NULL);
CREATE INDEX t_n ON app.t (n, id);
CREATE UNIQUE INDEX t_v_key ON app.t (v);
`
	rerunMixed = `
CREATE SCHEMA app;
CREATE TABLE app.t (id integer PRIMARY KEY, n integer NOT NULL, v text NOT NULL, w text,
    CONSTRAINT t_n_check CHECK (n >= 0));
CREATE INDEX t_n ON app.t (n, id);
CREATE UNIQUE INDEX t_v_key ON app.t (v);
`
)

// rerunWays are the ways to finish after the failure: the target, and how
// the second run goes (the whole script again, from the failed segment,
// or a new plan from the half-migrated database, which has an INVALID
// index to build again).
var rerunWays = []struct{ name, target string }{
	{"from_the_top", rerunIndexesOnly},
	{"at_the_failed_segment", rerunMixed},
	{"diff_again", rerunMixed},
}

// TestOnlineRerun proves that an online script converges when run again
// after a failed concurrent build: the first run stops at the unique
// index (a duplicate), leaving it INVALID; once the duplicate is gone, the
// script runs again — from the top when it is all index work, from the
// segment that failed otherwise, or planned again from what the first run
// left — and the catalog is the target's.
func TestOnlineRerun(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		for _, way := range rerunWays {
			name, target := way.name, way.target
			t.Run(name, func(t *testing.T) {
				fromDB, to, script := onlineCase(t, c, rerunSource, target)
				segments := splitSegments(script)
				failed := -1
				for k, seg := range segments {
					if err := c.RunScript(fromDB, seg); err != nil {
						if !strings.Contains(err.Error(), "could not create unique index") {
							t.Fatalf("segment %d fails for another reason: %v\nscript:\n%s", k, err, numbered(script))
						}
						failed = k
						break
					}
				}
				if failed < 0 {
					t.Fatalf("the unique index was built over a duplicate:\n%s", numbered(script))
				}
				conn := c.Connect(t, fromDB)
				var invalid int
				if err := conn.QueryRow(context.Background(), "SELECT count(*) FROM pg_index WHERE NOT indisvalid").Scan(&invalid); err != nil || invalid != 1 {
					t.Fatalf("the failed build left %d INVALID indexes (%v), want 1", invalid, err)
				}
				c.Exec(t, fromDB, "DELETE FROM app.t WHERE id = 1001")
				again := script
				switch name {
				case "at_the_failed_segment":
					again = strings.Join(segments[failed:], "")
				case "diff_again":
					again = replanOnline(t, c, fromDB, to)
					if !strings.Contains(again, "t_v_key_pgstrata_new") {
						t.Errorf("the new plan does not build the INVALID index again:\n%s", numbered(again))
					}
				}
				runAgain(t, c, fromDB, again, to)
			})
		}
	})
}

// splitSegments cuts an online script before each "-- segment" line: the
// pieces, joined, are the script (the header goes with the first).
func splitSegments(script string) []string {
	var out []string
	rest := script
	for {
		i := strings.Index(rest[1:], "\n-- segment ")
		if i < 0 {
			return append(out, rest)
		}
		out = append(out, rest[:i+2])
		rest = rest[i+2:]
	}
}

// onlineCase loads source into a new database and target into another,
// and returns the first, the target's catalog and the online script from
// one to the other.
func onlineCase(t *testing.T, c *pgtest.Cluster, source, target string) (fromDB string, to *snapshot.Catalog, script string) {
	t.Helper()
	fromDB, toDB := c.CreateDB(t), c.CreateDB(t)
	c.LoadSQL(t, fromDB, source)
	c.LoadSQL(t, toDB, target)
	to = readCatalog(t, c, toDB)
	return fromDB, to, replanOnline(t, c, fromDB, to)
}

// replanOnline is a new online plan from what db holds now to to.
func replanOnline(t *testing.T, c *pgtest.Cluster, db string, to *snapshot.Catalog) string {
	t.Helper()
	plan, err := diffengine.Diff(readCatalog(t, c, db), to, onlineOptions(diffengine.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	return sqlscript.Render(plan)
}

// runAgain runs script, the second run after a failure, in db: it must
// succeed and leave the target's catalog, with nothing left to diff.
func runAgain(t *testing.T, c *pgtest.Cluster, db, script string, to *snapshot.Catalog) {
	t.Helper()
	if err := c.RunScript(db, script); err != nil {
		t.Fatalf("the script run again fails: %v\nscript:\n%s", err, numbered(script))
	}
	got := readCatalog(t, c, db)
	if !reflect.DeepEqual(got, to) {
		t.Fatalf("after the second run the catalog differs from the target's:\n%s", catalogDiff(to, got))
	}
	if second, err := diffengine.Diff(got, to, onlineOptions(diffengine.Options{})); err != nil || !second.Empty() {
		t.Fatalf("a second diff is not empty (%v):\n%s", err, sqlscript.Render(second))
	}
}
