//go:build linux

package main

// Passwords as libpq tools get them, with the built binary against a role
// that must give its password (scram): a password file that others can
// read is ignored with libpq's warning; with no password the error says
// "no password supplied"; on a terminal pgstrata asks once (never with -w,
// always with -W, never when standard input is not a terminal). The
// terminal is a pseudo-terminal made here (/dev/ptmx).

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// lockedBuffer is a bytes.Buffer safe to read while a process writes it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// binRun is one run of the built binary.
type binRun struct {
	cmd            *exec.Cmd
	stdout, stderr lockedBuffer
	done           chan struct{}
	code           int
}

// startPgstrata starts bin with args, the environment cleanEnv plus env (no
// password file unless env names one), and stdin (nil: /dev/null).
func startPgstrata(t *testing.T, bin string, stdin *os.File, env []string, args ...string) *binRun {
	t.Helper()
	r := &binRun{done: make(chan struct{})}
	r.cmd = exec.Command(bin, args...)
	r.cmd.Env = append(append(cleanEnv(), "PGPASSFILE="+filepath.Join(t.TempDir(), "none"), "PGCONNECT_TIMEOUT=20"), env...)
	if stdin != nil {
		r.cmd.Stdin = stdin
	}
	r.cmd.Stdout, r.cmd.Stderr = &r.stdout, &r.stderr
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(r.done)
		err := r.cmd.Wait()
		if ee, ok := err.(*exec.ExitError); ok {
			r.code = ee.ExitCode()
		} else if err != nil {
			r.code = -1
		}
	}()
	t.Cleanup(func() {
		select {
		case <-r.done:
		default:
			r.cmd.Process.Kill()
			<-r.done
		}
	})
	return r
}

// wait waits for the run to end (two minutes at most) and returns its
// status.
func (r *binRun) wait(t *testing.T) int {
	t.Helper()
	select {
	case <-r.done:
	case <-time.After(2 * time.Minute):
		t.Fatalf("pgstrata did not end; stderr so far: %q", r.stderr.String())
	}
	return r.code
}

// runPgstrata runs bin to the end: its status, stdout and stderr.
func runPgstrata(t *testing.T, bin string, stdin *os.File, env []string, args ...string) (int, string, string) {
	t.Helper()
	r := startPgstrata(t, bin, stdin, env, args...)
	code := r.wait(t)
	return code, r.stdout.String(), r.stderr.String()
}

// openPty opens a pseudo-terminal: the master side (what a terminal
// emulator holds) and the terminal itself, for a child's standard input.
func openPty(t *testing.T) (master, tty *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	fd := int(master.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatalf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Fatalf("ptsname: %v", err)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tty.Close() })
	return master, tty
}

// waitForText waits until s() holds want, or fails after a minute.
func waitForText(t *testing.T, what string, s func() string, want string) {
	t.Helper()
	waitFor(t, time.Minute, fmt.Sprintf("%s to show %q (it shows %q)", what, want, s()), func() bool { return strings.Contains(s(), want) })
}

// passwordTarget is a role of c that must give its password, with a
// database it can read.
type passwordTarget struct {
	role, password, mark, db string
	url                      string // no password in it
}

func newPasswordTarget(t *testing.T, c *pgtest.Cluster) passwordTarget {
	t.Helper()
	password, mark := newSecret(t)
	role := passwordRole(t, c, password)
	db := c.CreateDB(t)
	c.LoadSQL(t, db, "CREATE TABLE public.t (id int PRIMARY KEY)")
	return passwordTarget{role, password, mark, db,
		fmt.Sprintf("postgres://%s@127.0.0.1:%d/%s?sslmode=disable", role, c.Port, db)}
}

func TestPasswordFilePermissions(t *testing.T) {
	bin, _ := sqlTestSetup(t) // built once per test process
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		target := newPasswordTarget(t, c)
		passfile := filepath.Join(t.TempDir(), "pgpass")
		line := fmt.Sprintf("127.0.0.1:%d:*:%s:%s\n", c.Port, target.role, target.password)
		if err := os.WriteFile(passfile, []byte(line), 0o600); err != nil {
			t.Fatal(err)
		}
		warning := fmt.Sprintf(`WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less`, passfile)
		for _, mode := range []os.FileMode{0o640, 0o604, 0o660, 0o644} {
			if err := os.Chmod(passfile, mode); err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{
				{"snapshot", target.url, "-o", filepath.Join(t.TempDir(), "out.strata")},
				{"diff", target.url, target.url},
				{"show", target.url},
			} {
				code, stdout, stderr := runPgstrata(t, bin, nil, []string{"PGPASSFILE=" + passfile}, args...)
				if code != exitError || !strings.Contains(stderr, warning+"\n") || !strings.Contains(stderr, "no password supplied") {
					t.Errorf("%s with a %04o password file: status %d, stderr %q; want the warning and \"no password supplied\"", args[0], mode, code, stderr)
				}
				assertNoSecret(t, args[0]+"'s output", []byte(stdout+stderr), target.mark)
			}
		}
		// The same file, private: used, without a word.
		if err := os.Chmod(passfile, 0o600); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "out.strata")
		code, _, stderr := runPgstrata(t, bin, nil, []string{"PGPASSFILE=" + passfile}, "snapshot", "-q", target.url, "-o", out)
		if code != exitOK || stderr != "" {
			t.Errorf("with a 0600 password file: status %d, stderr %q", code, stderr)
		}
		// A password given otherwise is used, and the open file not even
		// looked at (libpq does not warn then either).
		if err := os.Chmod(passfile, 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, stderr = runPgstrata(t, bin, nil, []string{"PGPASSFILE=" + passfile, "PGPASSWORD=" + target.password},
			"snapshot", "-q", target.url, "-o", out)
		if code != exitOK || stderr != "" {
			t.Errorf("with PGPASSWORD and an open password file: status %d, stderr %q", code, stderr)
		}
		// ~/.pgpass, found through HOME, is held to the same rule.
		home := t.TempDir()
		if err := os.WriteFile(filepath.Join(home, ".pgpass"), []byte(line), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "snapshot", target.url, "-o", out)
		cmd.Env = append(cleanEnv(), "HOME="+home)
		stderrBytes, _ := cmd.CombinedOutput()
		want := fmt.Sprintf(`WARNING: password file "%s" has group`, filepath.Join(home, ".pgpass"))
		if !strings.Contains(string(stderrBytes), want) || !strings.Contains(string(stderrBytes), "no password supplied") {
			t.Errorf("with an open ~/.pgpass: %q", stderrBytes)
		}
	})
}

func TestPasswordPrompt(t *testing.T) {
	bin, _ := sqlTestSetup(t) // built once per test process
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		target := newPasswordTarget(t, c)
		prompt := fmt.Sprintf("Password for user %s: ", target.role)

		t.Run("asks once on a terminal", func(t *testing.T) {
			master, tty := openPty(t)
			var echoed lockedBuffer
			go func() { _, _ = io.Copy(&echoed, master) }() // what the terminal shows
			out := filepath.Join(t.TempDir(), "out.strata")
			r := startPgstrata(t, bin, tty, nil, "snapshot", target.url, "-o", out)
			waitForText(t, "stderr", r.stderr.String, prompt)
			if _, err := master.Write([]byte(target.password + "\n")); err != nil {
				t.Fatal(err)
			}
			if code := r.wait(t); code != exitOK {
				t.Fatalf("status %d: %s", code, r.stderr.String())
			}
			if n := strings.Count(r.stderr.String(), "Password for user"); n != 1 {
				t.Errorf("asked %d times: %q", n, r.stderr.String())
			}
			if _, err := os.Stat(out); err != nil {
				t.Error(err)
			}
			tty.Close()
			time.Sleep(100 * time.Millisecond) // the reader drains what the terminal showed
			master.Close()
			assertNoSecret(t, "the terminal (echo)", []byte(echoed.String()), target.mark)
		})

		t.Run("-w never asks", func(t *testing.T) {
			_, tty := openPty(t)
			code, _, stderr := runPgstrata(t, bin, tty, nil, "snapshot", "-w", target.url, "-o", filepath.Join(t.TempDir(), "out"))
			assertOneLineError(t, code, stderr, "no password supplied")
		})

		t.Run("-W asks first", func(t *testing.T) {
			// PGPASSWORD is wrong: -W asks before connecting, and what
			// is typed wins, as with psql -W.
			master, tty := openPty(t)
			go func() { _, _ = io.Copy(io.Discard, master) }()
			r := startPgstrata(t, bin, tty, []string{"PGPASSWORD=wrong"}, "diff", "-W", target.url, target.url)
			waitForText(t, "stderr", r.stderr.String, prompt)
			if _, err := master.Write([]byte(target.password + "\n")); err != nil {
				t.Fatal(err)
			}
			waitForText(t, "stderr", r.stderr.String, prompt+"\n"+prompt) // each side connects, each asks
			if _, err := master.Write([]byte(target.password + "\n")); err != nil {
				t.Fatal(err)
			}
			if code := r.wait(t); code != exitOK {
				t.Fatalf("status %d: %s", code, r.stderr.String())
			}
		})

		t.Run("not a terminal", func(t *testing.T) {
			// Standard input is /dev/null, then a pipe: no prompt, the
			// plain error.
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			defer w.Close()
			for _, stdin := range []*os.File{nil, r} {
				code, _, stderr := runPgstrata(t, bin, stdin, nil, "snapshot", target.url, "-o", filepath.Join(t.TempDir(), "out"))
				assertOneLineError(t, code, stderr, fmt.Sprintf("as user %s, database %s: no password supplied", target.role, target.db))
				code, _, stderr = runPgstrata(t, bin, stdin, nil, "show", "-W", target.url)
				assertOneLineError(t, code, stderr, "-W (--password): cannot ask for a password: standard input is not a terminal")
			}
		})
	})
}
