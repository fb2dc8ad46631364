package main

// A password given to pgstrata (in a URL, a key=value DSN, PGPASSWORD or a
// password file) must reach the server and nothing else: not the snapshot
// file (its header records the source), not an error, not -v output.

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// newSecret returns a password no test output can contain by chance, and
// the random part of it, which is what leak checks look for (so that a
// partly escaped or cut copy is caught too).
func newSecret(t *testing.T) (password, mark string) {
	t.Helper()
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	mark = hex.EncodeToString(b)
	return "Pw-" + mark, mark
}

// assertNoSecret fails if what (output, a file's bytes) contains mark.
func assertNoSecret(t *testing.T, where string, what []byte, mark string) {
	t.Helper()
	if bytes.Contains(what, []byte(mark)) {
		t.Errorf("the password leaked into %s: %q", where, what)
	}
}

// secretSource is one way of giving pgstrata a password.
type secretSource struct {
	name   string
	source string
	env    map[string]string // set for the run
}

func (s secretSource) setEnv(t *testing.T) {
	for k, v := range s.env {
		t.Setenv(k, v)
	}
	if _, ok := s.env["PGPASSFILE"]; !ok {
		// No password from a ~/.pgpass of whoever runs the tests.
		t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
	}
}

// secretSources gives user the password for database db of c in every way
// pgstrata takes one. host:port may point elsewhere, for failures.
func secretSources(t *testing.T, user, password, hostPort, db string) []secretSource {
	host, port, _ := strings.Cut(hostPort, ":")
	passfile := filepath.Join(t.TempDir(), "pgpass")
	line := fmt.Sprintf("%s:%s:*:%s:%s\n", host, port, user, password)
	if err := os.WriteFile(passfile, []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	plain := fmt.Sprintf("postgres://%s@%s/%s?sslmode=disable", user, hostPort, db)
	return []secretSource{
		{"URL user info", fmt.Sprintf("postgres://%s:%s@%s/%s?sslmode=disable", user, password, hostPort, db), nil},
		{"URL parameter", plain + "&password=" + password, nil},
		{"DSN", fmt.Sprintf("host=%s port=%s user=%s password=%s dbname=%s sslmode=disable", host, port, user, password, db), nil},
		{"DSN quoted", fmt.Sprintf("host=%s port=%s password='%s' user=%s dbname=%s sslmode=disable", host, port, password, user, db), nil},
		{"PGPASSWORD", plain, map[string]string{"PGPASSWORD": password}},
		{"password file", plain, map[string]string{"PGPASSFILE": passfile}},
	}
}

func TestSecretsNeverWritten(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		password, mark := newSecret(t)
		role := passwordRole(t, c, password)
		db := c.CreateDB(t)
		c.LoadSQL(t, db, "CREATE TABLE public.t (id int PRIMARY KEY, note text DEFAULT 'x');"+
			" COMMENT ON TABLE public.t IS 'a table'; GRANT SELECT ON public.t TO "+role)
		hostPort := fmt.Sprintf("127.0.0.1:%d", c.Port)
		for _, s := range secretSources(t, role, password, hostPort, db) {
			t.Run(s.name, func(t *testing.T) {
				s.setEnv(t)
				dir := t.TempDir()
				file := filepath.Join(dir, "db.strata")
				code, stdout, stderr := runCLI(t, "snapshot", "-v", s.source, "-o", file)
				if code != exitOK {
					t.Fatalf("snapshot: status %d: %s", code, stderr)
				}
				assertNoSecret(t, "snapshot's output", []byte(stdout+stderr), mark)
				raw, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				assertNoSecret(t, "the snapshot file's bytes", raw, mark)

				// The body is compressed, so the raw bytes prove little for
				// it: decode the file and look at the header and the body.
				f, err := strata.ReadFile(file, strata.ReadOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if want := strata.RedactSource(s.source); f.Header.Source != want || !strings.Contains(want, role) {
					t.Errorf("header source %q, want %q (naming the role)", f.Header.Source, want)
				}
				assertNoSecret(t, "the header", fmt.Appendf(nil, "%+v", f.Header), mark)
				body, _, err := strata.EncodeBody(f.Catalog)
				if err != nil {
					t.Fatal(err)
				}
				assertNoSecret(t, "the body", body, mark)
				assertNoSecret(t, "the catalog", fmt.Appendf(nil, "%+v", *f.Catalog), mark)

				for _, args := range [][]string{
					{"inspect", file},
					{"inspect", "--json", file},
					{"diff", s.source, file},
					{"diff", file, s.source, "-o", filepath.Join(dir, "script.sql")},
				} {
					code, stdout, stderr := runCLI(t, args...)
					if code != exitOK {
						t.Errorf("%s: status %d: %s", args[0], code, stderr)
					}
					assertNoSecret(t, args[0]+"'s output", []byte(stdout+stderr), mark)
				}
				script, err := os.ReadFile(filepath.Join(dir, "script.sql"))
				if err != nil {
					t.Fatal(err)
				}
				assertNoSecret(t, "the migration script", script, mark)
			})
		}
	})
}

func TestSecretsNotInErrors(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		password, mark := newSecret(t)
		role := passwordRole(t, c, password)
		good := goodSnapshot(t, c)
		db := c.CreateDB(t)
		lockView(t, c, db)
		here := fmt.Sprintf("127.0.0.1:%d", c.Port)
		nowhere := fmt.Sprintf("127.0.0.1:%d", unusedPort(t))
		cases := []struct {
			name     string
			hostPort string
			db       string
			flags    []string
		}{
			{"missing database", here, "no_such_db", nil},
			{"refused", nowhere, db, nil},
			{"unknown host", "nonexistent.invalid:5432", db, nil},
			// The read starts, then waits for locked_view past the lock
			// timeout: an error from the middle of a read.
			{"lock timeout", here, db, []string{"--lock-timeout=200ms"}},
		}
		for _, tc := range cases {
			for _, s := range secretSources(t, role, password, tc.hostPort, tc.db) {
				t.Run(tc.name+"/"+s.name, func(t *testing.T) {
					s.setEnv(t)
					dir := t.TempDir()
					out := filepath.Join(dir, "out")
					for _, args := range [][]string{
						append([]string{"snapshot", "-v", s.source, "-o", out}, tc.flags...),
						append([]string{"diff", s.source, good, "-o", out}, tc.flags...),
						append([]string{"diff", good, s.source}, tc.flags...),
					} {
						code, stdout, stderr := runCLI(t, args...)
						if code != exitError {
							t.Errorf("%s: status %d, want %d (stderr %q)", args[0], code, exitError, stderr)
						}
						assertNoSecret(t, args[0]+"'s output", []byte(stdout+stderr), mark)
					}
					assertDirHolds(t, dir, out, nil)
				})
			}
		}

		// A wrong password is a secret too (often a real one, mistyped or
		// for another server), and so is one in a string pgx cannot parse.
		wrong, wrongMark := newSecret(t)
		for _, source := range []string{
			fmt.Sprintf("postgres://%s:%s@%s/%s?sslmode=disable", role, wrong, here, db),
			fmt.Sprintf("host=127.0.0.1 port=%d user=%s password=%s dbname=%s", c.Port, role, wrong, db),
			fmt.Sprintf("postgres://%s:%s@127.0.0.1:notaport/%s", role, wrong, db),
			fmt.Sprintf("host=127.0.0.1 port=x user=%s password=%s", role, wrong),
			fmt.Sprintf("host=127.0.0.1 user=%s password='%s dbname=%s", role, wrong, db), // unterminated quote
		} {
			for _, args := range [][]string{{"snapshot", source, "-o", filepath.Join(t.TempDir(), "out")}, {"diff", source, good}} {
				code, stdout, stderr := runCLI(t, args...)
				if code != exitError {
					t.Errorf("%s with a wrong password: status %d, want %d (stderr %q)", args[0], code, exitError, stderr)
				}
				assertNoSecret(t, args[0]+"'s output", []byte(stdout+stderr), wrongMark)
			}
		}
	})
}

// TestSecretsMalformedSources runs the built binary on connection strings
// of every shape a password can hide in, typed wrong: a mistyped or
// upper-case scheme, '@', '/', '?', '#' or ':' unescaped in the password,
// a bad escape, a bad port, an upper-case key, an unterminated quote, or no
// scheme at all. Each run fails with one line that holds no part of the
// password, on every command and with -v. (Nothing listens on port 1.)
func TestSecretsMalformedSources(t *testing.T) {
	bin := buildPgstrata(t)
	good := filepath.Join(t.TempDir(), "good.strata")
	if err := os.WriteFile(good, smallSnapshotFile(t), 0o644); err != nil {
		t.Fatal(err)
	}
	password, mark := newSecret(t)
	var sources []string
	for _, pw := range []string{password, "a/" + password, "a@" + password, "a?" + password, "a#" + password,
		"1234/" + password, "a:" + password, "a%zz" + password, password + "@b/c"} {
		sources = append(sources,
			"postgres://u:"+pw+"@127.0.0.1:1/db",
			"POSTGRES://u:"+pw+"@127.0.0.1:1/db",
			"PostgreSQL://u:"+pw+"@127.0.0.1:1/db?sslmode=disable",
			"postgresq://u:"+pw+"@127.0.0.1:1/db",
			"postgres://u:"+pw+"@127.0.0.1:x/db",
			"postgres:/u:"+pw+"@127.0.0.1:1/db",
			"u:"+pw+"@127.0.0.1:1/db",
			"host=127.0.0.1 port=1 PASSWORD="+pw,
			"host=127.0.0.1 port=1 password='"+pw,
		)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	for _, source := range sources {
		for _, args := range [][]string{
			{"snapshot", "-v", source, "-o", out},
			{"diff", source, good},
			{"diff", good, source, "-o", out},
		} {
			cmd := exec.Command(bin, args...)
			cmd.Env = append(cleanEnv(), "PGCONNECT_TIMEOUT=2", "PGPASSFILE="+filepath.Join(dir, "none"))
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := -1
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			}
			assertOneLineError(t, code, stderr.String(), "pgstrata: ")
			assertNoSecret(t, fmt.Sprintf("%s %q's output", args[0], source), append(stdout.Bytes(), stderr.Bytes()...), mark)
		}
	}
	assertDirHolds(t, dir, out, nil)
}
