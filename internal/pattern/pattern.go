// Package pattern reads object name patterns as psql and pg_dump read them
// (psql's "Patterns"): '*' is any run of characters, '?' any one
// character, letters outside double quotes are folded to lower case, and
// within double quotes every character is literal ("" is a quote); other
// regular-expression syntax ([0-9], (a|b), +) works outside quotes, '$' is
// literal, and a pattern must match the whole name. A '.' outside quotes
// separates the parts of a qualified name (schema.name).
//
// diffengine's --schema filters and pgstrata show's object patterns both
// read their patterns here, so that they agree.
package pattern

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// Split cuts text at its dots outside double quotes; the quotes stay in
// the parts, for Compile. A pattern without such a dot is one part.
func Split(text string) []string {
	var parts []string
	quoted, start := false, 0
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '"':
			quoted = !quoted
		case text[i] == '.' && !quoted:
			parts = append(parts, text[start:i])
			start = i + 1
		}
	}
	return append(parts, text[start:])
}

// Compile translates one part of a pattern (no '.' outside quotes: see
// Split) into an anchored regular expression. An unquoted '.' is read as
// any character, as a regular expression would; callers that split on
// dots never pass one.
func Compile(text string) (*regexp.Regexp, error) {
	var re strings.Builder
	re.WriteString("^(?:")
	quoted := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '"' && quoted && i+1 < len(text) && text[i+1] == '"':
			re.WriteString(`"`)
			i++
		case c == '"':
			quoted = !quoted
		case quoted:
			re.WriteString(regexp.QuoteMeta(string(c)))
		case c == '*':
			re.WriteString(".*")
		case c == '?':
			re.WriteString(".")
		case c == '$':
			re.WriteString(`\$`)
		case 'A' <= c && c <= 'Z':
			re.WriteByte(c + 'a' - 'A')
		default:
			re.WriteByte(c)
		}
	}
	if quoted {
		return nil, errors.New("unterminated double quote")
	}
	re.WriteString(")$")
	compiled, err := regexp.Compile(re.String())
	if err != nil {
		return nil, fmt.Errorf("not a valid pattern: %v", err)
	}
	return compiled, nil
}
