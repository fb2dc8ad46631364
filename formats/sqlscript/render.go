package sqlscript

import (
	"strings"

	"github.com/pgstrata/pgstrata/diffengine"
)

// Preamble is the first line of every non-empty script but an online
// one (whose first statement it is, after the comment on how to run it):
// the plan's first session setting (see diffengine.Plan.Settings).
const Preamble = "SET check_function_bodies = off;"

// Render returns the plan as a psql script: the plan's session settings,
// then each statement, separated by blank lines, ending with a newline. An
// empty plan renders as "", so that "no differences" is also "no output".
func Render(p *diffengine.Plan) string {
	if p == nil || p.Empty() {
		return ""
	}
	if p.Segments != nil {
		return renderSegments(p) // an online plan (segments.go)
	}
	settings := settingsOf(p) // worked out for a plan put together by hand
	// Sized once: a big plan (pgstrata show of 10,000 tables: 30 MB) would
	// otherwise be copied each time the buffer grows.
	size := 0
	for _, s := range settings {
		size += len(s.SQL) + 1
	}
	for _, s := range p.Statements {
		size += len(s.SQL) + 2
	}
	var b strings.Builder
	b.Grow(size)
	for _, s := range settings {
		b.WriteString(s.SQL)
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
