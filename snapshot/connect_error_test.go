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
