package sqlinput

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"

	"github.com/pgstrata/pgstrata/internal/pgserver"
)

// LoadError is a failure of the SQL itself: where psql stopped and what
// PostgreSQL (or psql) said, e.g. b.sql:12: ERROR: relation "x" does not
// exist. Line is where psql was in the file: the last line of the failing
// statement.
type LoadError struct {
	File string
	Line int
	Msg  string // "ERROR:  relation \"x\" does not exist", as psql prints it
}

func (e *LoadError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// missingRole matches PostgreSQL's message for a role that does not exist.
var missingRole = regexp.MustCompile(`^ERROR:\s+role "((?:[^"]|"")+)" does not exist`)

// MissingRole returns the role whose absence made the load fail, if that is
// why it failed.
func (e *LoadError) MissingRole() (string, bool) {
	m := missingRole.FindStringSubmatch(e.Msg)
	if m == nil {
		return "", false
	}
	return strings.ReplaceAll(m[1], `""`, `"`), true
}

// psqlOptions are the session settings of a load: function bodies are not
// checked when created (as pg_dump's scripts say too: a schema file may
// define a function before the table its body reads), and notices (lago's
// thousand "does not exist, skipping") are not printed.
const psqlOptions = "-c check_function_bodies=off -c client_min_messages=warning"

// runPsql loads files into url with psql, stopping at the first error, one
// file after the other in one session (not one transaction: migration
// folders hold statements that cannot run in one, such as CREATE INDEX
// CONCURRENTLY). vars are psql variables, NAME=VALUE. Standard input is
// empty: COPY … FROM stdin blocks are read from the files, as psql does with
// -f. A cancelled ctx kills psql.
func runPsql(ctx context.Context, psql, url string, files, vars []string) error {
	args := []string{"-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url}
	for _, v := range vars {
		args = append(args, "-v", v)
	}
	for _, f := range files {
		args = append(args, "-f", f)
	}
	cmd := exec.Command(psql, args...)
	cmd.Env = append(pgserver.ChildEnv(), "PGOPTIONS="+psqlOptions)
	// Its own process group: a Ctrl-C at the terminal is pgstrata's to
	// handle, and psql must not take it for a query cancel and go on.
	cmd.SysProcAttr = pgserver.ChildProcAttr()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting %s: %w", psql, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		cmd.Process.Kill()
		<-done
		return ctx.Err()
	}
	if err == nil {
		return nil
	}
	if le := parsePsqlError(stderr.String(), files); le != nil {
		return le
	}
	var exit *exec.ExitError
	if msg := strings.TrimSpace(stderr.String()); msg != "" && errors.As(err, &exit) {
		return fmt.Errorf("psql: %s", firstLine(msg))
	}
	return fmt.Errorf("psql: %w", err)
}

// parsePsqlError finds the first message psql printed about one of files
// ("psql:FILE:LINE: ERROR:  …") and returns it as a LoadError, or nil.
func parsePsqlError(stderr string, files []string) *LoadError {
	for _, line := range strings.Split(stderr, "\n") {
		rest, ok := strings.CutPrefix(line, "psql:")
		if !ok {
			continue
		}
		for _, f := range files {
			after, ok := strings.CutPrefix(rest, f+":")
			if !ok {
				continue
			}
			num, msg, ok := strings.Cut(after, ": ")
			n, err := strconv.Atoi(num)
			if !ok || err != nil {
				continue
			}
			return &LoadError{File: f, Line: n, Msg: msg}
		}
	}
	return nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// fileSize is for -v: how much SQL a load read.
func fileSize(files []string) int64 {
	var n int64
	for _, f := range files {
		if info, err := os.Stat(f); err == nil {
			n += info.Size()
		}
	}
	return n
}
