package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/pgstrata/pgstrata/diffengine"
)

// ANSI colours review uses when Input.Color is set.
const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiCyan  = "\x1b[36m"
)

// reviewer writes one review; paint adds colour only when asked.
type reviewer struct {
	b     strings.Builder
	color bool
}

func (r *reviewer) paint(code, text string) string {
	if !r.color || text == "" {
		return text
	}
	return code + text + ansiReset
}

func (r *reviewer) printf(format string, args ...any) { fmt.Fprintf(&r.b, format, args...) }

// renderReview prints the plan as Markdown: a summary and the hazards
// (withheld statements first, then locks and rewrites, then the rest),
// then per object what changed, with text diffs of changed definitions,
// then the numbered statements.
func renderReview(w io.Writer, in Input) error {
	r := &reviewer{color: in.Color}
	stmts := statementsOf(in.Plan)
	r.printf("%s\n\n", r.paint(ansiBold, "# pgstrata plan: "+plural(len(stmts), "statement")))
	r.printf("- from: %s\n- to: %s\n", code(sideText(in.FromSide)), code(sideText(in.ToSide)))
	if len(stmts) == 0 {
		r.printf("\nNo differences.\n")
		_, err := io.WriteString(w, r.b.String())
		return err
	}
	s := summarize(in.Plan)
	if in.Withheld {
		r.printf("\n%s\n", r.paint(ansiRed, fmt.Sprintf("**Withheld: %s.** `pgstrata diff` exits 3 and prints no script without `--unsafe`.", plural(s.Unsafe, "unsafe statement"))))
	} else if s.Unsafe > 0 {
		r.printf("\n**%s** in the script (`--unsafe`).\n", plural(s.Unsafe, "unsafe statement"))
	}
	if n := len(in.Plan.Segments); n > 0 {
		r.printf("\n**Online plan in %d segments**, each committing on its own (`psql -v ON_ERROR_STOP=1 -f`, without `-1`).\n", n)
	}
	r.summary(s)
	r.warnings(in.Plan.Warnings)
	r.hazards(stmts)
	r.objects(in, stmts)
	r.statements(stmts, in.Plan.Segments)
	_, err := io.WriteString(w, r.b.String())
	return err
}

func (r *reviewer) summary(s summary) {
	r.printf("\n## Summary\n\n")
	r.printf("- actions: %s\n", countsText(s.ByAction))
	r.printf("- kinds: %s\n", countsText(s.ByKind))
	if len(s.ByHazard) > 0 {
		r.printf("- hazards: %s\n", countsText(s.ByHazard))
	}
}

// countsText prints counts as "create 3, drop 1", most first, then by name.
func countsText(counts map[string]int) string {
	var parts []string
	for _, c := range sortedCounts(counts) {
		parts = append(parts, fmt.Sprintf("%s %d", c.Name, c.N))
	}
	return strings.Join(parts, ", ")
}

func (r *reviewer) warnings(warnings []string) {
	if len(warnings) == 0 {
		return
	}
	r.printf("\n## Warnings\n\n")
	for _, w := range warnings {
		r.printf("- %s\n", oneLine(w))
	}
}

// hazardGroups order the hazard list: what is withheld first, then what
// locks or rewrites a live table, then the rest.
var hazardGroups = []struct {
	title string
	holds func(diffengine.Statement) bool
}{
	{"Unsafe (withheld without --unsafe)", diffengine.Statement.Unsafe},
	{"Locks, rewrites and scans", func(s diffengine.Statement) bool { return s.Lock != nil || s.Rewrites || s.Scans }},
	{"Other hazards", func(s diffengine.Statement) bool { return len(s.Hazards) > 0 }},
}

func (r *reviewer) hazards(stmts []diffengine.Statement) {
	listed := make([]bool, len(stmts))
	header := false
	for _, g := range hazardGroups {
		var lines []string
		for i, s := range stmts {
			if listed[i] || !g.holds(s) {
				continue
			}
			listed[i] = true
			lines = append(lines, r.hazardLine(i, s))
		}
		if len(lines) == 0 {
			continue
		}
		if !header {
			r.printf("\n## Hazards\n")
			header = true
		}
		r.printf("\n### %s\n\n%s", g.title, strings.Join(lines, ""))
	}
}

// hazardLine is one list item: the statement, its lock, its hazards.
func (r *reviewer) hazardLine(i int, s diffengine.Statement) string {
	var b strings.Builder
	fmt.Fprintf(&b, "- [%d] %s", i+1, code(oneLine(title(s))))
	if s.Lock != nil {
		fmt.Fprintf(&b, " — %s", oneLine(lockText(s)))
	}
	b.WriteString("\n")
	for _, h := range s.Hazards {
		kind := string(h.Kind)
		if diffengine.Withholds(h.Kind) {
			kind = r.paint(ansiRed, kind)
		}
		fmt.Fprintf(&b, "  - %s: %s\n", kind, oneLine(h.Message))
	}
	return b.String()
}

// objects prints, per object in plan order, why it is in the plan and
// what changed: causes, attribute changes (short values on one line:
// "type: integer → bigint"), and text diffs of changed definitions.
func (r *reviewer) objects(in Input, stmts []diffengine.Statement) {
	r.printf("\n## Changes by object\n")
	for _, g := range groupByObject(stmts) {
		// In code, like every name: a hostile one (with "*", "<" or "#")
		// cannot become Markdown or HTML of a pull-request comment.
		r.printf("\n### %s\n\n", r.paint(ansiCyan, code(oneLine(g.ID.String()))))
		var actions []string
		for _, i := range g.Indexes {
			actions = append(actions, fmt.Sprintf("%s [%d]", stmts[i].Action, i+1))
		}
		r.printf("- statements: %s\n", strings.Join(actions, ", "))
		why := reasonsOf(in, stmts, g)
		for _, cause := range why.Causes {
			r.printf("- re-created because %s changes\n", code(oneLine(cause.String())))
		}
		for _, c := range why.Inline {
			r.printf("- %s\n", inlineChange(c))
		}
		for _, c := range why.Diffs {
			var diff strings.Builder
			for _, line := range definitionDiff(c) {
				diff.WriteString(r.diffLine(line))
			}
			r.printf("\n%s:\n\n%s", oneLine(c.Attribute), fenced("diff", diff.String()))
		}
	}
}

// inlineChange is a short change on one line: "type: `integer` → `bigint`".
func inlineChange(c diffengine.Change) string {
	return fmt.Sprintf("%s: %s → %s", oneLine(c.Attribute), code(orNone(c.From)), code(orNone(c.To)))
}

// diffLine colours a line of a definition diff by its prefix. A carriage
// return in a definition is shown as \r: printed, it would hide the line
// before it on a terminal.
func (r *reviewer) diffLine(line string) string {
	line = strings.ReplaceAll(line, "\r", `\r`)
	switch line[0] {
	case '-':
		return r.paint(ansiRed, strings.TrimSuffix(line, "\n")) + "\n"
	case '+':
		return r.paint(ansiGreen, strings.TrimSuffix(line, "\n")) + "\n"
	}
	return line
}

// statements prints each statement as a numbered SQL block; an online
// plan's under a line for each segment.
func (r *reviewer) statements(stmts []diffengine.Statement, segments []diffengine.Segment) {
	r.printf("\n## Statements\n")
	for i, s := range stmts {
		for k, seg := range segments {
			if seg.Start == i {
				where := "outside a transaction"
				if seg.Transaction {
					where = "in a transaction"
				}
				r.printf("\n**Segment %d of %d: %s**\n", k+1, len(segments), where)
			}
		}
		mark := ""
		if s.Unsafe() {
			mark = " " + r.paint(ansiRed, "(unsafe)")
		}
		r.printf("\n[%d] %s%s\n\n%s", i+1, code(oneLine(title(s))), mark, fenced("sql", s.SQL))
	}
}

// code quotes text as inline Markdown code, with a fence longer than any
// run of backticks in it.
func code(text string) string {
	fence := "`"
	for strings.Contains(text, fence) {
		fence += "`"
	}
	if strings.HasPrefix(text, "`") || strings.HasSuffix(text, "`") {
		return fence + " " + text + " " + fence
	}
	return fence + text + fence
}

// fenced returns text as a fenced code block, with a fence longer than
// any run of backticks in it (a function body can hold "```").
func fenced(lang, text string) string {
	fence := "```"
	for strings.Contains(text, fence) {
		fence += "`"
	}
	return fence + lang + "\n" + strings.TrimRight(text, "\n") + "\n" + fence + "\n"
}
