package snapshot

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// The step queries are sent to the server all at once, as one pipeline, and
// their results read back in order, each handed to its own declaration
// (see read_query.go). The server runs them back to back: it never waits
// for the client to finish the rows of one query and send the next (about
// 40 round trips, each with a gap where it idled), and on two cores its
// work and the client's overlap. They still run one after another in the
// read's one transaction.
//
// A follow-up query, whose arguments come from results (the definitions
// the reader could not build, say), cannot run while the pipeline is open:
// follow-ups run, in the order they are declared, once every step has read
// its results.

// render renders the named embedded query for this server's version.
func (r *reader) render(name string) (string, error) {
	var sql bytes.Buffer
	if err := queries().ExecuteTemplate(&sql, name, r); err != nil {
		return "", fmt.Errorf("rendering %s: %w", name, err)
	}
	return sql.String(), nil
}

// runSteps sends the steps' pipelined queries, hands each its rows, step
// by step, then runs the follow-ups. trace, if set, is told how long each
// step took, and then the follow-ups together.
func (r *reader) runSteps(ctx context.Context, steps []plannedStep, trace func(string, time.Duration)) error {
	batch := &pgx.Batch{}
	for _, step := range steps {
		for _, q := range step.queries {
			if q.later() {
				continue
			}
			sql, err := r.render(q.name())
			if err != nil {
				return err
			}
			batch.Queue(sql)
		}
	}
	r.batch = r.tx.SendBatch(ctx, batch)
	defer r.closeBatch() // after an error: the transaction's rollback follows
	for _, step := range steps {
		started := time.Now()
		if err := r.readPipelined(step); err != nil {
			return fmt.Errorf("reading %s: %w", step.what, err)
		}
		if trace != nil {
			trace(step.what, time.Since(started))
		}
	}
	started := time.Now()
	if err := r.closeBatch(); err != nil {
		return fmt.Errorf("reading what the steps left for later: %w", err)
	}
	for _, step := range steps {
		for _, q := range step.queries {
			if q.later() {
				if err := r.runFollowUp(ctx, q); err != nil {
					return fmt.Errorf("reading what the steps left for later: %w", err)
				}
			}
		}
	}
	if trace != nil {
		trace("follow-up queries", time.Since(started))
	}
	return nil
}

// readPipelined hands the step's pipelined queries their results, in the
// order they were sent.
func (r *reader) readPipelined(step plannedStep) error {
	for _, q := range step.queries {
		if q.later() {
			continue
		}
		r.watch.arm()
		rows, err := r.batch.Query()
		if err == nil {
			err = q.consume(r, rows)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", q.name(), err)
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
