package sqlscript

import (
	"strings"

	"github.com/pgstrata/pgstrata/diffengine"
)

// Preamble is the first line of every non-empty script. With function
// bodies left unchecked, a function can be created before the tables or
// other functions its body mentions, so the plan's order only has to follow
// real catalog dependencies, not the text of bodies (pg_dump does the same).
const Preamble = "SET check_function_bodies = off;"

// Render returns the plan as a psql script: the preamble, then each
// statement, separated by blank lines, ending with a newline. An empty plan
// renders as "", so that "no differences" is also "no output".
func Render(p *diffengine.Plan) string {
	if p == nil || p.Empty() {
		return ""
	}
	var b strings.Builder
	b.WriteString(Preamble)
	b.WriteString("\n")
	for _, s := range p.Statements {
		b.WriteString("\n")
		// Statements end in ";" without a newline; tolerate one anyway so
		// that a generator's trailing newline cannot double the spacing.
		b.WriteString(strings.TrimRight(s.SQL, "\n"))
		b.WriteString("\n")
	}
	return b.String()
}
