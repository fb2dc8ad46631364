package diffengine_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/sqlscript"
	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// The concurrency test: a writer keeps inserting and updating rows while a
// plan adds an index, a foreign key and a NOT NULL to the tables it writes.
// The plain plan makes it wait for the whole transaction (the index build
// and both scans hold locks that block writes); the online plan only for
// moments, each bounded by the lock timeout.

// loadRowsEnv sets the rows of app.orders (app.account has a tenth as
// many); the README's figures come from PGSTRATA_ONLINE_ROWS=2000000.
const loadRowsEnv = "PGSTRATA_ONLINE_ROWS"

func loadRows(t *testing.T) int {
	rows := 200_000
	if v := os.Getenv(loadRowsEnv); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1000 {
			t.Fatalf("%s=%q: want a number of rows, at least 1000", loadRowsEnv, v)
		}
		rows = n
	}
	return rows
}

func loadSource(rows int) string {
	return fmt.Sprintf(`
CREATE SCHEMA app;
CREATE TABLE app.account (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE app.orders (id bigint PRIMARY KEY, account_id bigint NOT NULL, amount numeric(12, 2) NOT NULL, note text);
INSERT INTO app.account SELECT g, 'a' || g || '@example.com' FROM generate_series(1, %[2]d) g;
INSERT INTO app.orders SELECT g, g %% %[2]d + 1, g * 0.01, 'n' || g FROM generate_series(1, %[1]d) g;
`, rows, rows/10)
}

// loadTarget is the wanted schema: an index, a foreign key and a NOT NULL
// on the table the writer writes.
const loadTarget = `
CREATE SCHEMA app;
CREATE TABLE app.account (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE app.orders (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES app.account (id),
    amount numeric(12, 2) NOT NULL, note text NOT NULL);
CREATE INDEX orders_account_id_idx ON app.orders (account_id);
`

// writerStats is what the writer saw while a script ran.
type writerStats struct {
	writes, inserted int
	longest          time.Duration
	err              error
}

// runWriter inserts and updates rows of app.orders, one statement per
// transaction, until ctx ends, timing each statement.
func runWriter(ctx context.Context, conn *pgx.Conn, rows int) writerStats {
	var s writerStats
	next := int64(rows)
	for ctx.Err() == nil {
		next++
		start := time.Now()
		if _, err := conn.Exec(context.Background(), "INSERT INTO app.orders VALUES ($1, $2, 1, 'w')", next, rand.Int64N(int64(rows/10))+1); err != nil {
			s.err = fmt.Errorf("insert: %w", err)
			return s
		}
		s.longest = max(s.longest, time.Since(start))
		s.inserted++
		start = time.Now()
		tag, err := conn.Exec(context.Background(), "UPDATE app.orders SET amount = amount + 1 WHERE id = $1", rand.Int64N(int64(rows))+1)
		if err != nil || tag.RowsAffected() != 1 {
			s.err = fmt.Errorf("update: %v (%d rows)", err, tag.RowsAffected())
			return s
		}
		s.longest = max(s.longest, time.Since(start))
		s.writes += 2
	}
	return s
}

// TestOnlineUnderWrites runs the plain and the online plan against a
// busy table: each applied while a writer inserts and updates rows. The
// writer's longest wait under the online plan must stay under the lock
// timeout plus a margin, while the plain plan holds it for about its whole
// run; no row may be lost, and both must reach the target.
func TestOnlineUnderWrites(t *testing.T) {
	rows := loadRows(t)
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		template, toDB := c.CreateDB(t), c.CreateDB(t)
		c.LoadSQL(t, template, loadSource(rows))
		c.Exec(t, template, "VACUUM ANALYZE")
		c.LoadSQL(t, toDB, loadTarget)
		to := readCatalog(t, c, toDB)
		const lockTimeout = 3 * time.Second
		for _, online := range []bool{false, true} {
			name := map[bool]string{false: "plain", true: "online"}[online]
			t.Run(name, func(t *testing.T) {
				db := c.CreateDBFromTemplate(t, template)
				opts := diffengine.Options{}
				if online {
					opts = onlineOptions(opts)
					opts.LockTimeout = lockTimeout
				}
				plan, err := diffengine.Diff(readCatalog(t, c, db), to, opts)
				if err != nil {
					t.Fatal(err)
				}
				script := sqlscript.Render(plan)
				ctx, stop := context.WithCancel(context.Background())
				defer stop()
				var stats writerStats
				var wg sync.WaitGroup
				writer := c.Connect(t, db)
				wg.Go(func() { stats = runWriter(ctx, writer, rows) })
				time.Sleep(200 * time.Millisecond) // the writer under way
				start := time.Now()
				if online {
					err = c.RunScript(db, script) // segment by segment
				} else {
					c.LoadSQL(t, db, script) // in one transaction, psql -1
				}
				took := time.Since(start)
				time.Sleep(200 * time.Millisecond)
				stop()
				wg.Wait()
				if err != nil {
					t.Fatalf("the script fails: %v\n%s", err, numbered(script))
				}
				if stats.err != nil {
					t.Fatalf("the writer failed: %v", stats.err)
				}
				t.Logf("pg%d, %s plan, %d rows: the script ran %v; the writer made %d writes, its longest wait %v",
					c.Major, name, rows, took.Round(time.Millisecond), stats.writes, stats.longest.Round(time.Millisecond))
				conn := c.Connect(t, db)
				var count, written int
				if err := conn.QueryRow(context.Background(), "SELECT count(*), count(*) FILTER (WHERE note = 'w') FROM app.orders").Scan(&count, &written); err != nil {
					t.Fatal(err)
				}
				if count != rows+stats.inserted || written != stats.inserted {
					t.Errorf("app.orders has %d rows (%d written during the script), want %d (%d)", count, written, rows+stats.inserted, stats.inserted)
				}
				if got := readCatalog(t, c, db); !reflect.DeepEqual(got, to) {
					t.Fatalf("the catalog differs from the target's:\n%s", catalogDiff(to, got))
				}
				switch {
				case online && stats.longest > lockTimeout+500*time.Millisecond:
					t.Errorf("under the online plan the writer waited %v, more than the lock timeout (%v) and a margin", stats.longest, lockTimeout)
				case !online && stats.longest < took/2:
					t.Errorf("under the plain plan the writer waited at most %v of the script's %v: was it blocked at all?", stats.longest, took)
				}
				if online && !strings.Contains(script, "CONCURRENTLY") {
					t.Errorf("the online plan builds no index concurrently:\n%s", script)
				}
			})
		}
	})
}
