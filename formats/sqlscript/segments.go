package sqlscript

import (
	"fmt"
	"strings"

	"github.com/pgstrata/pgstrata/diffengine"
)

// An online plan (diffengine.Options.Online) is printed segment by
// segment: a header saying how to run the script, then each segment's
// comment line ("-- segment 2 of 5: outside a transaction"), the plan's
// session settings (so that a script can be resumed at any segment's
// comment line), BEGIN and COMMIT around a transaction's statements.

// OnlineHeader is the comment an online script starts with: how to run
// it, and how to resume it after a failure.
func OnlineHeader(p *diffengine.Plan) string {
	count := fmt.Sprintf("%d segments", len(p.Segments))
	if len(p.Segments) == 1 {
		count = "one segment"
	}
	return fmt.Sprintf(`-- Online migration in %s. Run it as a whole, without -1 (--single-transaction):
--   psql -X -v ON_ERROR_STOP=1 -f FILE
-- Each segment commits on its own. If one fails, fix the cause and run the script again from
-- the "-- segment" line of the one that failed (each segment starts with the settings it needs):
-- a concurrent index build begins by dropping what a failed build left.
`, count)
}

// SegmentStart returns the lines that open segment k of the plan (from
// 0): a blank line, its comment, the session settings and, for a
// transaction, BEGIN.
func SegmentStart(p *diffengine.Plan, k int) string {
	seg := p.Segments[k]
	var b strings.Builder
	where := "outside a transaction (each statement commits on its own)"
	if seg.Transaction {
		where = "in a transaction"
	}
	fmt.Fprintf(&b, "\n-- segment %d of %d: %s\n", k+1, len(p.Segments), where)
	for _, s := range settingsOf(p) {
		b.WriteString(s.SQL + "\n")
	}
	if seg.Transaction {
		b.WriteString("BEGIN;\n")
	}
	return b.String()
}

// SegmentEnd returns the lines that close a segment: COMMIT after a
// transaction's statements.
func SegmentEnd(seg diffengine.Segment) string {
	if seg.Transaction {
		return "\nCOMMIT;\n"
	}
	return ""
}

// renderSegments prints an online plan.
func renderSegments(p *diffengine.Plan) string {
	var b strings.Builder
	b.WriteString(OnlineHeader(p))
	for k, seg := range p.Segments {
		b.WriteString(SegmentStart(p, k))
		for _, s := range p.Statements[seg.Start:seg.End] {
			b.WriteString("\n" + strings.TrimRight(s.SQL, "\n") + "\n")
		}
		b.WriteString(SegmentEnd(seg))
	}
	return b.String()
}

// settingsOf returns the plan's session settings (those of a plan put
// together by hand worked out from its statements).
func settingsOf(p *diffengine.Plan) []diffengine.Statement {
	if p.Settings != nil {
		return p.Settings
	}
	return diffengine.SettingsFor(p.Statements)
}
