package snapshot

import (
	"fmt"
	"os"
	"strings"

	"github.com/jackc/pgx/v5"
)

// pgx reads the password file itself (when no password is given) and, unlike
// libpq, does not mind who else may read it. libpq ignores a password file
// that is not a plain file or that its group or others can read, with a
// warning, so that a password others can read is not used unnoticed; so
// does Connect, which checks the file before pgx's password is kept.

// passfileProblem returns libpq's warning about the password file at path,
// or "" when it is fine to use (or missing: then there is nothing to use).
func passfileProblem(path string) string {
	if path == "" {
		return ""
	}
	info, err := os.Stat(path)
	if err != nil {
		return ""
	}
	if !info.Mode().IsRegular() {
		return fmt.Sprintf(`WARNING: password file "%s" is not a plain file`, path)
	}
	if info.Mode().Perm()&0o077 != 0 {
		return fmt.Sprintf(`WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less`, path)
	}
	return ""
}

// explicitPassword reports whether a password comes from elsewhere than the
// password file: the connection string, PGPASSWORD or a service file. Then
// neither libpq nor pgx reads the file. It parses connString again with an
// empty passfile, which leaves only those. (A string that then does not
// parse counts as having one: the password pgx found is kept, as before.)
func explicitPassword(connString string) bool {
	noFile := connString + " passfile=''"
	if strings.HasPrefix(connString, "postgres://") || strings.HasPrefix(connString, "postgresql://") {
		hostPart := connString[strings.Index(connString, "://")+3:]
		if at := strings.LastIndexByte(hostPart, '@'); at >= 0 {
			hostPart = hostPart[at+1:] // a '?' in the password is no query
		}
		switch {
		case !strings.Contains(hostPart, "?"):
			noFile = connString + "?passfile="
		case strings.HasSuffix(connString, "?"):
			noFile = connString + "passfile="
		default:
			noFile = connString + "&passfile="
		}
	}
	config, err := pgx.ParseConfig(noFile)
	return err != nil || config.Password != ""
}
