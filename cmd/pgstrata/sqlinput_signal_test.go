package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// TestSQLInputInterrupted: Ctrl-C or SIGTERM while SQL is loading ends the
// run with "interrupted" and leaves no server process and no temporary
// directory; after a SIGKILL, which pgstrata cannot handle, the watchdog
// removes both soon after.
func TestSQLInputInterrupted(t *testing.T) {
	bin, _ := sqlTestSetup(t)
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		for _, tc := range []struct {
			name   string
			args   []string
			signal syscall.Signal
		}{
			{"diff SIGINT", []string{"diff", "good.sql", "slow.sql"}, syscall.SIGINT},
			{"snapshot SIGTERM", []string{"snapshot", "slow.sql", "-o", "slow.strata"}, syscall.SIGTERM},
			{"diff SIGKILL", []string{"diff", "slow.sql", "good.sql"}, syscall.SIGKILL},
			// log's one server, in the middle of a migration folder's steps.
			{"log SIGINT", []string{"log", "--steps", "good.sql", "migrations", "-o", "slow.strata"}, syscall.SIGINT},
		} {
			t.Run(tc.name, func(t *testing.T) {
				tmp := sigTempDir(t)
				dir := t.TempDir()
				writeFiles(t, dir, map[string]string{
					"good.sql":           "CREATE TABLE t (id int);",
					"slow.sql":           "CREATE TABLE t (id int);\nSELECT pg_sleep(600);\n",
					"migrations/1_a.sql": "CREATE TABLE t (id int);",
					"migrations/2_b.sql": "CREATE TABLE u (id int);\nSELECT pg_sleep(600);\n",
					"migrations/3_c.sql": "CREATE TABLE v (id int);",
				})
				cmd := exec.Command(bin, append(tc.args, "--pg-major", fmt.Sprint(c.Major))...)
				cmd.Dir, cmd.Env = dir, sqlEnv(t, c, "TMPDIR="+tmp)
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				exited, waitErr := startCmd(t, cmd)
				postmaster := waitForSleep(t, tmp, exited, &stderr)

				sent := time.Now()
				cmd.Process.Signal(tc.signal)
				if tc.signal == syscall.SIGKILL {
					<-exited
					// The watchdog's work: it waits for the pipe to close.
					waitFor(t, 30*time.Second, "the watchdog to stop the server and remove "+tmp, func() bool {
						entries, _ := os.ReadDir(tmp)
						return len(entries) == 0 && !alive(postmaster)
					})
					return
				}
				assertInterrupted(t, exited, waitErr, &stderr, sent, time.Minute)
				if stdout.Len() != 0 {
					t.Errorf("stdout %q", stdout.String())
				}
				// At once: pgstrata stops the server before it exits.
				if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
					t.Errorf("left in the temp dir: %v", entries)
				}
				if alive(postmaster) {
					t.Errorf("the server (pid %d) is still running", postmaster)
				}
				if _, err := os.Stat(filepath.Join(dir, "slow.strata")); err == nil {
					t.Error("an interrupted run wrote its file")
				}
			})
		}
	})
}

// sigTempDir makes a TMPDIR of the run's own, where the throwaway
// server's files go, and that the postgres user can enter when we are
// root.
func sigTempDir(t *testing.T) string {
	t.Helper()
	tmp, err := os.MkdirTemp("", "pgstrata-sigtest-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(tmp) })
	os.Chmod(tmp, 0o755)
	return tmp
}

// waitForSleep waits until the throwaway server under tmp runs the load's
// pg_sleep, and returns the server's pid.
func waitForSleep(t *testing.T, tmp string, exited <-chan struct{}, stderr *bytes.Buffer) int {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		select {
		case <-exited:
			t.Fatalf("pgstrata ended before loading: %q", stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no throwaway server ran pg_sleep within two minutes; stderr %q", stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
		pids, _ := filepath.Glob(filepath.Join(tmp, "pgstrata-pg-*", "pg*", "data", "postmaster.pid"))
		if len(pids) != 1 {
			continue
		}
		content, err := os.ReadFile(pids[0])
		lines := strings.Split(string(content), "\n")
		if err != nil || len(lines) < 5 {
			continue
		}
		pid, _ := strconv.Atoi(lines[0])
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		conn, err := pgx.Connect(ctx, fmt.Sprintf("host=%s port=%s user=postgres dbname=template1 sslmode=disable", lines[4], strings.TrimSpace(lines[3])))
		if err == nil {
			var n int
			err = conn.QueryRow(ctx, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%' AND state = 'active'").Scan(&n)
			conn.Close(ctx)
			if err == nil && n == 1 {
				cancel()
				return pid
			}
		}
		cancel()
	}
}

// alive reports whether process pid exists and is not a zombie.
func alive(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true // no /proc: assume it runs
	}
	fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
	return len(fields) == 0 || fields[0] != "Z"
}

// waitFor polls cond until it holds, or fails after limit.
func waitFor(t *testing.T, limit time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited %s for %s", limit, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
