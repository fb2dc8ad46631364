//go:build linux

package main

// Connections as libpq makes them, end to end with the built binary: a
// bare database name or no source at all, the service file, PGAPPNAME,
// PGCONNECT_TIMEOUT, PGSSLROOTCERT, and mistyped schemes and options.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// pgEnv points libpq's variables at c, as user postgres.
func pgEnv(c *pgtest.Cluster) []string {
	return []string{"PGHOST=127.0.0.1", fmt.Sprintf("PGPORT=%d", c.Port), "PGUSER=postgres", "PGSSLMODE=disable"}
}

func TestSourceDatabaseName(t *testing.T) {
	bin, _ := sqlTestSetup(t)
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := c.CreateDB(t)
		c.LoadSQL(t, db, "CREATE TABLE public.t (id int PRIMARY KEY)")
		dir := t.TempDir()
		out := filepath.Join(dir, "out.strata")
		header := func(t *testing.T) strata.Header {
			t.Helper()
			f, err := strata.ReadFile(out, strata.ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			os.Remove(out)
			return f.Header
		}

		// `pgstrata snapshot DB` as `psql DB`.
		code, _, stderr := runPgstrata(t, bin, nil, pgEnv(c), "snapshot", db, "-o", out)
		if code != exitOK {
			t.Fatalf("snapshot %s: status %d: %s", db, code, stderr)
		}
		if h := header(t); h.Database != db || h.Source != db {
			t.Errorf("snapshot %s: header database %q, source %q", db, h.Database, h.Source)
		}
		// No source: PGDATABASE says which.
		code, _, stderr = runPgstrata(t, bin, nil, append(pgEnv(c), "PGDATABASE="+db), "snapshot", "-o", out)
		if code != exitOK {
			t.Fatalf("snapshot with PGDATABASE: status %d: %s", code, stderr)
		}
		if h := header(t); h.Database != db || !strings.Contains(h.Source, "PGDATABASE="+db) {
			t.Errorf("snapshot with PGDATABASE: header database %q, source %q", h.Database, h.Source)
		}
		// diff and show take a name too; diff of a database with itself
		// finds nothing.
		if code, _, stderr := runPgstrata(t, bin, nil, pgEnv(c), "diff", db, db); code != exitOK {
			t.Errorf("diff %s %s: status %d: %s", db, db, code, stderr)
		}
		if code, stdout, stderr := runPgstrata(t, bin, nil, pgEnv(c), "show", db); code != exitOK || !strings.Contains(stdout, "CREATE TABLE public.t") {
			t.Errorf("show %s: status %d: %s%s", db, code, stdout, stderr)
		}
		// A name that is no database is the server's error, naming it.
		code, _, stderr = runPgstrata(t, bin, nil, pgEnv(c), "snapshot", "no_such_db", "-o", out)
		assertOneLineError(t, code, stderr, `database "no_such_db" does not exist`)
	})
}

func TestBadSourceNames(t *testing.T) {
	bin, _ := sqlTestSetup(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	for _, tc := range []struct {
		args []string
		env  []string
		want string
	}{
		// What looks like a file and is not there is no database name.
		{[]string{"snapshot", "prod.strata", "-o", out}, nil, "prod.strata: no such file"},
		{[]string{"snapshot", "schema.SQL", "-o", out}, nil, "schema.SQL: no such file"},
		{[]string{"snapshot", "backups/prod", "-o", out}, nil, "backups/prod: no such file"},
		{[]string{"diff", "old.strata", "new.strata"}, nil, "old.strata: no such file"},
		{[]string{"show", "./x"}, nil, "./x: no such file"},
		// No source and no variable to go by.
		{[]string{"snapshot", "-o", out}, nil, "no source given"},
		// PGPASSWORD or PGSSLMODE alone do not say where to go.
		{[]string{"snapshot", "-o", out}, []string{"PGPASSWORD=x", "PGSSLMODE=disable"}, "no source given"},
		// inspect wants a file.
		{[]string{"inspect", "postgres://u@h/db"}, nil, "inspect reads a snapshot file"},
	} {
		code, stdout, stderr := runPgstrata(t, bin, nil, tc.env, tc.args...)
		assertOneLineError(t, code, stderr, tc.want)
		if stdout != "" {
			t.Errorf("%v: stdout %q", tc.args, stdout)
		}
	}
	assertDirHolds(t, dir, out, nil)
}

func TestConnectionService(t *testing.T) {
	bin, _ := sqlTestSetup(t)
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		target := newPasswordTarget(t, c)
		services := filepath.Join(t.TempDir(), "pg_service.conf")
		conf := fmt.Sprintf("# test services\n[other]\nhost=127.0.0.1\nport=1\n\n[app]\nhost=127.0.0.1\nport=%d\ndbname=%s\nuser=%s\npassword=%s\nsslmode=disable\n",
			c.Port, target.db, target.role, target.password)
		if err := os.WriteFile(services, []byte(conf), 0o600); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "out.strata")
		for _, run := range []struct {
			env  []string
			args []string
		}{
			{[]string{"PGSERVICEFILE=" + services, "PGSERVICE=app"}, []string{"snapshot", "-o", out}},
			{[]string{"PGSERVICEFILE=" + services}, []string{"snapshot", "service=app", "-o", out}},
			{[]string{"PGSERVICEFILE=" + services}, []string{"snapshot", "postgres:///?service=app", "-o", out}},
			{[]string{"PGSERVICEFILE=" + services, "PGSERVICE=app"}, []string{"diff", "service=app", out}},
		} {
			code, stdout, stderr := runPgstrata(t, bin, nil, run.env, run.args...)
			if code != exitOK {
				t.Errorf("%v with %v: status %d: %s", run.args, run.env, code, stderr)
			}
			assertNoSecret(t, "the output", []byte(stdout+stderr), target.mark)
		}
		f, err := strata.ReadFile(out, strata.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if f.Header.Database != target.db {
			t.Errorf("header database %q, want %q", f.Header.Database, target.db)
		}
		code, _, stderr := runPgstrata(t, bin, nil, []string{"PGSERVICEFILE=" + services, "PGSERVICE=nope"}, "snapshot", "-o", out)
		assertOneLineError(t, code, stderr, "nope")
	})
}

func TestConnectionApplicationName(t *testing.T) {
	bin, _ := sqlTestSetup(t)
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		for _, tc := range []struct {
			name   string
			env    []string
			params string
			want   string
		}{
			{"default", nil, "", "pgstrata"},
			{"PGAPPNAME", []string{"PGAPPNAME=nightly-audit"}, "", "nightly-audit"},
			{"in the URL", []string{"PGAPPNAME=nightly-audit"}, "&application_name=from-url", "from-url"},
			{"fallback", nil, "&fallback_application_name=fallback-app", "fallback-app"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				db := c.CreateDB(t)
				lockView(t, c, db) // the read waits there while pg_stat_activity is looked at
				source := c.URL(db) + tc.params
				r := startPgstrata(t, bin, nil, tc.env, "snapshot", source, "-o", filepath.Join(t.TempDir(), "out"), "--lock-timeout=2m")
				conn := c.Connect(t, "postgres")
				var got string
				waitFor(t, time.Minute, "pgstrata's session to wait for the lock", func() bool {
					err := conn.QueryRow(context.Background(), `SELECT application_name FROM pg_stat_activity
						WHERE datname = $1 AND wait_event_type = 'Lock'`, db).Scan(&got)
					return err == nil
				})
				if got != tc.want {
					t.Errorf("application_name %q, want %q", got, tc.want)
				}
				r.cmd.Process.Kill()
				r.wait(t)
			})
		}
	})
}

// TestConnectionTimeout: a server that accepts the connection and never
// says a word. PGCONNECT_TIMEOUT ends the wait, with a message that says so.
func TestConnectionTimeout(t *testing.T) {
	bin, _ := sqlTestSetup(t)
	source := fmt.Sprintf("postgres://postgres@127.0.0.1:%d/db", silentServer(t))
	for _, tc := range []struct {
		env  []string
		args func(source string) []string
	}{
		{[]string{"PGCONNECT_TIMEOUT=2"}, func(s string) []string { return []string{"snapshot", s, "-o", filepath.Join(t.TempDir(), "out")} }},
		{nil, func(s string) []string { return []string{"show", s + "?connect_timeout=2"} }},
	} {
		started := time.Now()
		code, _, stderr := runPgstrata(t, bin, nil, append([]string{"PGCONNECT_TIMEOUT="}, tc.env...), tc.args(source)...)
		took := time.Since(started)
		assertOneLineError(t, code, stderr, "no answer within 2s")
		if took < 2*time.Second || took > 20*time.Second {
			t.Errorf("gave up after %s, want about 2s", took.Round(time.Millisecond))
		}
	}
}

// TestConnectionRootCert: a server that takes only TLS, with a self-signed
// certificate. sslmode=verify-full works with PGSSLROOTCERT naming that
// certificate, and fails without it (or with another).
func TestConnectionRootCert(t *testing.T) {
	bin, _ := sqlTestSetup(t)
	c, cert, db := startTLSOnlyCluster(t)
	certs := t.TempDir()
	root := filepath.Join(certs, "root.crt")
	otherCert, _ := selfSignedCert(t)
	other := filepath.Join(certs, "other.crt")
	for path, data := range map[string][]byte{root: cert, other: otherCert} {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	env := []string{"PGHOST=127.0.0.1", fmt.Sprintf("PGPORT=%d", c.Port), "PGUSER=app", "PGPASSWORD=tls-password",
		"PGDATABASE=" + db, "PGSSLMODE=verify-full", "HOME=" + t.TempDir()} // no ~/.postgresql/root.crt
	out := filepath.Join(t.TempDir(), "out.strata")
	if code, _, stderr := runPgstrata(t, bin, nil, append(env, "PGSSLROOTCERT="+root), "snapshot", "-o", out); code != exitOK {
		t.Fatalf("verify-full with PGSSLROOTCERT: status %d: %s", code, stderr)
	}
	if code, _, stderr := runPgstrata(t, bin, nil, env, "snapshot", "sslrootcert="+root, "-o", out); code != exitOK {
		t.Fatalf("verify-full with sslrootcert=: status %d: %s", code, stderr)
	}
	for _, extra := range [][]string{nil, {"PGSSLROOTCERT=" + other}} {
		code, _, stderr := runPgstrata(t, bin, nil, append(env, extra...), "snapshot", "-o", out)
		assertOneLineError(t, code, stderr, "cannot verify the server's TLS certificate")
	}
}

// TestBadSourceSchemeAndOption: a mistyped scheme or option is named, the
// user name is kept as typed, and no part of the password is printed,
// whatever the command.
func TestBadSourceSchemeAndOption(t *testing.T) {
	bin, _ := sqlTestSetup(t)
	password, mark := newSecret(t)
	good := filepath.Join(t.TempDir(), "good.strata")
	if err := os.WriteFile(good, smallSnapshotFile(t), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		source string
		want   []string
	}{
		{"postgresq://alice.o-brien:" + password + "@127.0.0.1:1/db", []string{"postgresq://alice.o-brien@127.0.0.1:1/db: unknown scheme postgresq"}},
		{"postgres://alice.o-brien:" + password + "@127.0.0.1:1/db?sslmod=require", []string{"postgres://alice.o-brien@127.0.0.1:1/db?sslmod=require: unknown connection option sslmod"}},
		{"host=127.0.0.1 port=1 user=alice.o-brien sslmod=require password=" + password, []string{"user=alice.o-brien sslmod=require: unknown connection option sslmod"}},
		// Right after an unquoted password, an unknown key may be the
		// password's second word: not named.
		{"host=127.0.0.1 user=alice.o-brien password=" + password + " sslmod=require", []string{"user=alice.o-brien: unknown connection option after the password"}},
		{"postgres://alice@127.0.0.1:1/db?search_path=x", []string{"unknown connection option search_path"}},
		{"postgres://alice@127.0.0.1:1/db?sslcrl=/x.crl", []string{"connection option sslcrl is not supported"}},
		// A password with a space, unquoted: libpq takes its second word
		// for a key; neither may appear.
		{"host=127.0.0.1 port=1 user=alice password=my " + password, []string{"user=alice: unknown connection option after the password"}},
		{"host=127.0.0.1 port=1 user=alice password=my " + password + "=x", []string{"unknown connection option after the password"}},
		{"host=127.0.0.1 port=1 password=" + password + " two words dbname=x", []string{"port=1 dbname=x: unknown connection option after the password"}},
		{"host=127.0.0.1 port=1 password=" + password + "\\ " + password + " user=alice", []string{"connection refused"}}, // escaped: one password
	} {
		for _, args := range [][]string{
			{"snapshot", "-v", tc.source, "-o", filepath.Join(t.TempDir(), "out")},
			{"diff", good, tc.source},
			{"show", tc.source},
		} {
			code, stdout, stderr := runPgstrata(t, bin, nil, []string{"PGCONNECT_TIMEOUT=2"}, args...)
			for _, w := range tc.want {
				assertOneLineError(t, code, stderr, w)
			}
			assertNoSecret(t, fmt.Sprintf("%s %q's output", args[0], tc.source), []byte(stdout+stderr), mark)
		}
	}
}
