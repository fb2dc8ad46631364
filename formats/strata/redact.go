package strata

import (
	"net/url"
	"strings"
	"unicode"
)

// secretKeys are the connection parameters whose values are secrets:
// the password, and the passphrase of the client certificate's key.
var secretKeys = map[string]bool{"password": true, "sslpassword": true}

// RedactSource removes passwords from a connection string so that it can be
// stored in a snapshot header or printed: from a postgres:// or postgresql://
// URL the password of the user info and any password= or sslpassword= query
// parameter; from a key=value string (libpq's conninfo) the password and
// sslpassword pairs. Anything else (a file name, say) is returned unchanged.
//
// It errs on the side of removing too much: a URL's user info is taken to end
// at the last '@' before the first '/', so that a password with an unescaped
// '@' is removed whole, whichever way a client would have split it.
func RedactSource(source string) string {
	lower := strings.ToLower(source)
	for _, scheme := range []string{"postgresql://", "postgres://"} {
		if strings.HasPrefix(lower, scheme) {
			return redactURL(source[:len(scheme)], source[len(scheme):])
		}
	}
	if strings.Contains(source, "=") {
		return redactConninfo(source)
	}
	return source
}

func redactURL(scheme, rest string) string {
	authorityEnd := strings.IndexByte(rest, '/')
	if authorityEnd < 0 {
		authorityEnd = len(rest)
	}
	if at := strings.LastIndexByte(rest[:authorityEnd], '@'); at >= 0 {
		user, _, _ := strings.Cut(rest[:at], ":")
		rest = user + rest[at:]
	}
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
		if !secretKeys[strings.TrimSpace(key)] {
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

// redactConninfo drops secret pairs from a conninfo string, parsed as libpq
// does: key, optional spaces, '=', optional spaces, then a value that is
// either single-quoted or runs to the next space, backslash escaping the
// next character in both. Other pairs are kept verbatim.
func redactConninfo(s string) string {
	var kept []string
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
		if i < len(s) && s[i] == '=' {
			i++
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			i = valueEnd(s, i)
		}
		// A word without '=' is not valid conninfo; keep it, it names nothing secret.
		if !secretKeys[key] {
			kept = append(kept, strings.TrimRightFunc(s[start:i], unicode.IsSpace))
		}
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
