package main

// Ctrl-C and SIGTERM while a live database is being read. They reach a real
// process, so the test builds the binary: signal delivery, the exit status
// and the cancel request that must stop the server-side query are all part
// of what is tested. The read is made to wait on a lock first (see
// lockView), so the signal always arrives mid-query.

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// buildPgstrata builds this package's binary into a temporary directory.
func buildPgstrata(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "pgstrata")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// cleanEnv is our environment without libpq's PG* variables, which would
// change whom the binary connects as.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") {
			env = append(env, kv)
		}
	}
	return env
}

func TestInterruptedRead(t *testing.T) {
	bin := buildPgstrata(t)
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := c.CreateDB(t)
		lockView(t, c, db)
		other := c.URL(c.CreateDB(t)) // the other, unhindered side of a diff
		for _, tc := range []struct {
			name    string
			args    []string // -o FILE is added
			signal  syscall.Signal
			earlier []byte
		}{
			{"snapshot SIGINT", []string{"snapshot", c.URL(db)}, syscall.SIGINT, nil},
			{"snapshot SIGTERM over a file", []string{"snapshot", c.URL(db)}, syscall.SIGTERM, earlierFile},
			{"diff SIGINT", []string{"diff", c.URL(db), other}, syscall.SIGINT, nil},
			{"diff SIGTERM over a file", []string{"diff", other, c.URL(db)}, syscall.SIGTERM, earlierFile},
		} {
			t.Run(tc.name, func(t *testing.T) {
				dir := t.TempDir()
				out := filepath.Join(dir, "out")
				if tc.earlier != nil {
					if err := os.WriteFile(out, tc.earlier, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				// No lock timeout: only the signal can end the wait.
				cmd := exec.Command(bin, append(tc.args, "-o", out, "--lock-timeout=0s")...)
				cmd.Env = cleanEnv()
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				exited := make(chan struct{}) // closed when the process has ended
				var waitErr error
				go func() { waitErr = cmd.Wait(); close(exited) }()
				defer func() {
					// However the test ends, the process must not outlive it.
					select {
					case <-exited:
					default:
						cmd.Process.Kill()
						<-exited
					}
				}()
				pid := waitUntilBlocked(t, c, db, exited)

				sent := time.Now()
				if err := cmd.Process.Signal(tc.signal); err != nil {
					t.Fatal(err)
				}
				select {
				case <-exited:
				case <-time.After(2 * time.Minute):
					t.Fatalf("still running two minutes after %v; stderr: %q", tc.signal, stderr.String())
				}
				err := waitErr
				took := time.Since(sent)
				var exitErr *exec.ExitError
				if !errors.As(err, &exitErr) || exitErr.ExitCode() != exitError {
					t.Errorf("after %v: %v, want exit status %d", tc.signal, err, exitError)
				}
				if got := stderr.String(); got != "pgstrata: interrupted\n" {
					t.Errorf("stderr %q, want %q", got, "pgstrata: interrupted\n")
				}
				if stdout.Len() != 0 {
					t.Errorf("stdout %q", stdout.String())
				}
				// Generous for a loaded machine, but a process that waits for
				// the lock (which is never released) would never get here.
				if took > time.Minute {
					t.Errorf("took %s to exit after %v", took, tc.signal)
				}
				// The lock is still held: the backend ends only because the
				// cancel request stopped its query (a client that just went
				// away leaves a lock-waiting backend waiting).
				waitUntilGone(t, c, pid)
				assertDirHolds(t, dir, out, tc.earlier)
			})
		}
	})
}
