package snapshot

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgconn/ctxwatch"
)

// ConnectOptions say what Connect may do beyond reading the connection
// string, the PG* variables, the service file and the password file.
type ConnectOptions struct {
	// AskPassword, when set, is asked for user's password once when the
	// server wants one and none was given (psql's prompt on a terminal).
	AskPassword func(ctx context.Context, user string) (string, error)
	// AskFirst asks AskPassword before connecting (psql -W).
	AskFirst bool
	// Warn gets libpq's warnings (a password file others can read), one
	// line each without a newline; they go to os.Stderr when it is nil.
	Warn func(line string)
}

// Connect is ConnectWith without a password prompt.
func Connect(ctx context.Context, connString string) (*pgx.Conn, error) {
	return ConnectWith(ctx, connString, ConnectOptions{})
}

// ConnectWith opens one connection the way libpq tools do: connString may
// be a postgres:// or postgresql:// URL or a key=value DSN ("" takes
// everything from the environment), and whatever it leaves out comes from
// the PG* environment variables, the service file (PGSERVICE,
// PGSERVICEFILE) and the password file (~/.pgpass or PGPASSFILE, ignored
// with libpq's warning when others can read it); sslmode is honoured. A
// parameter libpq does not know is refused. Cancelling ctx (Ctrl-C) sends
// a cancel request to the server, so a running catalog query stops there
// too instead of running on. No error quotes connString: the caller names
// the source, redacted.
func ConnectWith(ctx context.Context, connString string, opts ConnectOptions) (*pgx.Conn, error) {
	config, err := parseConfig(connString, opts)
	if err != nil {
		return nil, err
	}
	asked := false
	if opts.AskFirst && opts.AskPassword != nil {
		if config.Password, err = opts.AskPassword(ctx, config.User); err != nil {
			return nil, err
		}
		asked = true
	}
	conn, err := pgx.ConnectConfig(ctx, config)
	if err != nil && !asked && opts.AskPassword != nil && wantedPassword(err) {
		// As psql does: ask once, then try again.
		if config.Password, err = opts.AskPassword(ctx, config.User); err != nil {
			return nil, err
		}
		conn, err = pgx.ConnectConfig(ctx, config)
	}
	if err != nil {
		return nil, describeConnectError(err) // one line, each failure once
	}
	return conn, nil
}

// parseConfig is pgx.ParseConfig with libpq's checks and pgstrata's
// defaults.
func parseConfig(connString string, opts ConnectOptions) (*pgx.ConnConfig, error) {
	if err := checkConnString(connString); err != nil {
		return nil, err
	}
	params := connParams(connString)
	if err := checkParams(params); err != nil {
		return nil, err
	}
	config, err := pgx.ParseConfig(connString)
	if err != nil {
		return nil, parseError(err)
	}
	if problem := passfileProblem(passfileOf(params)); problem != "" && !explicitPassword(connString) {
		warn := opts.Warn
		if warn == nil {
			warn = func(line string) { fmt.Fprintln(os.Stderr, line) }
		}
		warn(problem)
		config.Password = "" // what pgx read from the file
	}
	if err := tidyRuntimeParams(config); err != nil {
		return nil, err
	}
	if config.ConnectTimeout == 0 && !connectTimeoutSet(connString) {
		config.ConnectTimeout = DefaultConnectTimeout
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
	return config, nil
}

// wantedPassword reports whether a connection failed because the server
// wanted a password and none was given (see describeConnectError).
func wantedPassword(err error) bool {
	var ce *pgconn.ConnectError
	return errors.As(err, &ce) && ce.Config.Password == "" && isInvalidPassword(err)
}

// invalidPassword is the SQLSTATE of a failed password authentication.
const invalidPassword = "28P01"

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
