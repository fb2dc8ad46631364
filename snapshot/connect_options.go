package snapshot

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
)

// libpqKeywords are the connection parameters libpq knows (PostgreSQL 17),
// plus pgx's "database" for dbname. libpq refuses any other ("invalid
// connection option"); pgx would send it to the server as a setting, so a
// typo such as ?sslmod=require reached the server as a parameter
// "sslmod" and came back as a confusing FATAL, or was even accepted.
var libpqKeywords = map[string]bool{
	"host": true, "hostaddr": true, "port": true, "dbname": true, "database": true, "user": true, "password": true,
	"passfile": true, "require_auth": true, "channel_binding": true, "connect_timeout": true, "client_encoding": true,
	"options": true, "application_name": true, "fallback_application_name": true, "keepalives": true,
	"keepalives_idle": true, "keepalives_interval": true, "keepalives_count": true, "tcp_user_timeout": true,
	"replication": true, "sslmode": true, "sslnegotiation": true, "sslcompression": true, "sslcert": true,
	"sslkey": true, "sslcertmode": true, "sslpassword": true, "sslrootcert": true, "sslcrl": true, "sslcrldir": true,
	"sslsni": true, "requirepeer": true, "ssl_min_protocol_version": true, "ssl_max_protocol_version": true,
	"min_protocol_version": true, "max_protocol_version": true, "krbsrvname": true, "gsslib": true,
	"gssdelegation": true, "gssencmode": true, "target_session_attrs": true, "load_balance_hosts": true,
	"service": true,
}

// IsConnKeyword reports whether key is a connection parameter libpq knows.
func IsConnKeyword(key string) bool { return libpqKeywords[key] }

// Of libpq's parameters, pgx handles some as server settings (it sends
// them in the startup message, and the server refuses them). These are
// left out: they tune the TCP connection (pgx keeps its own keepalives) or
// are obsolete, and doing without them changes nothing about what is read.
var ignoredKeywords = []string{"keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count",
	"tcp_user_timeout", "sslcompression", "gssdelegation"}

// These are refused: pgstrata cannot do what they ask (pgx has no
// certificate revocation lists, GSSAPI encryption or replication
// connections), and connecting without would be less than the user asked.
var unsupportedKeywords = []string{"hostaddr", "replication", "sslcrl", "sslcrldir", "requirepeer",
	"ssl_min_protocol_version", "ssl_max_protocol_version", "gsslib", "load_balance_hosts"}

// checkParams refuses a parameter libpq would refuse, naming it unless it
// may be part of a password ("password=my secret=x": a password with a
// space, unquoted).
func checkParams(params []connParam) error {
	for i, p := range params {
		if libpqKeywords[p.key] {
			continue
		}
		if afterSecret(params, i) {
			return fmt.Errorf("unknown connection option after the password (a password holding spaces must be quoted: password='…')")
		}
		if p.bare {
			continue // pgx says what is wrong when it parses
		}
		return fmt.Errorf("unknown connection option %s", printableKey(p.key))
	}
	return nil
}

// printableKey keeps a mistyped key's letters, for a message.
func printableKey(key string) string {
	if len(key) > 40 || strings.IndexFunc(key, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.')
	}) >= 0 {
		return fmt.Sprintf("%q", key)
	}
	return key
}

// tidyRuntimeParams fixes what pgx would send the server as settings:
// libpq parameters it does not handle (ignored or refused, see above), and
// fallback_application_name, which is libpq's default for
// application_name. Without either, application_name is "pgstrata", so
// that pg_stat_activity says who is reading the catalog.
func tidyRuntimeParams(config *pgx.ConnConfig) error {
	params := config.RuntimeParams
	for _, k := range ignoredKeywords {
		delete(params, k)
	}
	if params["gssencmode"] == "require" {
		return fmt.Errorf("connection option gssencmode=require is not supported by pgstrata")
	}
	delete(params, "gssencmode") // disable or prefer: pgx never uses GSSAPI encryption
	var refused []string
	for _, k := range unsupportedKeywords {
		if _, ok := params[k]; ok {
			refused = append(refused, k)
		}
	}
	if len(refused) > 0 {
		slices.Sort(refused)
		return fmt.Errorf("connection option %s is not supported by pgstrata", strings.Join(refused, ", "))
	}
	fallback, hasFallback := params["fallback_application_name"]
	delete(params, "fallback_application_name")
	if params["application_name"] == "" {
		params["application_name"] = "pgstrata"
		if hasFallback && fallback != "" {
			params["application_name"] = fallback
		}
	}
	return nil
}

// passfileOf is the password file libpq would read: the connection
// string's passfile, else PGPASSFILE, else ~/.pgpass.
func passfileOf(params []connParam) string {
	if p, ok := lookupParam(params, "passfile"); ok {
		return p
	}
	if p := os.Getenv("PGPASSFILE"); p != "" {
		return p
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".pgpass")
	}
	return ""
}
