package snapshot

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
)

// checkConnString refuses, before pgx parses it, a connection string whose
// password pgx could misplace and then print: pgx (like libpq) ends a URL's
// user info at the first '@' or '/', so in "postgres://u:pa/ss@h/db" or
// "postgres://u:p@ss@h/db" part of the password becomes the host, the port
// or the database, which every later message names. A string is refused
// when the user info could end at more than one place, which is when
// a ':' (a password) comes before the last '@' and so does a '/' or another
// '@'. That also refuses an unescaped '@' in a query value after a
// password or port (postgres://u:pw@h/db?application_name=a@b): the
// message says to percent-encode it, as RFC 3986 asks.
//
// A password key not in lower case ("PASSWORD=") is refused: pgx would
// take it for a server parameter and send the password to the server as
// its value. A string that starts with another scheme ("POSTGRES://", "postgresq://")
// is refused too: pgx would take it for a key=value string and send its
// words, password included, to the server as parameter names.
//
// No error here quotes the string; the caller names the source, redacted.
func checkConnString(s string) error {
	for _, m := range secretKeyPattern.FindAllStringSubmatch(s, -1) {
		if key := m[1]; key != strings.ToLower(key) {
			// pgx would send it to the server as a parameter name
			// with the password as its value, in the startup message.
			return fmt.Errorf("connection parameter %q: parameter names are lower case (%s)", key, strings.ToLower(key))
		}
	}
	scheme, rest, isURL := strings.Cut(s, "://")
	if !isURL || strings.ContainsAny(scheme, " \t\n=") {
		return nil
	}
	if scheme != "postgres" && scheme != "postgresql" {
		return fmt.Errorf("unknown scheme %s: use postgres:// or postgresql:// (in lower case)", printableScheme(scheme))
	}
	at := strings.LastIndexByte(rest, '@')
	if at < 0 {
		return nil
	}
	userinfo := rest[:at]
	if colon := strings.IndexByte(userinfo, ':'); colon >= 0 && strings.ContainsAny(userinfo[colon:], "/@") {
		return errors.New("cannot tell where the password ends: percent-encode '@' and '/' in the user name, the password " +
			"and the query (%40, %2F)")
	}
	return nil
}

// secretKeyPattern finds password and sslpassword keys, in any case, in a
// key=value string or a URL's query.
var secretKeyPattern = regexp.MustCompile(`(?i)(?:^|[\s?&])((?:ssl)?password)\s*=`)

// printableScheme keeps a mistyped scheme's letters, for the message.
func printableScheme(scheme string) string {
	if len(scheme) > 20 || strings.IndexFunc(scheme, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')
	}) >= 0 {
		return "?"
	}
	return scheme
}

// parseError rewrites pgx's parse error without the connection string it
// quotes: pgx redacts that string by best effort only, and says so. What
// remains is pgx's reason ("invalid port", "failed to parse as URL
// (invalid percent-encoded token in password)"), which quotes no password.
func parseError(err error) error {
	var pe *pgconn.ParseConfigError
	if !errors.As(err, &pe) {
		return errors.New("cannot parse the connection string")
	}
	bare := *pe
	bare.ConnString = ""
	reason := strings.TrimPrefix(bare.Error(), "cannot parse ``: ")
	return &parseConnStringError{reason: reason, err: err}
}

// parseConnStringError is a connection string pgx could not parse. Error
// names no part of the string; Unwrap gives pgx's error (whose ConnString
// holds it whole: print it nowhere).
type parseConnStringError struct {
	reason string
	err    error
}

func (e *parseConnStringError) Error() string {
	return "cannot parse the connection string: " + e.reason
}
func (e *parseConnStringError) Unwrap() error { return e.err }
