package render

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/pgstrata/pgstrata/diffengine"
)

// summary counts a plan's statements per object kind, action and hazard
// kind: what json's "summary" holds and review prints first.
type summary struct {
	Statements int            `json:"statements"`
	Unsafe     int            `json:"unsafe"`
	ByKind     map[string]int `json:"by_kind"`
	ByAction   map[string]int `json:"by_action"`
	ByHazard   map[string]int `json:"by_hazard"`
}

func summarize(p *diffengine.Plan) summary {
	s := summary{ByKind: map[string]int{}, ByAction: map[string]int{}, ByHazard: map[string]int{}}
	for _, st := range statementsOf(p) {
		s.Statements++
		if st.Unsafe() {
			s.Unsafe++
		}
		s.ByKind[string(st.ID.Kind)]++
		s.ByAction[string(st.Action)]++
		for _, h := range st.Hazards {
			s.ByHazard[string(h.Kind)]++
		}
	}
	return s
}

// statementsOf returns p's statements; a nil plan has none.
func statementsOf(p *diffengine.Plan) []diffengine.Statement {
	if p == nil {
		return nil
	}
	return p.Statements
}

// settingsOf returns the session settings the plan's script starts with
// (as sqlscript prints them).
func settingsOf(p *diffengine.Plan) []diffengine.Statement {
	if p == nil || p.Empty() {
		return nil
	}
	if p.Settings != nil {
		return p.Settings
	}
	return diffengine.SettingsFor(p.Statements)
}

// title names a statement for humans: "drop column public.t.c".
func title(s diffengine.Statement) string {
	return string(s.Action) + " " + s.ID.String()
}

// oneLine makes text safe for one line of a comment or a Markdown list
// item: runs of white space and control characters become one space.
func oneLine(text string) string {
	return strings.Join(strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
}

// maxInlineChange is the longest old or new value a change shows inline
// ("type: integer → bigint"); longer or multi-line ones are definitions,
// which review shows as a text diff.
const maxInlineChange = 80

// inline reports whether a change's values fit on one line.
func inline(c diffengine.Change) bool {
	short := func(v string) bool { return len(v) <= maxInlineChange && !strings.ContainsAny(v, "\n\r") }
	return short(c.From) && short(c.To)
}

// changeText says what one change does, on one line: "type: integer →
// bigint", or "definition changes" when the values are too long for it.
func changeText(c diffengine.Change) string {
	if !inline(c) {
		return c.Attribute + " changes"
	}
	return fmt.Sprintf("%s: %s → %s", c.Attribute, orNone(c.From), orNone(c.To))
}

// orNone shows an empty value as "(none)".
func orNone(v string) string {
	if v == "" {
		return "(none)"
	}
	return v
}

// sideText describes a side on one line: source, server, database,
// capture time and a shortened digest.
func sideText(s Side) string {
	var parts []string
	if s.ServerVersion != "" {
		parts = append(parts, "PostgreSQL "+s.ServerVersion)
	} else if s.ServerVersionNum != 0 {
		parts = append(parts, fmt.Sprintf("PostgreSQL %d", s.ServerVersionNum/10000))
	}
	if s.Database != "" {
		parts = append(parts, "database "+s.Database)
	}
	if !s.CapturedAt.IsZero() {
		parts = append(parts, "captured "+s.CapturedAt.UTC().Format("2006-01-02T15:04:05Z"))
	}
	if s.Digest != "" {
		parts = append(parts, s.Digest)
	}
	source := s.Source
	if source == "" {
		source = "(unnamed)"
	}
	if len(parts) == 0 {
		return oneLine(source)
	}
	return oneLine(source + " (" + strings.Join(parts, ", ") + ")")
}

// plural says "1 statement", "2 statements".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// segmentRow is one segment of an online plan as json and html show it:
// its number and its first and last statements' numbers, from 1.
type segmentRow struct {
	Number      int  `json:"number"`
	First       int  `json:"first"`
	Last        int  `json:"last"`
	Transaction bool `json:"transaction"`
}

// segmentsOf returns an online plan's segments and, for each statement,
// the number of its segment (none and 0 for a plan without segments).
func segmentsOf(p *diffengine.Plan) (rows []segmentRow, of []int) {
	of = make([]int, len(statementsOf(p)))
	if p == nil {
		return nil, of
	}
	for k, seg := range p.Segments {
		rows = append(rows, segmentRow{Number: k + 1, First: seg.Start + 1, Last: seg.End, Transaction: seg.Transaction})
		for i := seg.Start; i < seg.End; i++ {
			of[i] = k + 1
		}
	}
	return rows, of
}
