package snapshot

import (
	"context"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgconn/ctxwatch"
)

// Connect opens one connection the way libpq tools do: connString may be a
// postgres:// or postgresql:// URL or a key=value DSN, and whatever it leaves
// out comes from the PG* environment variables and ~/.pgpass; sslmode is
// honoured. Cancelling ctx (Ctrl-C) sends a cancel request to the server, so
// a running catalog query stops there too instead of running on. No error
// quotes connString: the caller names the source, redacted.
func Connect(ctx context.Context, connString string) (*pgx.Conn, error) {
	if err := checkConnString(connString); err != nil {
		return nil, err
	}
	config, err := pgx.ParseConfig(connString)
	if err != nil {
		return nil, parseError(err)
	}
	if config.ConnectTimeout == 0 && !connectTimeoutSet(connString) {
		config.ConnectTimeout = DefaultConnectTimeout
	}
	if config.RuntimeParams["application_name"] == "" {
		config.RuntimeParams["application_name"] = "pgstrata"
	}
	// Each query is described, then run, as the unnamed statement: nothing
	// is left behind on the server, poolers in transaction mode work, and,
	// unlike the simple protocol (which pgstrata used before), rows come in
	// binary form, which pgx decodes with less work than text (5-8% less
	// client CPU over a 10,000-table read).
	config.DefaultQueryExecMode = pgx.QueryExecModeDescribeExec
	// pgx refuses simple-protocol queries (it still sends some statements
	// that way) unless backslashes in literals are ordinary characters, and
	// a database or role may still default to the legacy setting (ALTER
	// DATABASE … SET standard_conforming_strings = off): ask for it at
	// startup, before any query runs.
	config.RuntimeParams["standard_conforming_strings"] = "on"
	config.BuildContextWatcherHandler = func(c *pgconn.PgConn) ctxwatch.Handler {
		return &pgconn.CancelRequestContextWatcherHandler{Conn: c, CancelRequestDelay: 0, DeadlineDelay: 5 * time.Second}
	}
	conn, err := pgx.ConnectConfig(ctx, config)
	if err != nil {
		return nil, describeConnectError(err) // one line, each failure once
	}
	return conn, nil
}

// DefaultConnectTimeout bounds connecting (the TCP connection, TLS,
// authentication and the server's first answer) unless connect_timeout in
// the connection string or PGCONNECT_TIMEOUT says otherwise. Without it a
// server that accepts connections and never answers (a stopped postmaster,
// a hung proxy) would keep pgstrata waiting for ever, as libpq tools do.
// It is a variable only so that tests can shorten it.
var DefaultConnectTimeout = 30 * time.Second

// connectTimeoutSet reports whether the user chose a connect timeout:
// connect_timeout=0, which means "wait for ever" to libpq, is a choice too
// (pgx's parsed config cannot tell it from none).
func connectTimeoutSet(connString string) bool {
	_, env := os.LookupEnv("PGCONNECT_TIMEOUT")
	return env || strings.Contains(connString, "connect_timeout")
}
