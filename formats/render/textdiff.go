package render

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// diffContext is how many unchanged lines a definition diff keeps around
// each change, as `diff -u` does.
const diffContext = 3

// lineDiff returns a unified line diff of a and b, without the "@@"
// headers (definitions are short): " " unchanged, "-" only in a, "+"
// only in b; runs of unchanged lines longer than the context are cut to
// "…". Each line ends in a newline.
func lineDiff(a, b string) []string {
	dmp := diffmatchpatch.New()
	ca, cb, lines := dmp.DiffLinesToChars(ensureNewline(a), ensureNewline(b))
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(ca, cb, false), lines)
	var out []string
	for i, d := range diffs {
		rows := strings.Split(strings.TrimSuffix(d.Text, "\n"), "\n")
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			out = appendPrefixed(out, "-", rows)
		case diffmatchpatch.DiffInsert:
			out = appendPrefixed(out, "+", rows)
		default:
			out = appendPrefixed(out, " ", contextOf(rows, i > 0, i < len(diffs)-1))
		}
	}
	return out
}

// contextOf keeps diffContext unchanged lines after a change (when one
// comes before) and before one (when one comes after), and "…" for the
// lines in between.
func contextOf(rows []string, changeBefore, changeAfter bool) []string {
	keepHead, keepTail := 0, 0
	if changeBefore {
		keepHead = diffContext
	}
	if changeAfter {
		keepTail = diffContext
	}
	if len(rows) <= keepHead+keepTail {
		return rows
	}
	out := append([]string{}, rows[:keepHead]...)
	out = append(out, "…")
	return append(out, rows[len(rows)-keepTail:]...)
}

func appendPrefixed(out []string, prefix string, rows []string) []string {
	for _, r := range rows {
		out = append(out, prefix+r+"\n")
	}
	return out
}

func ensureNewline(s string) string {
	if s == "" || strings.HasSuffix(s, "\n") {
		return s
	}
	return s + "\n"
}

// listLines puts each element of a JSON list (how the planner reports a
// list attribute such as a view's columns) on a line of its own, so that
// a line diff shows which elements change; other text is returned as is.
func listLines(v string) string {
	if !strings.HasPrefix(v, "[") {
		return v
	}
	var elems []json.RawMessage
	if json.Unmarshal([]byte(v), &elems) != nil {
		return v
	}
	lines := make([]string, len(elems))
	for i, e := range elems {
		var compact bytes.Buffer
		if json.Compact(&compact, e) != nil {
			return v
		}
		lines[i] = compact.String()
	}
	return strings.Join(lines, "\n")
}
