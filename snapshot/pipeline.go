package snapshot

import (
	"bytes"
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// The step queries are sent to the server all at once, as one pipeline, and
// their results read back in order as the steps ask for them. The server
// runs them back to back: it never waits for the client to finish the rows
// of one query and send the next (about 40 round trips, each with a gap
// where it idled), and on two cores its work and the client's overlap.
// They still run one after another in the read's one transaction.
//
// A step may also need a query whose arguments come from results (the
// definitions the reader could not build, say). Those cannot run while the
// pipeline is open; a step hands them to later, and they run, in order,
// once every step has read its results.

// sendStepQueries renders every step's queries and sends them.
func (r *reader) sendStepQueries(ctx context.Context) error {
	batch := &pgx.Batch{}
	for _, step := range readSteps {
		for _, name := range step.queries {
			var sql bytes.Buffer
			if err := queries.ExecuteTemplate(&sql, name, r); err != nil {
				return fmt.Errorf("rendering %s: %w", name, err)
			}
			batch.Queue(sql.String())
			r.queued = append(r.queued, name)
		}
	}
	r.batch = r.tx.SendBatch(ctx, batch)
	return nil
}

// nextResult returns the rows of the next queued query, which must be name:
// the steps read their results in the order they declared them.
func (r *reader) nextResult(name string) (pgx.Rows, error) {
	if r.next >= len(r.queued) || r.queued[r.next] != name {
		return nil, fmt.Errorf("internal error: %s read out of turn (readSteps must list it where it runs)", name)
	}
	r.next++
	return r.batch.Query()
}

// later runs fn once every step has read its results, when queries with
// arguments can be sent.
func (r *reader) later(fn func(context.Context) error) {
	r.afterSteps = append(r.afterSteps, fn)
}

// finishSteps closes the pipeline and runs what the steps left for later.
func (r *reader) finishSteps(ctx context.Context) error {
	if r.next != len(r.queued) {
		return fmt.Errorf("internal error: %d step queries sent but not read", len(r.queued)-r.next)
	}
	if err := r.closeBatch(); err != nil {
		return err
	}
	for _, fn := range r.afterSteps {
		if err := fn(ctx); err != nil {
			return err
		}
	}
	return nil
}

// closeBatch ends the pipeline (reading any results left, after an error);
// it may be called again.
func (r *reader) closeBatch() error {
	if r.batch == nil {
		return nil
	}
	err := r.batch.Close()
	r.batch = nil
	return err
}

// checkTransaction refuses to read anywhere but in a read-only, repeatable
// read transaction (see transaction.sql).
func checkTransaction(ctx context.Context, r *reader) error {
	type row struct {
		ReadOnly  string `db:"read_only"`
		Isolation string `db:"isolation"`
	}
	return forEachRow(ctx, r, "transaction.sql", func(x *row) error {
		if x.ReadOnly != "on" || x.Isolation != "repeatable read" {
			return fmt.Errorf("the read runs with transaction_read_only = %s, transaction_isolation = %s; want on, repeatable read",
				x.ReadOnly, x.Isolation)
		}
		return nil
	})
}
