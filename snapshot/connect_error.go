package snapshot

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"regexp"
	"slices"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
)

// ConnectError is a failed Connect, told in one line that names what was
// tried and why it failed. It unwraps to pgx's error, so errors.As still
// finds the *pgconn.PgError (SQLSTATE) or *net.OpError underneath.
type ConnectError struct {
	msg string
	err error
}

func (e *ConnectError) Error() string { return e.msg }
func (e *ConnectError) Unwrap() error { return e.err }

// describeConnectError rewrites pgx's connection error for people. pgx
// reports every attempt it made, joined by newlines: each address a host
// name resolved to and, with sslmode=prefer (the default), each of those
// once with TLS and once without. So one refused port reads "127.0.0.1:1
// (127.0.0.1): dial error: dial tcp 127.0.0.1:1: connect: connection
// refused" twice, and a wrong password comes after "tls error: server
// refused TLS connection", which sends people looking at TLS. Here each
// distinct failure is said once, a refused TLS attempt that was followed
// by a plain one (sslmode=prefer at work) is left out, and the cause is
// named plainly:
//
//	connecting to 127.0.0.1:5432 as user app, database shop: password authentication failed for user "app" (SQLSTATE 28P01)
//
// No password can appear: pgx's messages hold none, and neither do ours.
func describeConnectError(err error) error {
	var ce *pgconn.ConnectError
	if !errors.As(err, &ce) {
		return &ConnectError{"connecting: " + err.Error(), err}
	}
	type attempt struct{ where, why string }
	var attempts []attempt
	perAddress := map[string]int{}
	for _, a := range flatten(ce.Unwrap()) {
		where, why := describeAttempt(a)
		if ce.Config.Password == "" && isInvalidPassword(a) {
			// libpq's words: the server asked for a password and none
			// was given (pgx sent an empty one, which the server refused).
			why = whyNoPassword
		}
		if errors.Is(a, context.DeadlineExceeded) && ce.Config.ConnectTimeout > 0 {
			// Not "timeout: context deadline exceeded": whose deadline?
			why = fmt.Sprintf("no answer within %s (connect_timeout, PGCONNECT_TIMEOUT)", ce.Config.ConnectTimeout)
		}
		attempts = append(attempts, attempt{where, why})
		perAddress[where]++
	}
	// Group the addresses by reason, in the order pgx tried them.
	var reasons []string
	where := map[string][]string{}
	for _, a := range attempts {
		if a.why == whyNoTLS && perAddress[a.where] > 1 {
			continue
		}
		if _, seen := where[a.why]; !seen {
			reasons = append(reasons, a.why)
		}
		if !slices.Contains(where[a.why], a.where) {
			where[a.why] = append(where[a.why], a.where)
		}
	}
	database := ce.Config.Database
	if database == "" {
		database = ce.Config.User // the server's default, as libpq's
	}
	who := fmt.Sprintf("as user %s, database %s", ce.Config.User, database)
	if len(reasons) == 1 && where[reasons[0]][0] != "" {
		return &ConnectError{fmt.Sprintf("connecting to %s %s: %s", strings.Join(where[reasons[0]], ", "), who, reasons[0]), err}
	}
	var parts []string
	for _, why := range reasons {
		if addrs := strings.Join(where[why], ", "); addrs != "" {
			why = addrs + ": " + why
		}
		parts = append(parts, why)
	}
	if len(parts) == 0 { // pgx gave no attempt; say what it said
		parts = []string{oneLineError(ce.Unwrap())}
	}
	return &ConnectError{fmt.Sprintf("connecting %s: %s", who, strings.Join(parts, "; ")), err}
}

// whyNoPassword is libpq's word for a server that wants a password when
// none was given; "password authentication failed" would send people
// looking for a wrong password.
const whyNoPassword = "no password supplied"

func isInvalidPassword(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == invalidPassword
}

var attemptAddress = regexp.MustCompile(`^(\S+) \((.*)\)$`)

// whyNoTLS is how describeAttempt says that the server answered "no" to
// TLS (it runs with ssl = off).
const whyNoTLS = "the server does not accept TLS connections, which sslmode asks for"

// whyNotPostgres is how describeAttempt says that what answered is not a
// PostgreSQL server.
const whyNotPostgres = "the server there does not speak the PostgreSQL protocol (wrong host or port?)"

// describeAttempt says where one of pgx's attempts went ("127.0.0.1:5432",
// or "db.example.com (10.0.0.5:5432)" when a name was resolved) and why it
// failed.
func describeAttempt(err error) (where, why string) {
	msg := err.Error()
	// pgx's (unexported) per-attempt error reads "ADDRESS (HOST): STAGE:
	// CAUSE" and unwraps to "STAGE: CAUSE". Should that change, where stays
	// empty and the message merely names no address.
	if inner := errors.Unwrap(err); inner != nil && strings.HasSuffix(msg, ": "+inner.Error()) {
		if m := attemptAddress.FindStringSubmatch(strings.TrimSuffix(msg, ": "+inner.Error())); m != nil {
			addr, host := m[1], m[2]
			if h, _, splitErr := net.SplitHostPort(addr); splitErr == nil && h == host || addr == host {
				where = addr
			} else {
				where = host + " (" + addr + ")"
			}
			msg = inner.Error() // e.g. "tls error: x509: …"
		}
	}
	var pgErr *pgconn.PgError
	var dnsErr *net.DNSError
	var errno syscall.Errno
	var certErr *tls.CertificateVerificationError
	switch {
	case errors.As(err, &pgErr):
		// The server's own words ("database "x" does not exist", "no
		// pg_hba.conf entry for …, no encryption").
		why = fmt.Sprintf("%s (SQLSTATE %s)", pgErr.Message, pgErr.Code)
		if pgErr.Hint != "" {
			why += "; hint: " + pgErr.Hint
		}
	case errors.As(err, &dnsErr):
		where, why = dnsErr.Name, "cannot resolve the host name: "+dnsErr.Err
	case errors.As(err, &certErr):
		// Not "failed to write startup message: write failed: tls: …":
		// the handshake happens on the first write.
		why = "cannot verify the server's TLS certificate: " + certErr.Err.Error()
	case errors.As(err, &errno):
		why = errno.Error() // "connection refused", "no route to host"
	case strings.HasSuffix(msg, "server refused TLS connection"):
		why = whyNoTLS
	case strings.Contains(msg, "invalid body length") || strings.Contains(msg, "unexpected message"):
		// Something listens there but answers in another protocol (an
		// HTTP proxy, a wrong port): pgx reads its first bytes as a
		// message length ("expected at most 1073741822, but got …").
		why = whyNotPostgres
	default:
		why = msg
	}
	return where, oneLineError(errors.New(why))
}

// flatten lists the errors pgx joined (wrapped once more as "hostname
// resolving error" when no host name resolved).
func flatten(err error) []error {
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range joined.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	if inner := errors.Unwrap(err); inner != nil {
		if _, ok := inner.(interface{ Unwrap() []error }); ok {
			return flatten(inner)
		}
	}
	if err == nil {
		return nil
	}
	return []error{err}
}

func oneLineError(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }
