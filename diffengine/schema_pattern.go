package diffengine

import (
	"fmt"
	"regexp"

	"github.com/pgstrata/pgstrata/internal/pattern"
)

// schemaPattern is one --schema or --exclude-schema value, read as pg_dump
// reads -n and -N (see package pattern).
type schemaPattern struct {
	text string // as given
	re   *regexp.Regexp
}

// compileSchemaPattern translates a pattern into an anchored regular
// expression. A '.' outside quotes is refused: pg_dump reads "db.schema"
// there, and a schema pattern that names a database would match nothing
// here, silently.
func compileSchemaPattern(flag, text string) (*schemaPattern, error) {
	if len(pattern.Split(text)) > 1 {
		return nil, fmt.Errorf(`%s %q: a schema pattern holds no '.' (pg_dump reads "database.schema"; quote a dot that is part of the name: "a.b")`, flag, text)
	}
	compiled, err := pattern.Compile(text)
	if err != nil {
		return nil, fmt.Errorf("%s %q: %w", flag, text, err)
	}
	return &schemaPattern{text: text, re: compiled}, nil
}

func (p *schemaPattern) match(schema string) bool { return p.re.MatchString(schema) }
