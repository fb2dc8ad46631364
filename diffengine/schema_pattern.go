package diffengine

import (
	"fmt"
	"regexp"
	"strings"
)

// schemaPattern is one --schema or --exclude-schema value, read as pg_dump
// reads -n and -N (psql's "Patterns"): '*' is any run of characters, '?'
// any one character, letters outside double quotes are folded to lower
// case, and within double quotes every character is literal ("" is a
// quote); other regular-expression syntax ([0-9], (a|b), +) works outside
// quotes, '$' is literal, and the pattern must match the whole name.
type schemaPattern struct {
	text string // as given
	re   *regexp.Regexp
}

// compileSchemaPattern translates a pattern into an anchored regular
// expression. A '.' outside quotes is refused: pg_dump reads "db.schema"
// there, and a schema pattern that names a database would match nothing
// here, silently.
func compileSchemaPattern(flag, text string) (*schemaPattern, error) {
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
		case c == '.':
			return nil, fmt.Errorf(`%s %q: a schema pattern holds no '.' (pg_dump reads "database.schema"; quote a dot that is part of the name: "a.b")`, flag, text)
		case 'A' <= c && c <= 'Z':
			re.WriteByte(c + 'a' - 'A')
		default:
			re.WriteByte(c)
		}
	}
	if quoted {
		return nil, fmt.Errorf("%s %q: unterminated double quote", flag, text)
	}
	re.WriteString(")$")
	compiled, err := regexp.Compile(re.String())
	if err != nil {
		return nil, fmt.Errorf("%s %q: not a valid pattern: %v", flag, text, err)
	}
	return &schemaPattern{text: text, re: compiled}, nil
}

func (p *schemaPattern) match(schema string) bool { return p.re.MatchString(schema) }
