package render

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/sqlscript"
)

// The html format is one self-contained page: the template, its style
// sheet and its script are embedded in the binary and inlined in every
// page, so a plan can be reviewed on an air-gapped laptop. html/template
// escapes every catalog string (names, messages, SQL, definitions).
//
//go:embed html/page.html.tmpl html/page.css html/page.js
var htmlAssets embed.FS

// htmlParsed is the page's template, style sheet and script, with the
// Content Security Policy of the page: it allows the style sheet and the
// script by their hashes and nothing else, so no request leaves the page
// and no other script runs, whatever a catalog string holds. Parsed on
// the first html rendering, not at every start of pgstrata.
type htmlParsed struct {
	page   *template.Template
	style  template.CSS
	script template.JS
	policy string
}

var htmlParse = sync.OnceValue(func() htmlParsed {
	read := func(name string) string {
		b, err := htmlAssets.ReadFile("html/" + name)
		if err != nil {
			panic(err) // embedded: cannot happen
		}
		return string(b)
	}
	css, js := read("page.css"), read("page.js")
	hash := func(text string) string {
		sum := sha256.Sum256([]byte(text))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	funcs := template.FuncMap{"oneLine": oneLine, "counts": countsTable}
	return htmlParsed{
		page: template.Must(template.New("page").Funcs(funcs).Parse(read("page.html.tmpl"))),
		// Inserted verbatim (template.CSS and template.JS): the hashes
		// are of these exact bytes.
		style: template.CSS(css), script: template.JS(js),
		policy: "default-src 'none'; style-src " + hash(css) + "; script-src " + hash(js) + "; img-src data:",
	}
})

// htmlPage is what the template shows.
type htmlPage struct {
	Style  template.CSS
	Script template.JS
	Policy string

	ToolVersion string
	Statements  int
	Sides       []htmlSide
	Withheld    bool
	Unsafe      []htmlStatement
	// Summary holds the json format's counts (summarize), in review's
	// order.
	Summary                 summary
	Actions, Kinds, Hazards []count
	Warnings                []string
	Settings                []string
	// Segments are an online plan's (none otherwise).
	Segments []segmentRow
	Objects  []htmlObject
	// Text is the whole script, as sqlscript prints it.
	Text string
}

type htmlSide struct {
	Label, Source, Digest, Server, Database, CapturedAt string
}

type htmlObject struct {
	Anchor, Display, Kind string
	Causes                []string
	Inline                []diffengine.Change
	Diffs                 []htmlDiff
	Statements            []htmlStatement
}

type htmlDiff struct {
	Attribute string
	Lines     []htmlDiffLine
}

type htmlDiffLine struct{ Class, Text string }

type htmlStatement struct {
	Index            int
	Title, Action    string
	Kind             string
	HazardKinds      string // space-separated, for the filter
	Unsafe           bool
	Hazards          []htmlHazard
	Lock             string
	NonTransactional bool
	// Segment is the number of the online plan's segment that holds the
	// statement (0 without segments).
	Segment int
	SQL     string
}

type htmlHazard struct {
	Kind, Message string
	Withholds     bool
}

// renderHTML prints the plan as one HTML page: sides, the withheld
// banner, the summary (json's counts), a filter by hazard and object
// kind, each object with why it is in the plan, its definition diffs and
// its statements, then the settings, the warnings and the whole script.
// Without JavaScript everything is shown; the script only adds the filter
// and a copy button, and touches no node until the filter is used.
func renderHTML(w io.Writer, in Input) error {
	stmts := statementsOf(in.Plan)
	parsed := htmlParse()
	page := htmlPage{Style: parsed.style, Script: parsed.script, Policy: parsed.policy,
		ToolVersion: oneLine(in.ToolVersion), Statements: len(stmts), Withheld: in.Withheld,
		Sides:   []htmlSide{htmlSideOf("from", in.FromSide), htmlSideOf("to", in.ToSide)},
		Summary: summarize(in.Plan), Text: sqlscript.Render(in.Plan)}
	page.Actions, page.Kinds, page.Hazards = sortedCounts(page.Summary.ByAction), sortedCounts(page.Summary.ByKind), sortedCounts(page.Summary.ByHazard)
	for _, s := range settingsOf(in.Plan) {
		page.Settings = append(page.Settings, s.SQL)
	}
	if in.Plan != nil {
		page.Warnings = in.Plan.Warnings
	}
	var segmentOf []int
	page.Segments, segmentOf = segmentsOf(in.Plan)
	for i, s := range stmts {
		if s.Unsafe() {
			page.Unsafe = append(page.Unsafe, htmlStatementOf(i, s, segmentOf[i]))
		}
	}
	for k, g := range groupByObject(stmts) {
		page.Objects = append(page.Objects, htmlObjectOf(in, stmts, segmentOf, k, g))
	}
	var b strings.Builder
	if err := parsed.page.Execute(&b, page); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func htmlSideOf(label string, s Side) htmlSide {
	out := htmlSide{Label: label, Source: oneLine(s.Source), Digest: s.Digest, Database: oneLine(s.Database)}
	if s.ServerVersion != "" {
		out.Server = oneLine(s.ServerVersion)
	} else if s.ServerVersionNum != 0 {
		out.Server = fmt.Sprint(s.ServerVersionNum / 10000)
	}
	if !s.CapturedAt.IsZero() {
		out.CapturedAt = sideOf(s).CapturedAt
	}
	return out
}

func htmlObjectOf(in Input, stmts []diffengine.Statement, segmentOf []int, k int, g objectGroup) htmlObject {
	out := htmlObject{Anchor: fmt.Sprintf("o%d", k+1), Display: oneLine(g.ID.String()), Kind: string(g.ID.Kind)}
	why := reasonsOf(in, stmts, g)
	for _, cause := range why.Causes {
		out.Causes = append(out.Causes, oneLine(cause.String()))
	}
	for _, c := range why.Inline {
		out.Inline = append(out.Inline, diffengine.Change{Attribute: oneLine(c.Attribute), From: orNone(c.From), To: orNone(c.To)})
	}
	for _, c := range why.Diffs {
		d := htmlDiff{Attribute: oneLine(c.Attribute)}
		for _, line := range definitionDiff(c) {
			// A carriage return would end the line on screen: shown as \r, as
			// review does.
			d.Lines = append(d.Lines, htmlDiffLine{Class: diffClass[line[0]], Text: strings.ReplaceAll(line, "\r", `\r`)})
		}
		out.Diffs = append(out.Diffs, d)
	}
	for _, i := range g.Indexes {
		out.Statements = append(out.Statements, htmlStatementOf(i, stmts[i], segmentOf[i]))
	}
	return out
}

// diffClass styles a definition diff's line by its prefix.
var diffClass = map[byte]string{'-': "del", '+': "add", ' ': "ctx"}

func htmlStatementOf(i int, s diffengine.Statement, segment int) htmlStatement {
	out := htmlStatement{Index: i + 1, Title: oneLine(title(s)), Action: string(s.Action), Kind: string(s.ID.Kind),
		Unsafe: s.Unsafe(), NonTransactional: s.NonTransactional, Segment: segment, SQL: strings.TrimRight(s.SQL, "\n")}
	kinds := make([]string, len(s.Hazards))
	for k, h := range s.Hazards {
		kinds[k] = string(h.Kind)
		out.Hazards = append(out.Hazards, htmlHazard{Kind: string(h.Kind), Message: oneLine(h.Message), Withholds: diffengine.Withholds(h.Kind)})
	}
	out.HazardKinds = strings.Join(kinds, " ")
	if s.Lock != nil {
		out.Lock = oneLine(lockText(s))
	}
	return out
}

// htmlCounts is one table of the summary: the json summary key it shows
// ("hazards" for by_hazard), the column's label and the counts.
type htmlCounts struct {
	Key, Label string
	Counts     []count
}

func countsTable(key, label string, counts []count) htmlCounts {
	return htmlCounts{Key: key, Label: label, Counts: counts}
}
