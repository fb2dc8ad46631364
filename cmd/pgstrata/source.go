package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/term"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/snapshot"
)

// A source argument that is not an existing file or folder is read as psql
// reads its database argument:
//
//  1. a postgres:// or postgresql:// URL, or a key=value DSN (it holds
//     "="), is a connection string (any other "scheme://" too, so that
//     snapshot.Connect can say what is wrong with it);
//  2. something that looks like a file (it ends in .strata or .sql, or it
//     holds a '/') is a file that is not there;
//  3. anything else is a database name, as in `psql mydb`, with the PG*
//     variables, the service file and ~/.pgpass filling in the rest;
//  4. no argument at all (snapshot only) connects where the PG* variables
//     say, when one of them says anything.

// liveSource returns how to connect for source, which is no existing file:
// the connection string for snapshot.Connect, and the label that names the
// source in messages and in a snapshot's header (no password in it).
func liveSource(source string) (connString, label string, err error) {
	switch {
	case source == "":
		return fromEnvironment()
	case isConnString(source):
		return source, strata.RedactSource(source), nil
	case looksLikeFile(source):
		// Redacted too: a mistyped URL ("postgres:/u:pw@h") may be one.
		return "", "", fmt.Errorf("%s: no such file", strata.RedactSource(source))
	default:
		return "dbname=" + quoteConnValue(source), source, nil
	}
}

// looksLikeFile reports whether a name that is no file was meant as one: a
// snapshot or SQL file's name, or a path.
func looksLikeFile(s string) bool {
	ext := strings.ToLower(filepath.Ext(s))
	return ext == ".strata" || ext == ".sql" || strings.Contains(s, "/")
}

// quoteConnValue quotes a value for a key=value connection string.
func quoteConnValue(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// sourceVariables are the variables that, set, let snapshot run without a
// source argument (as psql connects where they say).
var sourceVariables = []string{"PGDATABASE", "PGHOST", "PGPORT", "PGUSER", "PGSERVICE"}

// fromEnvironment is the source when none is given: the PG* variables.
// Its label names those that are set, with their values (none of them is
// a secret).
func fromEnvironment() (connString, label string, err error) {
	var set []string
	for _, v := range sourceVariables {
		if value := os.Getenv(v); value != "" {
			set = append(set, v+"="+value)
		}
	}
	if len(set) == 0 {
		return "", "", errors.New("no source given: name a database (a postgres:// URL, a key=value DSN or a database name), " +
			"a snapshot file or SQL, or set PGDATABASE, PGHOST, PGPORT, PGUSER or PGSERVICE")
	}
	return "", strings.Join(set, " "), nil
}

// connFlags are psql's password flags, for every command that connects.
type connFlags struct {
	NoPassword  bool `short:"w" name:"no-password" help:"Never ask for a password (fail if the server wants one and none was given)."`
	AskPassword bool `short:"W" name:"password" help:"Ask for the password before connecting (on a terminal)."`
}

// promptMu makes one password prompt at a time: two sides of a diff may
// ask at once.
var promptMu sync.Mutex

// terminalInput is where a password may be asked for: standard input when
// main runs (not when tests call run in-process), and only while it is a
// terminal.
var terminalInput *os.File

// connectOptions says how a command connects: with a password prompt on
// stderr when standard input is a terminal, unless -w.
func (f *connFlags) connectOptions(stderr io.Writer) (snapshot.ConnectOptions, error) {
	opts := snapshot.ConnectOptions{Warn: func(line string) { fmt.Fprintln(stderr, line) }}
	if f.NoPassword && f.AskPassword {
		return opts, errors.New("-w (--no-password) and -W (--password) contradict each other")
	}
	if f.NoPassword {
		return opts, nil
	}
	terminal := terminalInput != nil && term.IsTerminal(int(terminalInput.Fd()))
	if !terminal {
		if f.AskPassword {
			return opts, errors.New("-W (--password): cannot ask for a password: standard input is not a terminal")
		}
		return opts, nil
	}
	opts.AskFirst = f.AskPassword
	opts.AskPassword = func(ctx context.Context, user string) (string, error) {
		promptMu.Lock()
		defer promptMu.Unlock()
		return readPassword(ctx, terminalInput, stderr, user)
	}
	return opts, nil
}

// readPassword asks for user's password as psql does, without echo. If
// ctx ends first (Ctrl-C), the terminal's echo is turned back on.
func readPassword(ctx context.Context, tty *os.File, stderr io.Writer, user string) (string, error) {
	fd := int(tty.Fd())
	state, err := term.GetState(fd)
	if err != nil {
		return "", fmt.Errorf("asking for the password: %w", err)
	}
	fmt.Fprintf(stderr, "Password for user %s: ", user)
	type answer struct {
		password []byte
		err      error
	}
	read := make(chan answer, 1)
	go func() {
		pw, err := term.ReadPassword(fd)
		read <- answer{pw, err}
	}()
	select {
	case a := <-read:
		fmt.Fprintln(stderr)
		if a.err != nil {
			return "", fmt.Errorf("reading the password: %w", a.err)
		}
		return string(a.password), nil
	case <-ctx.Done():
		_ = term.Restore(fd, state)
		fmt.Fprintln(stderr)
		return "", ctx.Err()
	}
}
