package main

// Servers that cannot be reached, refuse us, or are not what pgstrata reads:
// each must end in exit status 1, one clear line on stderr and no file at
// the -o path (an earlier file there stays byte for byte what it was).

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgproto3"
	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// earlierFile is what a -o path held before a failed run; it must still hold
// exactly this afterwards.
var earlierFile = []byte("an earlier snapshot, not to be touched\n")

// assertFailsCleanly runs `snapshot SOURCE -o FILE` into an empty directory
// and over an earlier file, and `diff SOURCE GOOD -o FILE`, and checks each
// against the error contract: status 1, one line mentioning every string of
// want (each once: pgx lists a failure once per address and TLS attempt, and
// the CLI must not), nothing on stdout, and the -o directory exactly as it
// was (no output, no temporary file, an earlier file untouched).
// good is a valid snapshot file for the other side of the diff.
func assertFailsCleanly(t *testing.T, source, good string, want ...string) {
	t.Helper()
	assertFailsCleanlyWhile(t, source, good, nil, nil, want...)
}

// assertFailsCleanlyWhile is assertFailsCleanly with more arguments for
// each command and, when during is not nil, something to do while each
// command runs (it runs in the background until done is closed).
func assertFailsCleanlyWhile(t *testing.T, source, good string, flags []string, during func(t *testing.T, done <-chan struct{}), want ...string) {
	t.Helper()
	runs := []struct {
		name    string
		args    []string
		earlier []byte
	}{
		{"snapshot", []string{"snapshot", source}, nil},
		{"snapshot over a file", []string{"snapshot", source}, earlierFile},
		{"diff", []string{"diff", source, good}, nil},
	}
	for _, r := range runs {
		dir := t.TempDir()
		out := filepath.Join(dir, "out")
		if r.earlier != nil {
			if err := os.WriteFile(out, r.earlier, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		args := append(append(r.args, "-o", out), flags...)
		var code int
		var stdout, stderr string
		if during == nil {
			code, stdout, stderr = runCLI(t, args...)
		} else {
			done := make(chan struct{})
			go func() {
				defer close(done)
				var o, e bytes.Buffer
				code = run(args, &o, &e)
				stdout, stderr = o.String(), e.String()
			}()
			during(t, done)
			<-done
		}
		t.Logf("%s: %s", r.name, strings.TrimSpace(stderr)) // shown with -v: what users would read
		assertOneLineError(t, code, stderr, want[0])
		// diff starts its line with the source (password removed); the rest
		// is the same as snapshot's.
		message := strings.TrimPrefix(stderr, "pgstrata: "+strata.RedactSource(source)+": ")
		for _, w := range want {
			if n := strings.Count(message, w); n != 1 {
				t.Errorf("%s: stderr mentions %q %d times, want once: %q", r.name, w, n, stderr)
			}
		}
		if stdout != "" {
			t.Errorf("%s: stdout %q on error", r.name, stdout)
		}
		assertDirHolds(t, dir, out, r.earlier)
	}
}

// assertDirHolds checks that dir holds nothing but, if earlier is not nil,
// the file path with exactly the bytes earlier.
func assertDirHolds(t *testing.T, dir, path string, earlier []byte) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if filepath.Join(dir, e.Name()) != path || earlier == nil {
			names = append(names, e.Name())
		}
	}
	if len(names) > 0 {
		t.Errorf("a failed run left files in the output directory: %v", names)
	}
	if earlier == nil {
		return
	}
	if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, earlier) {
		t.Errorf("the earlier file at %s changed: now %q (%v), was %q", path, got, err, earlier)
	}
}

// goodSnapshot writes a snapshot of an empty database of c, for the other
// side of a diff.
func goodSnapshot(t *testing.T, c *pgtest.Cluster) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "good.strata")
	if code, _, stderr := runCLI(t, "snapshot", c.URL(c.CreateDB(t)), "-o", path); code != exitOK {
		t.Fatalf("snapshot of an empty database: status %d: %s", code, stderr)
	}
	return path
}

// unusedPort returns a loopback port nobody listens on (it listened a moment
// ago; another process taking it in between is unlikely enough for a test).
func unusedPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return port
}

// passwordRole creates a login role with a password on c and makes c ask it
// for the password (scram) on loopback, unlike the trusted postgres. The
// role is dropped when the test ends.
func passwordRole(t *testing.T, c *pgtest.Cluster, password string) string {
	t.Helper()
	role := fmt.Sprintf("pw_%d_%d", time.Now().UnixNano()%1e9, os.Getpid())
	c.Exec(t, "postgres", fmt.Sprintf("CREATE ROLE %s LOGIN PASSWORD '%s'", role, password))
	t.Cleanup(func() { c.Exec(t, "postgres", "DROP ROLE IF EXISTS "+role) })
	c.AddHBA(t, "host all "+role+" 127.0.0.1/32 scram-sha-256")
	return role
}

func TestSnapshotServerFailures(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		good := goodSnapshot(t, c)
		db := c.CreateDB(t)
		role := passwordRole(t, c, "right-password")
		port := unusedPort(t)
		cases := []struct {
			name   string
			source string
			want   []string
		}{
			// sslmode=prefer (the default) tries TLS, then plain: pgx
			// reports both refusals, the CLI one.
			{"refused", fmt.Sprintf("postgres://postgres@127.0.0.1:%d/db", port),
				[]string{fmt.Sprintf("127.0.0.1:%d", port), "connection refused"}},
			// Both loopback addresses of localhost, where there are two.
			{"refused localhost", fmt.Sprintf("host=localhost port=%d user=postgres dbname=db", port),
				[]string{"connection refused"}},
			// .invalid never resolves (RFC 6761); connect_timeout bounds a
			// machine whose resolver does not answer at all.
			{"unknown host", "postgres://postgres@nonexistent.invalid/db?connect_timeout=20",
				[]string{"nonexistent.invalid"}},
			{"wrong password", fmt.Sprintf("postgres://%s:wrong-password@127.0.0.1:%d/%s", role, c.Port, db),
				[]string{fmt.Sprintf(`password authentication failed for user "%s"`, role)}},
			{"no password", fmt.Sprintf("postgres://%s@127.0.0.1:%d/%s?sslmode=disable", role, c.Port, db),
				[]string{"no password supplied"}},
			{"missing database", fmt.Sprintf("postgres://postgres@127.0.0.1:%d/no_such_db", c.Port),
				[]string{`database "no_such_db" does not exist`}},
			// The shared clusters run without ssl.
			{"TLS required by client", fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=require", c.Port, db),
				[]string{"TLS"}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				if tc.name == "no password" {
					t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
				}
				assertFailsCleanly(t, tc.source, good, tc.want...)
			})
		}
	})
}

// TestSnapshotTLSOnlyServer runs against a cluster of its own whose pg_hba
// admits everyone but the harness's postgres only over TLS with a password
// (one major: this is pgx and pg_hba at work, not the catalog reader).
func TestSnapshotTLSOnlyServer(t *testing.T) {
	c, _, db := startTLSOnlyCluster(t)
	good := goodSnapshot(t, c)
	url := func(params string) string {
		return fmt.Sprintf("postgres://app:tls-password@127.0.0.1:%d/%s?%s", c.Port, db, params)
	}

	// Over TLS it works (so the failures below are about TLS, not a broken
	// cluster); with sslmode=prefer pgx tries TLS first.
	for _, params := range []string{"sslmode=require", "sslmode=prefer"} {
		out := filepath.Join(t.TempDir(), "tls.strata")
		if code, _, stderr := runCLI(t, "snapshot", url(params), "-o", out); code != exitOK {
			t.Fatalf("%s: status %d: %s", params, code, stderr)
		}
	}
	t.Run("sslmode=disable", func(t *testing.T) {
		// PostgreSQL 12 and 13 word it "SSL off", 14 and later "no encryption".
		unencrypted := "no encryption"
		if c.Major < 14 {
			unencrypted = "SSL off"
		}
		assertFailsCleanly(t, url("sslmode=disable"), good, "no pg_hba.conf entry", unencrypted)
	})
	// The certificate is self-signed: a client that checks it must refuse.
	t.Run("sslmode=verify-full", func(t *testing.T) {
		assertFailsCleanly(t, url("sslmode=verify-full"), good, "certificate signed by unknown authority")
	})
}

// startTLSOnlyCluster starts a cluster of the test's own (of the first
// major) that admits everyone but the harness's postgres only over TLS,
// with a self-signed certificate (returned, PEM) and a password: role
// "app", password "tls-password", and a database of its own.
func startTLSOnlyCluster(t *testing.T) (c *pgtest.Cluster, cert []byte, db string) {
	t.Helper()
	major := pgtest.Clusters(t)[0].Major
	cert, key := selfSignedCert(t)
	c = pgtest.StartCluster(t, major, pgtest.Config{
		HBA:   "hostssl all all 127.0.0.1/32 scram-sha-256\n",
		Conf:  "ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n",
		Files: map[string][]byte{"server.crt": cert, "server.key": key},
	})
	db = c.CreateDB(t)
	c.Exec(t, "postgres", "CREATE ROLE app LOGIN PASSWORD 'tls-password'")
	return c, cert, db
}

// selfSignedCert makes a throwaway certificate for 127.0.0.1 and its key, in
// PEM, as the server's ssl_cert_file and ssl_key_file.
func selfSignedCert(t *testing.T) (certPEM, keyPEM []byte) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "pgstrata test server"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER})
}

// TestSnapshotOldServer checks the refusal of servers older than 12. No
// such server can run here, so a fake one speaks just enough of the
// protocol: it admits anyone, says it is 11.22, and answers the queries the
// reader sends before it learns the version.
func TestSnapshotOldServer(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		good := goodSnapshot(t, c)
		addr := fakeServer(t, "11.22 (Debian 11.22-1)", 110022)
		for _, sslmode := range []string{"disable", "prefer"} {
			source := fmt.Sprintf("postgres://postgres@%s/olddb?sslmode=%s", addr, sslmode)
			assertFailsCleanly(t, source, good, "unsupported server: PostgreSQL 11.22")
		}
	})
}

// fakeServer listens on loopback until the test ends and returns its
// address. Each connection: no TLS, no password, then a simple-query loop
// that acknowledges BEGIN and ROLLBACK, answers set_config and the version
// query, and rejects anything else with an error (so a reader that went on
// without checking the version would fail differently).
func fakeServer(t *testing.T, version string, versionNum int) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			go serveFake(conn, version, versionNum)
		}
	}()
	return l.Addr().String()
}

func serveFake(conn net.Conn, version string, versionNum int) {
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Minute)) // never hang the test
	be := pgproto3.NewBackend(conn, conn)
	for {
		msg, err := be.ReceiveStartupMessage()
		if err != nil {
			return
		}
		if _, ok := msg.(*pgproto3.StartupMessage); ok {
			break
		}
		switch msg.(type) {
		case *pgproto3.SSLRequest, *pgproto3.GSSEncRequest:
			conn.Write([]byte("N")) // no TLS here; ask again in plain
		default:
			return // CancelRequest and the like: nothing to do
		}
	}
	be.Send(&pgproto3.AuthenticationOk{})
	for name, value := range map[string]string{
		"server_version": version, "server_encoding": "UTF8", "client_encoding": "UTF8",
		"standard_conforming_strings": "on", "DateStyle": "ISO, MDY", "integer_datetimes": "on",
	} {
		be.Send(&pgproto3.ParameterStatus{Name: name, Value: value})
	}
	be.Send(&pgproto3.BackendKeyData{ProcessID: 4242, SecretKey: []byte{1, 2, 3, 4}})
	txStatus := byte('I')
	be.Send(&pgproto3.ReadyForQuery{TxStatus: txStatus})
	// columns describes a result of text ("name") and integer ("name:int")
	// columns, all sent in text format.
	columns := func(names ...string) *pgproto3.RowDescription {
		rd := &pgproto3.RowDescription{}
		for _, n := range names {
			f := pgproto3.FieldDescription{Name: []byte(n), DataTypeOID: 25, DataTypeSize: -1, TypeModifier: -1}
			if name, ok := strings.CutSuffix(n, ":int"); ok {
				f.Name, f.DataTypeOID, f.DataTypeSize = []byte(name), 23, 4
			}
			rd.Fields = append(rd.Fields, f)
		}
		return rd
	}
	for {
		if be.Flush() != nil {
			return
		}
		msg, err := be.Receive()
		if err != nil {
			return
		}
		q, ok := msg.(*pgproto3.Query)
		if !ok {
			return // Terminate, or a protocol the reader does not use
		}
		sql := strings.ToLower(q.String)
		switch {
		case strings.HasPrefix(sql, "begin"):
			txStatus = 'T'
			be.Send(&pgproto3.CommandComplete{CommandTag: []byte("BEGIN")})
		case strings.HasPrefix(sql, "rollback"):
			txStatus = 'I'
			be.Send(&pgproto3.CommandComplete{CommandTag: []byte("ROLLBACK")})
		case strings.Contains(sql, "set_config"):
			be.Send(columns("set_config"))
			be.Send(&pgproto3.DataRow{Values: [][]byte{[]byte("x")}})
			be.Send(&pgproto3.CommandComplete{CommandTag: []byte("SELECT 1")})
		case strings.Contains(sql, "server_version"):
			be.Send(columns("version", "num:int", "db"))
			be.Send(&pgproto3.DataRow{Values: [][]byte{[]byte(version), []byte(fmt.Sprint(versionNum)), []byte("olddb")}})
			be.Send(&pgproto3.CommandComplete{CommandTag: []byte("SELECT 1")})
		default:
			be.Send(&pgproto3.ErrorResponse{Severity: "ERROR", Code: "XX000", Message: "fake server: unexpected query: " + q.String})
		}
		be.Send(&pgproto3.ReadyForQuery{TxStatus: txStatus})
	}
}
