package render

import (
	_ "embed"
	"encoding/json"
	"io"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/snapshot"
)

// The JSON contract's name and version. A change that removes or renames
// a key, or changes a value's meaning, bumps JSONVersion; adding a key
// does not (consumers must ignore keys they do not know).
const (
	JSONFormat  = "pgstrata.plan"
	JSONVersion = 1
)

//go:embed plan.schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of the json format.
func Schema() []byte { return append([]byte(nil), schema...) }

type jsonPlan struct {
	Format      string          `json:"format"`
	Version     int             `json:"version"`
	ToolVersion string          `json:"tool_version"`
	From        jsonSide        `json:"from"`
	To          jsonSide        `json:"to"`
	Withheld    bool            `json:"withheld"`
	Summary     summary         `json:"summary"`
	Settings    []string        `json:"settings"`
	Statements  []jsonStatement `json:"statements"`
	Warnings    []string        `json:"warnings"`
	// Segments are an online plan's (absent otherwise).
	Segments []segmentRow `json:"segments,omitempty"`
}

type jsonSide struct {
	Source           string `json:"source"`
	Digest           string `json:"digest"`
	ServerVersion    string `json:"server_version"`
	ServerVersionNum int    `json:"server_version_num"`
	Database         string `json:"database"`
	// CapturedAt is RFC 3339 in UTC, or "" when unknown.
	CapturedAt string `json:"captured_at"`
}

type jsonObject struct {
	Kind    string `json:"kind"`
	Schema  string `json:"schema"`
	Table   string `json:"table"`
	Name    string `json:"name"`
	Args    string `json:"args"`
	Display string `json:"display"`
}

type jsonStatement struct {
	Index            int          `json:"index"`
	SQL              string       `json:"sql"`
	Object           jsonObject   `json:"object"`
	Action           string       `json:"action"`
	Unsafe           bool         `json:"unsafe"`
	Hazards          []jsonHazard `json:"hazards"`
	Lock             *jsonLock    `json:"lock"`
	Rewrites         bool         `json:"rewrites"`
	Scans            bool         `json:"scans"`
	Changes          []jsonChange `json:"changes"`
	Cause            *jsonObject  `json:"cause"`
	NonTransactional bool         `json:"non_transactional"`
	// Segment is the number of an online plan's segment that holds the
	// statement (absent in a plan without segments).
	Segment int `json:"segment,omitempty"`
}

type jsonHazard struct {
	Kind     string `json:"kind"`
	Message  string `json:"message"`
	Withhold bool   `json:"withholds"`
}

type jsonLock struct {
	Mode     string     `json:"mode"`
	Relation jsonObject `json:"relation"`
}

type jsonChange struct {
	Attribute string `json:"attribute"`
	From      string `json:"from"`
	To        string `json:"to"`
}

func objectOf(id snapshot.ObjectID) jsonObject {
	return jsonObject{Kind: string(id.Kind), Schema: id.Schema, Table: id.Table, Name: id.Name, Args: id.Args, Display: id.String()}
}

func sideOf(s Side) jsonSide {
	out := jsonSide{Source: s.Source, Digest: s.Digest, ServerVersion: s.ServerVersion,
		ServerVersionNum: s.ServerVersionNum, Database: s.Database}
	if !s.CapturedAt.IsZero() {
		out.CapturedAt = s.CapturedAt.UTC().Format("2006-01-02T15:04:05.000000Z")
	}
	return out
}

func statementOf(i int, s diffengine.Statement) jsonStatement {
	out := jsonStatement{Index: i + 1, SQL: s.SQL, Object: objectOf(s.ID), Action: string(s.Action), Unsafe: s.Unsafe(),
		Hazards: []jsonHazard{}, Rewrites: s.Rewrites, Scans: s.Scans, Changes: []jsonChange{},
		NonTransactional: s.NonTransactional}
	for _, h := range s.Hazards {
		out.Hazards = append(out.Hazards, jsonHazard{Kind: string(h.Kind), Message: h.Message, Withhold: diffengine.Withholds(h.Kind)})
	}
	if s.Lock != nil {
		out.Lock = &jsonLock{Mode: s.Lock.Mode, Relation: objectOf(s.Lock.Relation)}
	}
	for _, c := range s.Changes {
		out.Changes = append(out.Changes, jsonChange(c))
	}
	if s.Cause != nil {
		cause := objectOf(*s.Cause)
		out.Cause = &cause
	}
	return out
}

// renderJSON prints the plan as one indented JSON object and a newline.
func renderJSON(w io.Writer, in Input) error {
	out := jsonPlan{Format: JSONFormat, Version: JSONVersion, ToolVersion: in.ToolVersion,
		From: sideOf(in.FromSide), To: sideOf(in.ToSide), Withheld: in.Withheld, Summary: summarize(in.Plan),
		Settings: []string{}, Statements: []jsonStatement{}, Warnings: []string{}}
	for _, s := range settingsOf(in.Plan) {
		out.Settings = append(out.Settings, s.SQL)
	}
	segments, segmentOf := segmentsOf(in.Plan)
	out.Segments = segments
	for i, s := range statementsOf(in.Plan) {
		out.Statements = append(out.Statements, statementOf(i, s))
		out.Statements[i].Segment = segmentOf[i]
	}
	if in.Plan != nil {
		out.Warnings = append(out.Warnings, in.Plan.Warnings...)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
