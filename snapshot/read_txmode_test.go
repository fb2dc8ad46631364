package snapshot_test

import (
	"context"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// TestReadTransactionMode: every step runs in a READ ONLY, REPEATABLE READ
// transaction: read-only so that a snapshot can change nothing (and works
// for read-only roles and on standbys), repeatable read so that all steps
// see the same moment. The read checks this itself, from inside, in its
// first query (transaction.sql, transactionQueries) and fails otherwise; the
// steps' queries then run in that same transaction, sent at once. Here: the
// check ran, Trace saw the steps, and no transaction is left open.
func TestReadTransactionMode(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := c.CreateDB(t)
		c.LoadSQL(t, db, "CREATE TABLE t (id int PRIMARY KEY); CREATE VIEW v AS SELECT id FROM t")
		ctx := context.Background()
		conn, err := snapshot.Connect(ctx, c.URL(db))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		var steps []string
		trace := func(step string, _ time.Duration) { steps = append(steps, step) }
		if _, _, err := snapshot.Read(ctx, conn, snapshot.ReadOptions{LockTimeout: time.Minute, StatementTimeout: time.Minute, Trace: trace}); err != nil {
			t.Fatal(err)
		}
		if len(steps) < 10 || steps[0] != "transaction" {
			t.Errorf("Trace saw %v; want the transaction check first, then the steps", steps)
		}
		// And the transaction is over: nothing is left open on the connection.
		if status := conn.PgConn().TxStatus(); status != 'I' {
			t.Errorf("after Read the connection's transaction status is %q, want idle", status)
		}
		// A connection whose sessions default to read-write and read
		// committed reads the same: the read sets its own mode.
		if _, err := conn.Exec(ctx, "SET default_transaction_isolation = 'read committed'"); err != nil {
			t.Fatal(err)
		}
		if _, _, err := snapshot.Read(ctx, conn, snapshot.ReadOptions{LockTimeout: time.Minute, StatementTimeout: time.Minute}); err != nil {
			t.Fatal(err)
		}
	})
}
