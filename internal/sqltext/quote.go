package sqltext

import (
	"strings"
)

// QuoteIdent returns name as an SQL identifier: unchanged when PostgreSQL
// would read it back unquoted as the same name (lower case ASCII letters,
// digits, underscores, not starting with a digit, not a keyword), otherwise in
// double quotes with embedded quotes doubled. This matches quote_ident().
func QuoteIdent(name string) string {
	if isPlainIdent(name) {
		return name
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

func isPlainIdent(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z', c == '_':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	_, reserved := keywords[name]
	return !reserved
}

// QualifiedIdent quotes schema and name and joins them with a dot; an empty
// schema gives the bare (quoted) name.
func QualifiedIdent(schema, name string) string {
	if schema == "" {
		return QuoteIdent(name)
	}
	return QuoteIdent(schema) + "." + QuoteIdent(name)
}

// QuoteLiteral returns s as a standard-conforming SQL string literal. With
// standard_conforming_strings on (the default since 9.1, and set by pgstrata's
// scripts) backslashes are ordinary characters, so only quotes are doubled.
// A string that contains a backslash is written in the E-prefixed escape form anyway so
// that it means the same whatever the session setting.
func QuoteLiteral(s string) string {
	if strings.ContainsRune(s, '\\') {
		s = strings.ReplaceAll(s, `\`, `\\`)
		return `E'` + strings.ReplaceAll(s, `'`, `''`) + `'`
	}
	return `'` + strings.ReplaceAll(s, `'`, `''`) + `'`
}

// DollarQuote wraps body in dollar quotes whose tag does not occur in body.
// It tries $$, then $_$, $__$, … until one is free.
func DollarQuote(body string) string {
	tag := "$$"
	for i := 1; strings.Contains(body, tag); i++ {
		tag = "$" + strings.Repeat("_", i) + "$"
	}
	return tag + body + tag
}
