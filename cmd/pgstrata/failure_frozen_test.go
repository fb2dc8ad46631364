package main

// Servers that stop answering: one that accepts connections and never says
// a word, and a backend stopped (SIGSTOP) in the middle of a read. The
// server's own timeouts cannot end either wait, so pgstrata's client-side
// deadlines must: one line, exit status 1, no file.

import (
	"fmt"
	"net"
	"syscall"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// silentServer listens on a loopback port, accepts every connection and
// never answers; the connections are closed when the test ends.
func silentServer(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	conns := make(chan net.Conn, 100)
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			conns <- conn
		}
	}()
	t.Cleanup(func() {
		l.Close()
		for {
			select {
			case c := <-conns:
				c.Close()
			default:
				return
			}
		}
	})
	return l.Addr().(*net.TCPAddr).Port
}

func TestSnapshotSilentServer(t *testing.T) {
	c := pgtest.Clusters(t)[0]
	good := goodSnapshot(t, c)
	port := silentServer(t)
	// sslmode=disable: with prefer, pgx waits once for the TLS answer and
	// once more for the plain one, and says so twice.
	source := fmt.Sprintf("postgres://postgres@127.0.0.1:%d/db?sslmode=disable", port)
	t.Run("default connect timeout", func(t *testing.T) {
		defer func(d time.Duration) { snapshot.DefaultConnectTimeout = d }(snapshot.DefaultConnectTimeout)
		snapshot.DefaultConnectTimeout = time.Second
		assertFailsCleanly(t, source, good, fmt.Sprintf("127.0.0.1:%d", port), "timeout")
	})
	t.Run("PGCONNECT_TIMEOUT", func(t *testing.T) {
		t.Setenv("PGCONNECT_TIMEOUT", "1")
		assertFailsCleanly(t, source, good, fmt.Sprintf("127.0.0.1:%d", port), "timeout")
	})
	t.Run("connect_timeout", func(t *testing.T) {
		assertFailsCleanly(t, source+"&connect_timeout=1", good, fmt.Sprintf("127.0.0.1:%d", port), "timeout")
	})
}

// TestSnapshotStoppedBackend stops the backend of a read while it waits for
// a lock (so that it is stopped mid-read, for certain), and continues it
// once the command has ended. A stopped backend cannot act on its
// statement timeout, nor on a cancel request.
func TestSnapshotStoppedBackend(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		good := goodSnapshot(t, c)
		db := c.CreateDB(t)
		lockView(t, c, db)
		stop := func(t *testing.T, done <-chan struct{}) {
			pid := waitUntilBlocked(t, c, db, done)
			if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
				t.Fatalf("stopping backend %d: %v", pid, err)
			}
			defer syscall.Kill(pid, syscall.SIGCONT)
			started := time.Now()
			select {
			case <-done:
			case <-time.After(2 * time.Minute):
				t.Errorf("still waiting for the stopped backend after two minutes")
				<-done
			}
			t.Logf("ended %s after the backend was stopped", time.Since(started).Round(time.Millisecond))
		}
		// --statement-timeout=1s: the client gives up after 1.25s + 5s
		// without an answer, and on the connection 5s after that.
		assertFailsCleanlyWhile(t, c.URL(db), good, []string{"--lock-timeout=0s", "--statement-timeout=1s"}, stop,
			"did not answer", "--statement-timeout=1s")
		waitForNoSessions(t, c, db)
	})
}
