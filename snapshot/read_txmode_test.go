package snapshot_test

import (
	"context"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// TestReadTransactionMode checks, from inside the read, that every step runs
// in a READ ONLY, REPEATABLE READ transaction: read-only so that a snapshot
// can change nothing (and works for read-only roles and on standbys),
// repeatable read so that all steps see the same moment. Trace is called
// between steps, when the connection is idle in the read's transaction, so
// a query there reports that transaction's settings.
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
		steps := 0
		trace := func(step string, _ time.Duration) {
			// Outside a transaction these would be the session's defaults
			// (off, read committed).
			var readOnly, isolation string
			err := conn.QueryRow(ctx, `SELECT current_setting('transaction_read_only'), current_setting('transaction_isolation')`).
				Scan(&readOnly, &isolation)
			if err != nil {
				t.Errorf("after %s: %v", step, err)
				return
			}
			steps++
			if readOnly != "on" || isolation != "repeatable read" {
				t.Errorf("after %s: transaction_read_only = %s, transaction_isolation = %s; want on, repeatable read",
					step, readOnly, isolation)
			}
		}
		if _, _, err := snapshot.Read(ctx, conn, snapshot.ReadOptions{LockTimeout: time.Minute, StatementTimeout: time.Minute, Trace: trace}); err != nil {
			t.Fatal(err)
		}
		if steps < 10 {
			t.Errorf("Trace ran after %d steps; the check covered too little", steps)
		}
		// And the transaction is over: nothing is left open on the connection.
		if status := conn.PgConn().TxStatus(); status != 'I' {
			t.Errorf("after Read the connection's transaction status is %q, want idle", status)
		}
	})
}
