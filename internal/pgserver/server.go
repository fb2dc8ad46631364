package pgserver

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
)

// Server is one running throwaway PostgreSQL server.
type Server struct {
	Major      int    // server major version, e.g. 17
	VersionNum int    // server_version_num, e.g. 170010
	Version    string // server_version, e.g. "17.10"
	Port       int    // TCP port on 127.0.0.1; 0 when it listens on SocketDir only
	BinDir     string // directory of initdb and postgres
	Psql       string // psql client to load SQL with
	Source     string // where the binaries came from (see Binaries.Source)
	DataDir    string
	SocketDir  string // unix_socket_directories ("" if the path would be too long)

	dir        string        // holds data/, the socket and postgres.log; removed by Stop
	postmaster *os.Process   // the running server, nil before it starts
	exited     chan struct{} // closed when the postmaster has exited
	cred       *credential   // non-nil when the server tools run as the postgres user
	cfg        Config
	stopped    atomic.Bool
	stop       sync.Once
}

// Config says how a server is set up. The zero Config is the test
// harness's shared server: trust on loopback TCP and the socket.
type Config struct {
	// HBA holds pg_hba.conf lines for every role but postgres. They replace
	// the default trust on loopback; postgres keeps trust on 127.0.0.1 and
	// the socket. Empty keeps the defaults.
	HBA string
	// Conf is appended to the server's settings, e.g. "ssl = on\n".
	Conf string
	// Files are written into the data directory before the server starts,
	// owned by the server's user with mode 0600 (what PostgreSQL demands of
	// a private key), e.g. "server.crt" and "server.key" for ssl = on.
	Files map[string][]byte
	// SocketOnly listens on a Unix socket in a directory only the server's
	// user (and root) can enter, and not on TCP: no other local user can
	// connect to a server that trusts every connection, and no port can be
	// taken in between. Where the socket path would be too long, the server
	// listens on 127.0.0.1 after all.
	SocketOnly bool
	// TemplateCache, when set, is a folder where the result of initdb is
	// kept per binaries, so that later starts copy it instead of running
	// initdb (about 0.3 s instead of 1.4 s).
	TemplateCache string
	// Trace, when set, is told how long each step of starting took.
	Trace func(step string, took time.Duration)
}

// Start starts a fresh server of bins in a new directory under the
// process's temp root, configured as cfg says. Stop it when done (Stop
// removes everything it made); if the process dies first, a watchdog does.
func Start(ctx context.Context, bins Binaries, cfg Config) (*Server, error) {
	dir0, err := acquireRoot()
	if err != nil {
		return nil, err
	}
	cred, err := serverCredential()
	if err != nil {
		releaseRoot()
		return nil, err
	}
	dir, err := os.MkdirTemp(dir0, fmt.Sprintf("pg%d-", bins.Major))
	if err != nil {
		releaseRoot()
		return nil, err
	}
	s := &Server{
		Major: bins.Major, BinDir: bins.BinDir, Psql: bins.Psql, Source: bins.Source,
		DataDir: filepath.Join(dir, "data"), SocketDir: dir, dir: dir, cred: cred, cfg: cfg,
	}
	if err := s.start(ctx); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

func (s *Server) start(ctx context.Context) error {
	// The server writes its socket and log here, so it must own the
	// directory.
	mode := os.FileMode(0o755)
	if s.cfg.SocketOnly {
		mode = 0o700
	}
	if err := s.chown(s.dir, mode); err != nil {
		return err
	}
	t0 := time.Now()
	step, err := s.makeDataDir(ctx)
	if err != nil {
		return err
	}
	s.trace(step, t0)
	t0 = time.Now()
	if err := s.startServer(ctx); err != nil {
		return err
	}
	s.trace("starting the server", t0)
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.URL("postgres"))
	if err == nil {
		err = conn.QueryRow(ctx, "SELECT current_setting('server_version_num')::int, current_setting('server_version')").Scan(&s.VersionNum, &s.Version)
		conn.Close(ctx)
	}
	if err == nil && s.VersionNum/10000 != s.Major {
		err = fmt.Errorf("binaries in %s are version %d, not %d", s.BinDir, s.VersionNum, s.Major)
	}
	if err != nil {
		return fmt.Errorf("PostgreSQL %d: %w", s.Major, err)
	}
	return nil
}

func (s *Server) trace(step string, since time.Time) {
	if s.cfg.Trace != nil {
		s.cfg.Trace(step, time.Since(since))
	}
}

// opTimeout bounds the statements run by the package itself. Generous
// because test suites share few cores.
const opTimeout = 5 * time.Minute

func (s *Server) chown(p string, mode os.FileMode) error {
	if err := os.Chmod(p, mode); err != nil || s.cred == nil {
		return err
	}
	return os.Chown(p, int(s.cred.Uid), int(s.cred.Gid))
}

// Tool prepares one of the server programs, run as the server's user from
// a directory it can read (some tools call getcwd and warn if they cannot),
// in a process group of its own: a Ctrl-C at the terminal is ours to handle
// (we stop the server), not the server's.
func (s *Server) Tool(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(s.BinDir, name), args...)
	cmd.Dir = s.dir
	cmd.Env = ChildEnv()
	cmd.SysProcAttr = procAttr(s.cred)
	return cmd
}

// ChildEnv is our environment without libpq's PG* variables and locale
// settings, which would otherwise leak into connections and initdb.
func ChildEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") && !strings.HasPrefix(kv, "LC_") && !strings.HasPrefix(kv, "LANG=") {
			env = append(env, kv)
		}
	}
	return append(env, "LANG=C")
}

// configure writes pg_hba.conf and the files of the Config into a fresh
// data directory, and makes postgresql.conf include the settings that
// startServer writes.
func (s *Server) configure() error {
	// Trust on loopback and the socket: the harness and pgstrata connect as
	// postgres without a password. A test needing password auth for some
	// role adds a "host all ROLE 127.0.0.1/32 scram-sha-256" line above
	// these and reloads (password_encryption is already scram).
	hba := "local all all trust\n" +
		"host all all 127.0.0.1/32 trust\n" +
		"host all all ::1/128 trust\n" +
		"local replication all trust\n" +
		"host replication all 127.0.0.1/32 trust\n"
	if s.cfg.HBA != "" {
		// postgres keeps trust; every other role gets cfg.HBA.
		hba = "local all all trust\n" +
			"host all postgres 127.0.0.1/32 trust\n" +
			s.cfg.HBA
	}
	if err := s.WriteServerFile("pg_hba.conf", hba); err != nil {
		return err
	}
	for name, content := range s.cfg.Files {
		if err := s.WriteServerFile(name, string(content)); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(filepath.Join(s.DataDir, "postgresql.conf"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.WriteString("\ninclude '" + confFile + "'\n")
	return errors.Join(err, f.Close())
}

// confFile holds the settings startServer writes for each start.
const confFile = "pgserver.conf"

// WriteServerFile writes a file into the data directory owned by the
// server's user (the server refuses files it cannot read, and initdb made
// the directory 0700).
func (s *Server) WriteServerFile(name, content string) error {
	p := filepath.Join(s.DataDir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		return err
	}
	if s.cred != nil {
		return os.Chown(p, int(s.cred.Uid), int(s.cred.Gid))
	}
	return nil
}

var bindFailure = regexp.MustCompile(`could not bind|Address already in use|could not create any TCP/IP sockets`)

// startServer starts the postmaster and waits until it accepts
// connections. On TCP, the port is found by listening on :0 and closing
// again, so another process can take it in between: retry with a new port
// when the bind fails.
func (s *Server) startServer(ctx context.Context) error {
	// Unix socket paths are limited to ~107 bytes, so under a long $TMPDIR
	// go without (on TCP) rather than fail to start.
	sockets := s.SocketDir
	if len(sockets)+len("/.s.PGSQL.65535.lock") > 100 {
		sockets, s.SocketDir = "", ""
	}
	for attempt := 1; ; attempt++ {
		listen, port := "", 0
		if !s.cfg.SocketOnly || sockets == "" {
			var err error
			if port, err = freePort(); err != nil {
				return err
			}
			listen = "127.0.0.1"
		}
		conf := fmt.Sprintf(`# written by internal/pgserver: speed over durability, loopback only
listen_addresses = '%s'
port = %d
unix_socket_directories = '%s'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
password_encryption = 'scram-sha-256'
`, listen, max(port, 5432), sockets) + s.cfg.Conf
		if err := s.WriteServerFile(confFile, conf); err != nil {
			return err
		}
		err := s.runPostmaster(ctx)
		if err == nil {
			s.Port = port
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		log := s.Log(40)
		if attempt < 5 && port != 0 && bindFailure.MatchString(log) {
			continue
		}
		return fmt.Errorf("starting postgres (%s, port %d): %v\nserver log:\n%s", s.BinDir, port, err, log)
	}
}

// runPostmaster starts postgres itself, rather than through pg_ctl, whose
// waits poll ten times a second in both directions: the server's
// postmaster.pid says "ready" as soon as it accepts connections, and it is
// polled here every 5 ms.
func (s *Server) runPostmaster(ctx context.Context) error {
	logFile, err := os.OpenFile(filepath.Join(s.dir, "postgres.log"), os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer logFile.Close() // the postmaster has its own copy
	cmd := s.Tool("postgres", "-D", s.DataDir)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		return err
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	s.postmaster, s.exited = cmd.Process, exited
	deadline := time.After(3 * time.Minute)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-exited:
			return fmt.Errorf("postgres exited at start")
		case <-ctx.Done():
			s.kill()
			return ctx.Err()
		case <-deadline:
			s.kill()
			return fmt.Errorf("postgres did not start within three minutes")
		case <-tick.C:
			if s.ready() {
				return nil
			}
		}
	}
}

// ready reports whether postmaster.pid says the server accepts
// connections (its eighth line, PM_STATUS_READY; PostgreSQL 10 on).
func (s *Server) ready() bool {
	pid, err := os.ReadFile(filepath.Join(s.DataDir, "postmaster.pid"))
	if err != nil {
		return false
	}
	lines := strings.Split(string(pid), "\n")
	return len(lines) > 7 && strings.TrimSpace(lines[7]) == "ready"
}

// kill asks the postmaster for an immediate shutdown (SIGQUIT: every
// backend ends at once, nothing is flushed) and waits until it has exited,
// killing it outright after a minute.
func (s *Server) kill() {
	if s.postmaster == nil {
		return
	}
	quit(s.postmaster)
	select {
	case <-s.exited:
	case <-time.After(time.Minute):
		killGroup(s.postmaster.Pid)
		<-s.exited
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

// Tail returns the last lines of b.
func Tail(b []byte, lines int) string {
	ls := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(ls) > lines {
		ls = ls[len(ls)-lines:]
	}
	return strings.Join(ls, "\n")
}

// Log returns the end of the server's log, for messages about a failure.
func (s *Server) Log(lines int) string {
	log, _ := os.ReadFile(filepath.Join(s.dir, "postgres.log"))
	return Tail(log, lines)
}

// URL is a libpq/pgx connection URL for database db as the superuser.
func (s *Server) URL(db string) string {
	if s.Port == 0 {
		return fmt.Sprintf("postgres://postgres@/%s?host=%s&sslmode=disable", url.PathEscape(db), url.QueryEscape(s.SocketDir))
	}
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.Port, url.PathEscape(db))
}

// Stopped reports whether Stop was called.
func (s *Server) Stopped() bool { return s.stopped.Load() }

// Dir is the server's own folder (holding data/), which Stop removes, and
// the watchdog if the process dies first: a place for temporary files
// that must go with the server.
func (s *Server) Dir() string { return s.dir }

// Stop shuts the server down at once (it is thrown away: nothing needs
// flushing; see kill) and removes its directory. It may be called more than once and
// from several goroutines (a Ctrl-C handler, say); every call returns once
// the server is gone.
func (s *Server) Stop() {
	s.stop.Do(func() {
		s.stopped.Store(true)
		s.kill()
		os.RemoveAll(s.dir)
		releaseRoot()
	})
}

// Exec runs sql (one or more statements, simple protocol) on a new
// connection to db.
func (s *Server) Exec(ctx context.Context, db, sql string) error {
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.URL(db))
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	_, err = conn.Exec(ctx, sql)
	return err
}
