package pgserver

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// root is the one temp directory per process under which all its servers
// live, so that one RemoveAll cleans up and a watchdog can find them. It
// exists while at least one server does (acquireRoot, releaseRoot).
var root struct {
	mu         sync.Mutex
	users      int
	dir        string
	watchdog   *exec.Cmd
	watchdogIn io.WriteCloser
}

// rootPrefix names the roots: pgstrata-pg-<pid>-<random>.
const rootPrefix = "pgstrata-pg-"

// acquireRoot returns the process's root, making it (and its watchdog)
// when no server is running.
func acquireRoot() (string, error) {
	root.mu.Lock()
	defer root.mu.Unlock()
	if root.users == 0 {
		base := os.TempDir()
		if os.Geteuid() == 0 && !othersCanTraverse(base) {
			base = "/tmp" // the postgres user must reach its data dir
		}
		sweepStale(base)
		dir, err := os.MkdirTemp(base, fmt.Sprintf("%s%d-", rootPrefix, os.Getpid()))
		if err == nil {
			err = os.Chmod(dir, 0o755)
		}
		if err == nil {
			err = startWatchdog(dir)
		}
		if err != nil {
			if dir != "" {
				os.RemoveAll(dir)
			}
			return "", err
		}
		root.dir = dir
	}
	root.users++
	return root.dir, nil
}

// releaseRoot removes the root once its last server has stopped, and lets
// the watchdog go.
func releaseRoot() {
	root.mu.Lock()
	defer root.mu.Unlock()
	if root.users--; root.users > 0 {
		return
	}
	os.RemoveAll(root.dir)
	// Closing the pipe lets the watchdog finish (it finds nothing to do).
	root.watchdogIn.Close()
	root.watchdog.Wait()
	root.dir, root.watchdog, root.watchdogIn = "", nil, nil
}

// watchdogScript waits for EOF on stdin, which happens when our process
// exits however it exits (including panics, go test's timeout and SIGKILL,
// when no Stop runs). It then asks every postmaster under the root for an
// immediate shutdown (SIGQUIT), waits up to 10s for them to remove their
// postmaster.pid (they do on exit) and deletes the root.
const watchdogScript = `
cat >/dev/null
for f in "$1"/*/data/postmaster.pid; do
	[ -f "$f" ] && kill -QUIT "$(head -n 1 "$f")" 2>/dev/null
done
i=0
while [ $i -lt 100 ] && ls "$1"/*/data/postmaster.pid >/dev/null 2>&1; do sleep 0.1; i=$((i+1)); done
rm -rf "$1"
`

func startWatchdog(dir string) error {
	cmd := exec.Command("/bin/sh", "-c", watchdogScript, "pgstrata-pg-watchdog", dir)
	// Own session: a Ctrl-C aimed at us must not kill the watchdog before
	// it has cleaned up. No stdout/stderr: go test waits for those.
	cmd.SysProcAttr = sessionAttr()
	in, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting cleanup watchdog: %w", err)
	}
	root.watchdog, root.watchdogIn = cmd, in
	return nil
}

// sweepStale removes roots left by processes that no longer exist (only
// possible if their watchdog was killed too). Servers still running there
// notice their deleted postmaster.pid and shut down within a minute; we do
// not signal them, as a stale pid may belong to someone else by now.
// (pgstrata-pgtest-* is what the test harness called its roots before.)
func sweepStale(base string) {
	for _, prefix := range []string{rootPrefix, "pgstrata-pgtest-"} {
		dirs, _ := filepath.Glob(filepath.Join(base, prefix+"*"))
		for _, d := range dirs {
			f := strings.Split(strings.TrimPrefix(filepath.Base(d), prefix), "-")
			pid, err := strconv.Atoi(f[0])
			if err != nil || pid == os.Getpid() {
				continue
			}
			if processGone(pid) {
				os.RemoveAll(d)
			}
		}
	}
}
