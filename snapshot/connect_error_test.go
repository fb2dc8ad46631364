package snapshot

import (
	"context"
	"errors"
	"net"
	"os"
	"syscall"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
)

// TestDescribeConnectError covers what the server tests cannot set up on
// loopback: several hosts failing in different ways in one attempt. pgx's
// own error for this is four lines; ours is one, each failure said once.
func TestDescribeConnectError(t *testing.T) {
	config, err := pgconn.ParseConfig("host=db1,db2 port=5432 user=app dbname=shop sslmode=prefer")
	if err != nil {
		t.Fatal(err)
	}
	config.LookupFunc = func(_ context.Context, host string) ([]string, error) {
		if host == "db1" {
			return []string{"10.0.0.1"}, nil
		}
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	config.DialFunc = func(_ context.Context, network, addr string) (net.Conn, error) {
		return nil, &net.OpError{Op: "dial", Net: network, Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	}
	_, err = pgconn.ConnectConfig(context.Background(), config)
	got := describeConnectError(err)
	want := "connecting as user app, database shop: db2: cannot resolve the host name: no such host; db1 (10.0.0.1:5432): connection refused"
	if got.Error() != want {
		t.Errorf("got  %q\nwant %q\n(pgx said %q)", got, want, err)
	}
	if !errors.Is(got, syscall.ECONNREFUSED) {
		t.Errorf("%v does not unwrap to pgx's error", got)
	}
}

// TestConnectToSomethingElse: a port where something else answers (here a
// fake HTTP server) is named as such, not as pgx's "invalid body length".
func TestConnectToSomethingElse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			buf := make([]byte, 512)
			conn.Read(buf) // the startup or SSL request
			conn.Write([]byte("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"))
			conn.Close()
		}
	}()
	for _, sslmode := range []string{"disable", "prefer"} {
		_, err = Connect(context.Background(), "postgres://app@"+ln.Addr().String()+"/shop?connect_timeout=5&sslmode="+sslmode)
		if err == nil {
			t.Fatal("connected to an HTTP server")
		}
		want := "connecting to " + ln.Addr().String() + " as user app, database shop: " + whyNotPostgres
		if err.Error() != want {
			t.Errorf("sslmode=%s: error %q\nwant  %q", sslmode, err, want)
		}
		if ce := (*ConnectError)(nil); !errors.As(err, &ce) {
			t.Errorf("sslmode=%s: %T is not a *ConnectError", sslmode, err)
		}
	}
}

// TestTypedErrors: the errors a library user tells apart print one line
// and unwrap to their cause.
func TestTypedErrors(t *testing.T) {
	cause := errors.New("view app.v changed while it was being read")
	var err error = &SchemaChangingError{Attempts: 5, Last: cause}
	if !errors.Is(err, cause) || err.Error() != "the schema kept changing while it was being read (5 attempts); last: "+cause.Error() {
		t.Errorf("SchemaChangingError: %q", err)
	}
	err = &UnsupportedServerError{Version: "11.22"}
	if err.Error() != "unsupported server: PostgreSQL 11.22 (pgstrata needs 12 or newer)" {
		t.Errorf("UnsupportedServerError: %q", err)
	}
}
