package strata

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/pgstrata/pgstrata/snapshot"
)

// secretKeys are the connection parameters whose values are secrets:
// the password, and the passphrase of the client certificate's key.
var secretKeys = map[string]bool{"password": true, "sslpassword": true}

// RedactSource removes passwords from a connection string so that it can be
// stored in a snapshot header or printed: from a URL (any scheme, in any
// case: a mistyped one must not print the password either) the password of
// the user info and any password= or sslpassword= query parameter; from a
// key=value string (libpq's conninfo) the password and sslpassword pairs,
// whatever the case of the key. Anything else (a file name, say) is
// returned unchanged unless it holds "user:password@"-like text, which goes.
//
// It errs on the side of removing too much: the user info is taken to end
// at the last '@' of the whole string, so that a password with an
// unescaped '@', '/', '?' or '#' is removed whole, whichever way a client
// would have split it. (snapshot.Connect refuses the URLs whose split is
// in doubt, so a string stored in a header is never cut short this way.)
func RedactSource(source string) string {
	if n := schemeLength(source); n > 0 {
		return redactURL(source[:n], source[n:])
	}
	if strings.Contains(source, "=") {
		return redactConninfo(source)
	}
	return redactCredentials(source)
}

// schemeLength returns the length of the "scheme://" source starts with
// (a letter, then letters, digits, '+', '-' or '.', as RFC 3986 has it),
// or 0.
func schemeLength(source string) int {
	for i := 0; i < len(source); i++ {
		c := source[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':' && strings.HasPrefix(source[i:], "://"):
			return i + 3
		default:
			return 0
		}
	}
	return 0
}

// redactCredentials removes what lies between the first ':' and the last
// '@' of s: the password of "user:password@host…", however many '@', '/',
// '?' or '#' it holds.
func redactCredentials(s string) string {
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return s
	}
	user, _, hasPassword := strings.Cut(s[:at], ":")
	if !hasPassword {
		return s
	}
	return user + s[at:]
}

func redactURL(scheme, rest string) string {
	rest = redactCredentials(rest)
	base, query, hasQuery := strings.Cut(rest, "?")
	if !hasQuery {
		return scheme + rest
	}
	query, fragment, hasFragment := strings.Cut(query, "#")
	var kept []string
	for _, param := range strings.Split(query, "&") {
		key, _, _ := strings.Cut(param, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			key = k
		}
		if !isSecretKey(key) {
			kept = append(kept, param)
		}
	}
	out := scheme + base
	if len(kept) > 0 {
		out += "?" + strings.Join(kept, "&")
	}
	if hasFragment {
		out += "#" + fragment
	}
	return out
}

// isSecretKey reports whether a connection parameter's name is a secret's,
// in any case: libpq would refuse "PASSWORD", but the one who typed it
// still meant a password.
func isSecretKey(key string) bool {
	return secretKeys[strings.ToLower(strings.TrimSpace(key))]
}

// redactConninfo drops secret pairs from a conninfo string, parsed as libpq
// does: key, optional spaces, '=', optional spaces, then a value that is
// either single-quoted or runs to the next space, backslash escaping the
// next character in both. Other pairs are kept verbatim.
func redactConninfo(s string) string {
	var kept []string
	inSecret := false // after an unquoted password
	i := 0
	for {
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			break
		}
		start := i
		for i < len(s) && s[i] != '=' && !isSpace(s[i]) {
			i++
		}
		key := s[start:i]
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		quoted := false
		if i < len(s) && s[i] == '=' {
			i++
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			quoted = i < len(s) && s[i] == '\''
			i = valueEnd(s, i)
		}
		// An unquoted password ends at the first space, so in
		// "password=my secret=x user=u" the words up to the next known
		// key are taken for the rest of a password that was not quoted.
		if isSecretKey(key) {
			inSecret = !quoted
			continue
		}
		if inSecret && !snapshot.IsConnKeyword(key) {
			continue
		}
		inSecret = false
		// Pairs are kept less anything shaped like "user:password@host":
		// a URL pasted into a DSN, or a word without '=' (not valid
		// conninfo), may hold one.
		kept = append(kept, redactCredentials(strings.TrimRightFunc(s[start:i], unicode.IsSpace)))
	}
	return strings.Join(kept, " ")
}

// valueEnd returns the end of the conninfo value starting at i.
func valueEnd(s string, i int) int {
	quoted := i < len(s) && s[i] == '\''
	if quoted {
		i++
	}
	for i < len(s) {
		switch c := s[i]; {
		case c == '\\':
			i += 2
			continue
		case quoted && c == '\'':
			return i + 1
		case !quoted && isSpace(c):
			return i
		}
		i++
	}
	return min(i, len(s))
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
