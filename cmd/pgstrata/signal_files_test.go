package main

// Ctrl-C and SIGTERM while files are read, diffed and written, and a second
// Ctrl-C while the first is still being acted on. Most of these phases
// cannot notice a cancelled context (see interrupt.go); each case blocks
// the command in one of them for certain, so timing decides nothing: a
// FIFO nobody writes to blocks opening the file, and a standard output
// nobody reads blocks writing the script.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// bigSnapshot writes a snapshot of n tables of 10 columns each, whose diff
// from an empty schema is a script of many megabytes.
func bigSnapshot(t *testing.T, dir string, n int) string {
	t.Helper()
	cat := &snapshot.Catalog{ServerVersionNum: 150000, Schemas: []snapshot.Schema{{Name: "public", Common: snapshot.Common{Owner: "postgres"}}}}
	for i := range n {
		tb := snapshot.Table{Schema: "public", Name: fmt.Sprintf("t%06d", i), RelKind: "r"}
		tb.Owner = "postgres"
		for j := range 10 {
			tb.Columns = append(tb.Columns, snapshot.Column{Name: fmt.Sprintf("c%d", j), Type: "integer"})
		}
		cat.Tables = append(cat.Tables, tb)
	}
	cat.Sort()
	path := filepath.Join(dir, fmt.Sprintf("big%d.strata", n))
	if err := strata.WriteFile(path, strata.Header{ToolVersion: "test", ServerVersionNum: 150000}, cat); err != nil {
		t.Fatal(err)
	}
	return path
}

// startBlocked starts bin with args, standard output going to w, and returns
// a channel closed once it has exited, with its error in *waitErr.
func startBlocked(t *testing.T, bin string, stdout io.Writer, stderr *bytes.Buffer, args ...string) (cmd *exec.Cmd, exited chan struct{}, waitErr *error) {
	t.Helper()
	cmd = exec.Command(bin, args...)
	cmd.Env = cleanEnv()
	cmd.Stdout, cmd.Stderr = stdout, stderr
	exited, waitErr = startCmd(t, cmd)
	return cmd, exited, waitErr
}

// startCmd starts cmd and returns a channel closed once it has exited, with
// its error in *waitErr. It does not outlive the test.
func startCmd(t *testing.T, cmd *exec.Cmd) (exited chan struct{}, waitErr *error) {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited, waitErr = make(chan struct{}), new(error)
	go func() { *waitErr = cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		select {
		case <-exited:
		default:
			cmd.Process.Kill()
			<-exited
		}
	})
	return exited, waitErr
}

// assertInterrupted checks that the process ended within limit of the
// signal, with exit status 1 and "pgstrata: interrupted" alone on stderr.
func assertInterrupted(t *testing.T, exited <-chan struct{}, waitErr *error, stderr *bytes.Buffer, sent time.Time, limit time.Duration) {
	t.Helper()
	select {
	case <-exited:
	case <-time.After(limit):
		t.Fatalf("still running %s after the signal; stderr %q", limit, stderr.String())
	}
	t.Logf("exited %s after the signal", time.Since(sent).Round(time.Millisecond))
	var exitErr *exec.ExitError
	if !errors.As(*waitErr, &exitErr) || exitErr.ExitCode() != exitError {
		t.Errorf("%v, want exit status %d", *waitErr, exitError)
	}
	if got := stderr.String(); got != "pgstrata: interrupted\n" {
		t.Errorf("stderr %q, want %q", got, "pgstrata: interrupted\n")
	}
}

func TestInterruptedFiles(t *testing.T) {
	bin := buildPgstrata(t)
	shared := t.TempDir()
	fifo := filepath.Join(shared, "fifo.strata")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join("..", "..", "testdata", "example", "fixture.strata")
	empty, big := bigSnapshot(t, shared, 0), bigSnapshot(t, shared, 20000)
	for _, tc := range []struct {
		name      string
		args      []string
		output    bool // add -o FILE
		signal    syscall.Signal
		blockedOn string // what the process is blocked on when the signal comes
	}{
		{"inspect FIFO SIGINT", []string{"inspect", fifo}, false, syscall.SIGINT, "opening a FIFO"},
		{"inspect FIFO SIGTERM", []string{"inspect", fifo}, false, syscall.SIGTERM, "opening a FIFO"},
		{"diff FIFO SIGINT over a file", []string{"diff", good, fifo}, true, syscall.SIGINT, "opening a FIFO"},
		{"diff FIFO SIGTERM", []string{"diff", fifo, good}, true, syscall.SIGTERM, "opening a FIFO"},
		// 20,000 tables: decoding, planning and rendering take a while, and
		// then the script fills the pipe and the write waits for ever.
		{"big diff SIGINT", []string{"diff", empty, big}, false, syscall.SIGINT, "reading, planning or writing"},
		{"big diff SIGTERM", []string{"diff", empty, big}, false, syscall.SIGTERM, "reading, planning or writing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out")
			args := tc.args
			var earlier []byte
			if tc.output {
				args = append(args, "-o", out)
				if tc.signal == syscall.SIGINT {
					earlier = earlierFile
					if err := os.WriteFile(out, earlier, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			// Standard output is a pipe nobody reads.
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			var stderr bytes.Buffer
			cmd, exited, waitErr := startBlocked(t, bin, w, &stderr, args...)
			w.Close()
			time.Sleep(300 * time.Millisecond) // somewhere in the phases; blocked for certain in the end
			select {
			case <-exited:
				t.Fatalf("ended before the signal (%v): %q", *waitErr, stderr.String())
			default:
			}
			sent := time.Now()
			if err := cmd.Process.Signal(tc.signal); err != nil {
				t.Fatal(err)
			}
			assertInterrupted(t, exited, waitErr, &stderr, sent, 10*time.Second)
			if tc.output {
				assertDirHolds(t, dir, out, earlier)
			}
		})
	}
}

// TestSecondInterrupt stops the backend of a live read, so that the first
// Ctrl-C's cancel request cannot be answered; a second Ctrl-C must end the
// process at once rather than when the client gives up on the connection.
func TestSecondInterrupt(t *testing.T) {
	bin := buildPgstrata(t)
	c := pgtest.Clusters(t)[0]
	db := c.CreateDB(t)
	lockView(t, c, db)
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	cmd, exited, waitErr := startBlocked(t, bin, &stdout, &stderr, "snapshot", c.URL(db), "-o", out, "--lock-timeout=0s")
	pid := waitUntilBlocked(t, c, db, exited)
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	defer syscall.Kill(pid, syscall.SIGCONT)
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	sent := time.Now()
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	// pgx gives up on the connection 5 s after the first: well before that.
	assertInterrupted(t, exited, waitErr, &stderr, sent, 3*time.Second)
	assertDirHolds(t, dir, out, nil)
}
