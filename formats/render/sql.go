package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/sqlscript"
)

// renderSQL prints the psql script. Without Comments it is exactly
// sqlscript.Render; with them, a header names the tool and both sides, and
// each statement is preceded by "--" lines saying what it is, why it is
// there and what it risks. Comments are never printed for an empty plan:
// "no differences" stays "no output".
func renderSQL(w io.Writer, in Input) error {
	if !in.Comments || in.Plan == nil || in.Plan.Empty() {
		_, err := io.WriteString(w, sqlscript.Render(in.Plan))
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "-- pgstrata %s plan: %s\n", oneLine(in.ToolVersion), plural(len(in.Plan.Statements), "statement"))
	fmt.Fprintf(&b, "-- from: %s\n", sideText(in.FromSide))
	fmt.Fprintf(&b, "-- to:   %s\n", sideText(in.ToSide))
	for _, warning := range in.Plan.Warnings {
		fmt.Fprintf(&b, "-- warning: %s\n", oneLine(warning))
	}
	statement := func(i int, s diffengine.Statement) {
		fmt.Fprintf(&b, "\n-- %d. %s\n", i+1, oneLine(title(s)))
		for _, line := range whyLines(s) {
			b.WriteString("-- " + oneLine(line) + "\n")
		}
		b.WriteString(strings.TrimRight(s.SQL, "\n") + "\n")
	}
	if segments := in.Plan.Segments; segments != nil {
		// An online plan: its settings open each segment.
		b.WriteString(sqlscript.OnlineHeader(in.Plan))
		for k, seg := range segments {
			b.WriteString(sqlscript.SegmentStart(in.Plan, k))
			for i := seg.Start; i < seg.End; i++ {
				statement(i, in.Plan.Statements[i])
			}
			b.WriteString(sqlscript.SegmentEnd(seg))
		}
		_, err := io.WriteString(w, b.String())
		return err
	}
	for _, s := range settingsOf(in.Plan) {
		b.WriteString(s.SQL + "\n")
	}
	for i, s := range in.Plan.Statements {
		statement(i, s)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// whyLines are the comment lines above a statement: why (the cause and
// the changes), then each hazard, then the lock.
func whyLines(s diffengine.Statement) []string {
	var lines []string
	if s.Cause != nil {
		lines = append(lines, "why: re-created because "+s.Cause.String()+" changes")
	}
	for _, c := range s.Changes {
		lines = append(lines, "why: "+changeText(c))
	}
	for _, h := range s.Hazards {
		mark := ""
		if diffengine.Withholds(h.Kind) {
			mark = " (unsafe)"
		}
		lines = append(lines, "hazard "+string(h.Kind)+mark+": "+h.Message)
	}
	if s.Lock != nil {
		lines = append(lines, "lock: "+lockText(s))
	}
	return lines
}

// lockText says which lock a statement takes, and whether it rewrites or
// scans the table.
func lockText(s diffengine.Statement) string {
	text := s.Lock.Mode + " on " + s.Lock.Relation.String()
	if s.Rewrites {
		text += "; rewrites the table"
	}
	if s.Scans {
		text += "; scans the table"
	}
	return text
}
