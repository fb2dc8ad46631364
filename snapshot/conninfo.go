package snapshot

import (
	"net/url"
	"strings"
)

// connParam is one key=value of a connection string, in the order written.
type connParam struct {
	key, value string
	// quoted: a key=value string's value in single quotes. An unquoted
	// password ends at the first space, so what follows it may be the rest
	// of the password (see afterSecret).
	quoted bool
	// bare: a word without "=" (not valid; pgx says so when it parses).
	bare bool
}

// connParams lists the parameters a connection string sets itself, as
// libpq reads them: a URL's query (its user info and host are not listed),
// or the pairs of a key=value string. It never fails: pgx reports a string
// it cannot parse; this is for what pgx does not look at (a key unknown to
// libpq, the passfile), and a word without "=" is listed with an empty
// value.
func connParams(s string) []connParam {
	if strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://") {
		return urlParams(s)
	}
	var out []connParam
	i := 0
	for {
		for i < len(s) && isConnSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return out
		}
		start := i
		for i < len(s) && s[i] != '=' && !isConnSpace(s[i]) {
			i++
		}
		p := connParam{key: s[start:i]}
		for i < len(s) && isConnSpace(s[i]) {
			i++
		}
		if i >= len(s) || s[i] != '=' {
			p.bare = true
			out = append(out, p)
			continue
		}
		i++
		for i < len(s) && isConnSpace(s[i]) {
			i++
		}
		p.quoted = i < len(s) && s[i] == '\''
		if p.quoted {
			i++
		}
		var v strings.Builder
		for i < len(s) && !(p.quoted && s[i] == '\'') && !(!p.quoted && isConnSpace(s[i])) {
			if s[i] == '\\' && i+1 < len(s) {
				i++
			}
			v.WriteByte(s[i])
			i++
		}
		if p.quoted && i < len(s) {
			i++ // the closing quote
		}
		p.value = v.String()
		out = append(out, p)
	}
}

// urlParams lists a URL's query parameters, percent-decoded. The query
// starts at the first '?' after the user info (which ends at the last '@',
// whatever the password holds).
func urlParams(s string) []connParam {
	rest := s[strings.Index(s, "://")+3:]
	if at := strings.LastIndexByte(rest, '@'); at >= 0 {
		rest = rest[at+1:]
	}
	_, query, ok := strings.Cut(rest, "?")
	if !ok {
		return nil
	}
	var out []connParam
	for _, pair := range strings.Split(query, "&") {
		if pair == "" {
			continue
		}
		key, value, hasValue := strings.Cut(pair, "=")
		if k, err := url.PathUnescape(key); err == nil {
			key = k
		}
		if v, err := url.PathUnescape(value); err == nil {
			value = v
		}
		out = append(out, connParam{key: strings.TrimSpace(key), value: strings.TrimSpace(value), bare: !hasValue})
	}
	return out
}

func isConnSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// lookupParam returns the last value of key in params (the last one wins,
// as in libpq).
func lookupParam(params []connParam, key string) (string, bool) {
	value, found := "", false
	for _, p := range params {
		if p.key == key {
			value, found = p.value, true
		}
	}
	return value, found
}

// afterSecret reports whether params[i] directly follows an unquoted
// password: "password=my secret=x" or "password=my secret" is a password
// with a space that was not quoted, and the word after it must not be
// named in a message.
func afterSecret(params []connParam, i int) bool {
	if i == 0 {
		return false
	}
	prev := params[i-1]
	k := strings.ToLower(prev.key)
	return !prev.quoted && !prev.bare && (k == "password" || k == "sslpassword") || prev.bare && afterSecret(params, i-1)
}
