package sqlscript

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/diffengine"
)

// Preamble is the first line of every non-empty script. With function
// bodies left unchecked, a function can be created before the tables or
// other functions its body mentions, so the plan's order only has to follow
// real catalog dependencies, not the text of bodies (pg_dump does the same).
const Preamble = "SET check_function_bodies = off;"

// conformingStrings follows the preamble in a script that holds a
// backslash. Deparsed expressions (defaults, checks, view and trigger
// definitions) write string literals for standard_conforming_strings = on,
// where a backslash is an ordinary character. In a session where it is off
// (a legacy database or role setting) a backslash escapes the quote after
// it, so a literal can end elsewhere and the text after it run as SQL.
// psql reads the rest of the script with the new setting. Without a
// backslash the setting changes nothing, so other scripts do without the
// line.
const conformingStrings = "SET standard_conforming_strings = on;"

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
	if slices.ContainsFunc(p.Statements, func(s diffengine.Statement) bool { return strings.Contains(s.SQL, `\`) }) {
		b.WriteString(conformingStrings)
		b.WriteString("\n")
	}
	for _, s := range p.Statements {
		b.WriteString("\n")
		// Statements end in ";" without a newline; tolerate one anyway so
		// that a generator's trailing newline cannot double the spacing.
		b.WriteString(strings.TrimRight(s.SQL, "\n"))
		b.WriteString("\n")
	}
	return b.String()
}
