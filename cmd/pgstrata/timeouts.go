package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/pgstrata/pgstrata/snapshot"
)

// explainTimeout adds to a read error caused by --lock-timeout or
// --statement-timeout (or by a server that stopped answering, which the
// client gives up on after a margin over --statement-timeout) which option
// it was and its value: the server says
// only "canceling statement due to lock timeout", and the user needs to know
// what to change (or that another session holds a lock).
func explainTimeout(err error, lockTimeout, statementTimeout time.Duration) error {
	var noAnswer *snapshot.NoAnswerError
	if errors.As(err, &noAnswer) {
		return fmt.Errorf("%w (waited --statement-timeout=%s plus a margin)", err, statementTimeout)
	}
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return err
	}
	switch pgErr.Code {
	case "55P03": // lock_not_available: lock_timeout
		return fmt.Errorf("%w (another session held a lock the read needs for longer than --lock-timeout=%s)", err, lockTimeout)
	case "57014": // query_canceled: statement_timeout, or a cancel request
		if statementTimeout > 0 && pgErr.Message == "canceling statement due to statement timeout" {
			return fmt.Errorf("%w (a catalog query ran longer than --statement-timeout=%s)", err, statementTimeout)
		}
	}
	return err
}
