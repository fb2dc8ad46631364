// Package testdiff renders the difference between an expected and an actual
// value as a line diff, so that a failing test shows what changed instead of
// two walls of text.
package testdiff

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Text returns a unified-style line diff of want and got: lines only in want
// start with "-", lines only in got with "+". Unchanged runs are shortened to
// a few lines of context.
func Text(want, got string) string {
	dmp := diffmatchpatch.New()
	a, b, lines := dmp.DiffLinesToChars(want, got)
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(a, b, false), lines)
	var out strings.Builder
	for _, d := range diffs {
		text := strings.TrimSuffix(d.Text, "\n")
		prefix := "  "
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			prefix = "- "
		case diffmatchpatch.DiffInsert:
			prefix = "+ "
		}
		rows := strings.Split(text, "\n")
		if d.Type == diffmatchpatch.DiffEqual && len(rows) > 6 {
			rows = append(append(rows[:3:3], fmt.Sprintf("… %d unchanged lines …", len(rows)-6)), rows[len(rows)-3:]...)
		}
		for _, row := range rows {
			out.WriteString(prefix + row + "\n")
		}
	}
	return out.String()
}

// Values diffs the indented JSON forms of want and got.
func Values(want, got any) string {
	return Text(toJSON(want), toJSON(got))
}

func toJSON(v any) string {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Sprintf("%#v", v)
	}
	return string(b) + "\n"
}
