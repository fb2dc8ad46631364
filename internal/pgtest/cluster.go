package pgtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// Cluster is one running PostgreSQL server, shared by all tests of a test
// process. Tests must not Stop it; Main does.
type Cluster struct {
	Major      int    // server major version, e.g. 17
	VersionNum int    // server_version_num, e.g. 170010
	Port       int    // TCP port on 127.0.0.1
	BinDir     string // directory of initdb, pg_ctl and postgres
	Psql       string // psql client used by LoadSQL and LoadFile
	Source     string // where the binaries came from: "debian", "npm <version>", "env ..."
	DataDir    string
	SocketDir  string        // unix_socket_directories ("" if the path would be too long)
	StartTime  time.Duration // binaries + initdb + start; logged when a test fails

	dir     string              // holds data/, the socket and postgres.log; removed by Stop
	cred    *syscall.Credential // non-nil when the server tools run as the postgres user
	cfg     Config              // zero for the shared clusters; see StartCluster
	stopped atomic.Bool
	stop    sync.Once
}

// Timeouts for statements run by the harness itself (CREATE/DROP DATABASE,
// Exec). Generous because the suite shares 2 cores with other packages.
const opTimeout = 5 * time.Minute

// startCluster obtains binaries for major and starts a fresh cluster in a
// new directory under the process's temp root, configured as cfg says (the
// zero Config for the shared clusters).
func startCluster(major int, cfg Config) (*Cluster, error) {
	t0 := time.Now()
	bins, err := findBinaries(major)
	if err != nil {
		return nil, fmt.Errorf("obtaining PostgreSQL %d binaries: %w", major, err)
	}
	root, err := tempRoot()
	if err != nil {
		return nil, err
	}
	cred, err := serverCredential()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(root, fmt.Sprintf("pg%d-", major))
	if err != nil {
		return nil, err
	}
	c := &Cluster{
		Major: major, BinDir: bins.binDir, Psql: bins.psql, Source: bins.source,
		DataDir: filepath.Join(dir, "data"), SocketDir: dir, dir: dir, cred: cred, cfg: cfg,
	}
	// The server writes its socket and log here, so it must own the directory;
	// 0755 lets root-run psql and cleanup in.
	if err := c.chown(dir); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if err := c.initdb(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if err := c.startServer(); err != nil {
		c.Stop()
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	conn, err := pgx.Connect(ctx, c.URL("postgres"))
	if err == nil {
		err = conn.QueryRow(ctx, "SELECT current_setting('server_version_num')::int").Scan(&c.VersionNum)
		conn.Close(ctx)
	}
	if err == nil && c.VersionNum/10000 != major {
		err = fmt.Errorf("binaries in %s are version %d, not %d", c.BinDir, c.VersionNum, major)
	}
	if err != nil {
		c.Stop()
		return nil, fmt.Errorf("PostgreSQL %d: %w", major, err)
	}
	c.StartTime = time.Since(t0)
	return c, nil
}

// serverCredential is the postgres user's identity when we are root (the
// server refuses to run as root), nil otherwise.
func serverCredential() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("running as root, but PostgreSQL refuses to run as root and there is no postgres user to run it as: %w", err)
	}
	uid, err1 := strconv.Atoi(u.Uid)
	gid, err2 := strconv.Atoi(u.Gid)
	if err := errors.Join(err1, err2); err != nil {
		return nil, err
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

func (c *Cluster) chown(p string) error {
	if err := os.Chmod(p, 0o755); err != nil || c.cred == nil {
		return err
	}
	return os.Chown(p, int(c.cred.Uid), int(c.cred.Gid))
}

// tool prepares one of the server programs, run as the server's user from a
// directory it can read (some tools call getcwd and warn if they cannot).
func (c *Cluster) tool(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(c.BinDir, name), args...)
	cmd.Dir = c.dir
	cmd.Env = childEnv()
	if c.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	}
	return cmd
}

// childEnv is our environment without libpq's PG* variables and locale
// settings, which would otherwise leak into connections and initdb.
func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") && !strings.HasPrefix(kv, "LC_") && !strings.HasPrefix(kv, "LANG=") {
			env = append(env, kv)
		}
	}
	return append(env, "LANG=C")
}

func (c *Cluster) initdb() error {
	// C.UTF-8 gives a UTF-8 ctype with byte-order collation, like the
	// servers pgstrata users run. It comes from the system's libc (the npm
	// builds use it too), so fall back to plain C where libc lacks it.
	var out []byte
	var err error
	for _, locale := range []string{"C.UTF-8", "C"} {
		os.RemoveAll(c.DataDir)
		out, err = c.tool("initdb", "-D", c.DataDir, "-U", "postgres", "--auth=trust",
			"-E", "UTF8", "--locale="+locale, "--no-sync").CombinedOutput()
		if err == nil || !bytes.Contains(out, []byte("locale")) {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("initdb (%s): %v\n%s", c.BinDir, err, out)
	}
	// Trust on loopback and the socket: tests connect as postgres without a
	// password. A later test needing password auth for some role can add a
	// "host all ROLE 127.0.0.1/32 scram-sha-256" line above these and
	// SELECT pg_reload_conf() (password_encryption is already scram).
	hba := "local all all trust\n" +
		"host all all 127.0.0.1/32 trust\n" +
		"host all all ::1/128 trust\n" +
		"local replication all trust\n" +
		"host replication all 127.0.0.1/32 trust\n"
	if c.cfg.HBA != "" {
		// The harness connects as postgres over loopback without TLS or a
		// password, so postgres keeps that; every other role gets cfg.HBA.
		hba = "local all all trust\n" +
			"host all postgres 127.0.0.1/32 trust\n" +
			c.cfg.HBA
	}
	if err := c.writeServerFile("pg_hba.conf", hba); err != nil {
		return err
	}
	for name, content := range c.cfg.Files {
		if err := c.writeServerFile(name, string(content)); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(filepath.Join(c.DataDir, "postgresql.conf"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.WriteString("\ninclude 'pgtest.conf'\n")
	return errors.Join(err, f.Close())
}

// writeServerFile writes a file into the data directory owned by the
// server's user (the server refuses files it cannot read, and initdb made
// the directory 0700).
func (c *Cluster) writeServerFile(name, content string) error {
	p := filepath.Join(c.DataDir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		return err
	}
	if c.cred != nil {
		return os.Chown(p, int(c.cred.Uid), int(c.cred.Gid))
	}
	return nil
}

var bindFailure = regexp.MustCompile(`could not bind|Address already in use|could not create any TCP/IP sockets`)

// startServer starts the server with pg_ctl -w on a free port. The port is
// found by listening on :0 and closing again, so another process can take it
// in between: retry with a new port when the bind fails.
func (c *Cluster) startServer() error {
	logFile := filepath.Join(c.dir, "postgres.log")
	// Tests connect over TCP; the socket is a convenience for people poking
	// at a cluster. Unix socket paths are limited to ~107 bytes, so under a
	// long $TMPDIR go without rather than fail to start.
	sockets := c.SocketDir
	if len(sockets)+len("/.s.PGSQL.65535.lock") > 100 {
		sockets, c.SocketDir = "", ""
	}
	for attempt := 1; ; attempt++ {
		port, err := freePort()
		if err != nil {
			return err
		}
		conf := fmt.Sprintf(`# written by internal/pgtest: speed over durability, loopback only
listen_addresses = '127.0.0.1'
port = %d
unix_socket_directories = '%s'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
password_encryption = 'scram-sha-256'
`, port, sockets) + c.cfg.Conf
		if err := c.writeServerFile("pgtest.conf", conf); err != nil {
			return err
		}
		os.Remove(logFile)
		// -l sends the server's output to a file; without it the postmaster
		// would inherit our pipes and CombinedOutput would never return.
		out, err := c.tool("pg_ctl", "-D", c.DataDir, "-l", logFile, "-w", "-t", "180", "-s", "start").CombinedOutput()
		if err == nil {
			c.Port = port
			return nil
		}
		log, _ := os.ReadFile(logFile)
		if attempt < 5 && bindFailure.Match(log) {
			continue
		}
		return fmt.Errorf("pg_ctl start (%s, port %d): %v\n%s\nserver log:\n%s", c.BinDir, port, err, out, tail(log, 40))
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func tail(b []byte, lines int) string {
	ls := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(ls) > lines {
		ls = ls[len(ls)-lines:]
	}
	return strings.Join(ls, "\n")
}

// Stop shuts the server down and removes its directory. It is for Main (and
// the harness); tests share clusters and must not call it.
func (c *Cluster) Stop() {
	c.stop.Do(func() {
		c.stopped.Store(true)
		if fileExists(filepath.Join(c.DataDir, "postmaster.pid")) {
			if c.tool("pg_ctl", "-D", c.DataDir, "-m", "fast", "-w", "-t", "60", "-s", "stop").Run() != nil {
				c.tool("pg_ctl", "-D", c.DataDir, "-m", "immediate", "-w", "-s", "stop").Run()
			}
		}
		os.RemoveAll(c.dir)
	})
}
