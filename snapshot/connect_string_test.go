package snapshot

import (
	"context"
	"strings"
	"testing"
	"time"
)

// malformedSources are connection strings, each holding the password
// "SEC" + mark + "RET", that a user could type: mistyped schemes, and
// passwords with the characters that end a URL's parts unescaped.
func malformedSources(mark string) []string {
	pw := "SEC" + mark + "RET"
	var out []string
	for _, p := range []string{pw, "SE/" + pw, "SE@" + pw, "SE?" + pw, "SE#" + pw, "1234/" + pw, "SE:" + pw, "SE%ZZ" + pw,
		pw + "/x", pw + "@x", "a@b/" + pw, "SE" + pw + "%"} {
		out = append(out,
			"postgres://u:"+p+"@127.0.0.1:1/db?connect_timeout=2",
			"postgresql://u:"+p+"@127.0.0.1:1,127.0.0.1:2/db",
			"POSTGRES://u:"+p+"@127.0.0.1:1/db",
			"postgresq://u:"+p+"@127.0.0.1:1/db",
			"postgres://u:"+p+"@127.0.0.1:notaport/db",
			"postgres://u:"+p+"@[::1/db",
			"host=127.0.0.1 port=1 user=u password="+p,
			"host=127.0.0.1 port=1 PASSWORD="+p,
			"host=127.0.0.1 port=1 password='"+p,
			"host=127.0.0.1 port=1 password=SE\\ "+p,
			"host=127.0.0.1 port=x password="+p,
			"POSTGRES://u:"+p+"@127.0.0.1:1/db?sslmode=disable",
		)
	}
	return append(out, "postgres://u@127.0.0.1:1/db?password="+pw, "postgres://127.0.0.1:1/db?PassWord="+pw+"&x=1")
}

// TestConnectErrorsHoldNoPassword: whatever shape a connection string
// has, Connect's error names no part of its password. (Nothing listens on
// port 1: those that parse fail to connect.)
func TestConnectErrorsHoldNoPassword(t *testing.T) {
	t.Setenv("PGCONNECT_TIMEOUT", "2")
	const mark = "c0ffee1d"
	for _, s := range malformedSources(mark) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		conn, err := Connect(ctx, s)
		cancel()
		if err == nil {
			conn.Close(context.Background())
			t.Errorf("Connect(%q) succeeded", s)
			continue
		}
		if strings.Contains(err.Error(), mark) || strings.Contains(err.Error(), "\n") {
			t.Errorf("Connect(%q): %q holds the password or more than one line", s, err)
		}
	}
}

func TestCheckConnString(t *testing.T) {
	for s, ok := range map[string]bool{
		"postgres://u:pw@h/db":                          true,
		"postgresql://u:p%40w%2F@h:5432,h2/db?x=1":      true,
		"postgres://u:p?w#x@h/db":                       true, // pgx ends the user info at the first '@' or '/'
		"postgres://u@h/db?application_name=a@b":        true,
		"postgres://h/db?application_name=a@b":          true,
		"host=h password=a/b@c":                         true,
		"dbname=x options='-c x=postgres://a:b@c'":      true,
		"postgres://u:p/w@h/db":                         false,
		"postgres://u:p@w@h/db":                         false,
		"postgres://h:5432/db?application_name=a@b":     false, // encode the '@' as %40
		"Postgres://h/db":                               false,
		"postgresq://h/db":                              false,
		"postgres://u:pw@[::1]:5432/db?sslmode=disable": true,
		"host=h PASSWORD=x":                             false,
		"host=h SSLPassword = x":                        false,
		"postgres://h/db?x=1&Password=x":                false,
		"host=h password=x sslpassword=y":               true,
	} {
		if err := checkConnString(s); (err == nil) != ok {
			t.Errorf("checkConnString(%q) = %v, want ok=%v", s, err, ok)
		}
	}
}
