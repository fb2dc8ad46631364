package snapshot

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// A statement timeout is enforced by the server, so it cannot end a read
// from a server that stops answering altogether: a stopped backend
// (SIGSTOP, a hung host, a network that drops packets without a reset)
// left pgstrata waiting for ever. The reader therefore keeps a deadline of
// its own, a watchdog re-armed at every query and every rowsPerArm rows:
// if the server sends nothing for noAnswerLimit, it cancels the read's context,
// which makes pgx send a cancel request and, 5 seconds later, give up on
// the connection (see Connect).

// noAnswerLimit is how long the client waits for any one catalog query: the
// statement timeout the server enforces, plus a quarter of it and 5 seconds
// for the network and for reading the rows. Queries run one after another,
// and pgstrata sends them all at once (see pipeline.go), so the server may
// start a query before the reader waits for it, never after: a query still
// unanswered after this long is not running under the server's timeout.
func noAnswerLimit(statementTimeout time.Duration) time.Duration {
	return statementTimeout + statementTimeout/4 + 5*time.Second
}

// NoAnswerError is Read's error when the server stopped answering.
type NoAnswerError struct {
	Waited time.Duration
}

func (e *NoAnswerError) Error() string {
	return fmt.Sprintf("the server did not answer a catalog query within %s: it may be stopped, hung or unreachable", e.Waited)
}

// watchdog cancels a context when it is not re-armed in time. A nil
// watchdog (no statement timeout: the user asked for no limit) does
// nothing.
type watchdog struct {
	limit  time.Duration
	timer  *time.Timer
	cancel context.CancelCauseFunc
}

// watch returns a context that the watchdog cancels once limit passes
// without arm being called; the watchdog starts armed.
func watch(ctx context.Context, statementTimeout time.Duration) (context.Context, *watchdog) {
	if statementTimeout <= 0 {
		return ctx, nil
	}
	w := &watchdog{limit: noAnswerLimit(statementTimeout)}
	ctx, w.cancel = context.WithCancelCause(ctx)
	w.timer = time.AfterFunc(w.limit, func() { w.cancel(&NoAnswerError{Waited: w.limit}) })
	return ctx, w
}

// arm gives the next query the whole limit.
func (w *watchdog) arm() {
	if w != nil {
		w.timer.Reset(w.limit)
	}
}

// pause stops the clock while the reader works on its own, with no query
// in flight (sorting the catalog); the next arm starts it again.
func (w *watchdog) pause() {
	if w != nil {
		w.timer.Stop()
	}
}

// stop ends the watchdog; it cancels nothing after that.
func (w *watchdog) stop() {
	if w != nil {
		w.timer.Stop()
		w.cancel(nil)
	}
}

// explain returns the watchdog's error in place of err (whatever pgx made
// of the cancelled context) once the watchdog has fired.
func (w *watchdog) explain(ctx context.Context, err error) error {
	var noAnswer *NoAnswerError
	if err != nil && w != nil && errors.As(context.Cause(ctx), &noAnswer) {
		return noAnswer
	}
	return err
}

// rowsPerArm is how often a query that is sending rows re-arms the
// watchdog: a big result takes the client a while to read, however fast
// the server sends it.
const rowsPerArm = 1024

// rollbackTimeout bounds the rollback at the end of each read, which runs
// even after the read's context was cancelled (so that the connection is
// left idle) but must not wait for ever on a server that stopped answering.
const rollbackTimeout = 10 * time.Second
