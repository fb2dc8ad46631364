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
	_, reserved := keywords[name]
	return isBareName(name) && !reserved
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
// It tries $$, then $_$, $__$, … until one is free. The tag must not start
// inside body either: a body ending in "$" followed by "$$", or in "$_"
// followed by "$_$", would close the string early, so the search is in
// body+tag, where the only occurrence must be the closing one.
func DollarQuote(body string) string {
	tag := "$$"
	for i := 1; strings.Index(body+tag, tag) < len(body); i++ {
		tag = "$" + strings.Repeat("_", i) + "$"
	}
	return tag + body + tag
}

// CutUnquoted is strings.Cut for text the server printed with quoted
// identifiers in it, such as an argument list: it cuts s around the first
// sep outside double quotes, so that a name containing sep (an argument
// named "p ORDER BY q") is not split. A doubled quote inside a quoted
// name closes and reopens the quotes, which leaves the state right.
func CutUnquoted(s, sep string) (before, after string, found bool) {
	quoted := false
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			quoted = !quoted
			continue
		}
		if !quoted && strings.HasPrefix(s[i:], sep) {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}

// NamesObject reports whether text, a name as PostgreSQL prints one
// (format_type, regproc or regclass output: quote_identifier parts joined by
// dots, e.g. `s."My Type"`), names schema.name; an empty schema means an
// unqualified name. Comparing text with QualifiedIdent(schema, name) is not
// enough: the server quotes a part only when its own keyword list says so,
// and that list grows from version to version (system_user and json are
// keywords from 16 on), while QuoteIdent quotes every keyword of any version.
func NamesObject(text, schema, name string) bool {
	// The name's characters appear in text as they are, unless it holds a
	// double quote (doubled in text): most calls end here, without
	// splitting text (the planner asks this of every column type change
	// against every enum, composite type and domain).
	if !strings.Contains(text, name) && !strings.Contains(name, `"`) {
		return false
	}
	parts, ok := splitName(text)
	if !ok {
		return false
	}
	if schema == "" {
		return len(parts) == 1 && parts[0] == name
	}
	return len(parts) == 2 && parts[0] == schema && parts[1] == name
}

// splitName splits a dotted name into its unquoted parts; ok is false when
// text is not made only of bare or double-quoted identifiers.
func splitName(text string) (parts []string, ok bool) {
	for {
		var part string
		if strings.HasPrefix(text, `"`) {
			var b strings.Builder
			i := 1
			for ; ; i++ {
				if i >= len(text) {
					return nil, false // unterminated
				}
				if text[i] == '"' {
					if i+1 < len(text) && text[i+1] == '"' {
						b.WriteByte('"')
						i++
						continue
					}
					break
				}
				b.WriteByte(text[i])
			}
			part, text = b.String(), text[i+1:]
		} else {
			end := strings.IndexByte(text, '.')
			if end < 0 {
				end = len(text)
			}
			part, text = text[:end], text[end:]
			if !isBareName(part) {
				return nil, false
			}
		}
		parts = append(parts, part)
		if text == "" {
			return parts, true
		}
		if text[0] != '.' {
			return nil, false
		}
		text = text[1:]
	}
}

// isBareName reports whether name is what quote_identifier leaves unquoted
// (keywords aside): lower case ASCII letters, digits and underscores, not
// starting with a digit.
func isBareName(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c == '_' || c >= '0' && c <= '9' && i > 0) {
			return false
		}
	}
	return true
}

// SplitQualified splits a name as format_type or quote_ident prints it
// ("s.n", "n", with double-quoted parts) into its unquoted schema (empty
// when unqualified) and name; ok is false for anything else.
func SplitQualified(text string) (schema, name string, ok bool) {
	parts, ok := splitName(text)
	switch {
	case !ok:
		return "", "", false
	case len(parts) == 1:
		return "", parts[0], true
	case len(parts) == 2:
		return parts[0], parts[1], true
	}
	return "", "", false
}
