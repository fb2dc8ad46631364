package pgtest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgstrata/pgstrata/internal/pgserver"
)

var dbCounter atomic.Int64

var nonIdent = regexp.MustCompile(`[^a-z0-9]+`)

// dbName makes a unique, readable database name from a test name:
// "TestLoad/pg17" becomes "t_testload_pg17_3".
func dbName(testName string) string {
	s := strings.Trim(nonIdent.ReplaceAllString(strings.ToLower(testName), "_"), "_")
	if len(s) > 40 {
		s = s[:40]
	}
	return fmt.Sprintf("t_%s_%d", s, dbCounter.Add(1))
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// CreateDB creates an empty database (from template1) with a unique name,
// drops it when the test ends, and returns its name.
func (c *Cluster) CreateDB(t testing.TB) string {
	t.Helper()
	return c.createDB(t, "")
}

// CreateDBFromTemplate is CreateDB copying template, e.g. a database loaded
// once and reused by many tests. PostgreSQL refuses the copy while anyone is
// connected to template, so close connections to it first.
func (c *Cluster) CreateDBFromTemplate(t testing.TB, template string) string {
	t.Helper()
	return c.createDB(t, template)
}

func (c *Cluster) createDB(t testing.TB, template string) string {
	t.Helper()
	name := dbName(t.Name())
	sql := "CREATE DATABASE " + quoteIdent(name)
	if template != "" {
		sql += " TEMPLATE " + quoteIdent(template)
	}
	if err := c.exec("postgres", sql); err != nil {
		t.Fatalf("pgtest: pg%d: %s: %v", c.Major, sql, err)
		return ""
	}
	t.Cleanup(func() {
		if err := c.dropDB(name); err != nil {
			t.Errorf("pgtest: pg%d: dropping database %s: %v", c.Major, name, err)
		}
	})
	return name
}

// dropDB drops a test database even if the test left connections open.
func (c *Cluster) dropDB(name string) error {
	if c.Stopped() {
		return nil
	}
	if c.Major >= 13 {
		return c.exec("postgres", "DROP DATABASE IF EXISTS "+quoteIdent(name)+" WITH (FORCE)")
	}
	// 12 has no FORCE: terminate the backends (DROP DATABASE then waits up
	// to 5s for them to exit), and retry in case a client reconnected.
	terminate := fmt.Sprintf("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%s' AND pid <> pg_backend_pid()",
		strings.ReplaceAll(name, "'", "''"))
	var err error
	for range 10 {
		if err = c.exec("postgres", terminate); err != nil {
			return err
		}
		// A separate exec: several statements in one simple query form an
		// implicit transaction, where DROP DATABASE is not allowed.
		err = c.exec("postgres", "DROP DATABASE IF EXISTS "+quoteIdent(name))
		if err == nil || !strings.Contains(err.Error(), "being accessed by other users") {
			return err
		}
	}
	return err
}

// exec runs sql (one or more statements, simple protocol) on a new
// connection to db.
func (c *Cluster) exec(db, sql string) error {
	return c.Server.Exec(context.Background(), db, sql)
}

// Exec runs a small piece of SQL (several statements are fine) in db over a
// fresh pgx connection, failing the test on error. Use LoadSQL for scripts.
func (c *Cluster) Exec(t testing.TB, db, sql string) {
	t.Helper()
	if err := c.exec(db, sql); err != nil {
		t.Fatalf("pgtest: pg%d: exec in %s: %v\nSQL: %s", c.Major, db, err, sql)
	}
}

// Connect opens a pgx connection to db that is closed when the test ends.
func (c *Cluster) Connect(t testing.TB, db string) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	conn, err := pgx.Connect(ctx, c.URL(db))
	if err != nil {
		t.Fatalf("pgtest: pg%d: connecting to %s: %v", c.Major, db, err)
		return nil
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// LoadSQL runs sql through psql in db as one transaction, stopping at the
// first error, which fails the test with psql's messages. psql (not pgx)
// so scripts may use meta-commands such as \set and \ir, like real dumps.
func (c *Cluster) LoadSQL(t testing.TB, db string, sql string) {
	t.Helper()
	c.psql(t, db, "SQL", strings.NewReader(sql), "-f", "-")
}

// LoadFile is LoadSQL for a file, with psql variables given as "NAME=VALUE"
// (used in the script as :NAME, :'NAME' or :"NAME").
func (c *Cluster) LoadFile(t testing.TB, db, path string, vars ...string) {
	t.Helper()
	var args []string
	for _, v := range vars {
		if !strings.Contains(v, "=") {
			t.Fatalf("pgtest: LoadFile variable %q is not NAME=VALUE", v)
			return
		}
		args = append(args, "-v", v)
	}
	c.psql(t, db, path, nil, append(args, "-f", path)...)
}

func (c *Cluster) psql(t testing.TB, db, what string, stdin io.Reader, args ...string) {
	t.Helper()
	if err := c.runPsql(db, stdin, append([]string{"-1"}, args...)...); err != nil {
		t.Fatalf("pgtest: pg%d: psql (%s) in %s failed: %v", c.Major, what, db, err)
	}
}

// RunScript runs sql through psql in db as a user runs an online
// migration: psql -X -v ON_ERROR_STOP=1 -f, without -1, so that the
// script's own BEGIN and COMMIT (and statements outside any transaction)
// apply. It returns psql's error with its messages, and leaves whatever
// committed before a failure in place.
func (c *Cluster) RunScript(db, sql string) error {
	return c.runPsql(db, strings.NewReader(sql), "-f", "-")
}

// runPsql runs psql quietly in db, stopping at the first error.
func (c *Cluster) runPsql(db string, stdin io.Reader, args ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	args = append([]string{"-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", c.URL(db)}, args...)
	cmd := exec.CommandContext(ctx, c.Psql, args...)
	cmd.Env = pgserver.ChildEnv()
	cmd.Stdin = stdin
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%v\n%s", err, stderr.String())
	}
	return nil
}
