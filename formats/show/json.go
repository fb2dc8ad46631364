package show

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"io"
	"reflect"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/internal/jsonshape"
	"github.com/pgstrata/pgstrata/snapshot"
)

// The JSON contract's name and version. Removing or renaming a key, or
// changing a value's meaning, bumps JSONVersion; adding a key does not
// (consumers ignore keys they do not know).
const (
	JSONFormat  = "pgstrata.show"
	JSONVersion = 1
)

//go:embed show.schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of the json format.
func Schema() []byte { return append([]byte(nil), schema...) }

type jsonDoc struct {
	Format      string       `json:"format"`
	Version     int          `json:"version"`
	ToolVersion string       `json:"tool_version"`
	Source      jsonSource   `json:"source"`
	Objects     []jsonObject `json:"objects"`
	Warnings    []string     `json:"warnings"`
}

// jsonSource has the keys of a side of the plan's JSON.
type jsonSource struct {
	Source           string `json:"source"`
	Digest           string `json:"digest"`
	ServerVersion    string `json:"server_version"`
	ServerVersionNum int    `json:"server_version_num"`
	Database         string `json:"database"`
	CapturedAt       string `json:"captured_at"`
}

// jsonID has the keys of the plan JSON's object identities.
type jsonID struct {
	Kind    string `json:"kind"`
	Schema  string `json:"schema"`
	Table   string `json:"table"`
	Name    string `json:"name"`
	Args    string `json:"args"`
	Display string `json:"display"`
}

type jsonObject struct {
	Object jsonID `json:"object"`
	// Attributes are the model's fields (package snapshot) in snake_case,
	// zero values left out (see jsonshape).
	Attributes json.RawMessage `json:"attributes"`
	// SQL are the statements of the sql format about the object (and
	// about its columns), in that format's order.
	SQL []string `json:"sql"`
}

// WriteJSON prints the objects of cat that opts selects, with their
// attributes and statements, as one indented JSON document and a newline.
// side describes where cat comes from; toolVersion is pgstrata's.
func WriteJSON(w io.Writer, cat *snapshot.Catalog, opts Options, side render.Side, toolVersion string) error {
	plan, err := Plan(cat, opts)
	if err != nil {
		return err
	}
	sel, err := newSelection(cat, opts)
	if err != nil {
		return err
	}
	doc := jsonDoc{Format: JSONFormat, Version: JSONVersion, ToolVersion: toolVersion,
		Source: jsonSource{Source: side.Source, Digest: side.Digest, ServerVersion: side.ServerVersion,
			ServerVersionNum: cat.ServerVersionNum, Database: side.Database},
		Objects: []jsonObject{}, Warnings: append([]string{}, plan.Warnings...)}
	if !side.CapturedAt.IsZero() {
		doc.Source.CapturedAt = side.CapturedAt.UTC().Format("2006-01-02T15:04:05.000000Z")
	}
	sqlOf := statementsByObject(plan, cat)
	var buf bytes.Buffer
	cat.Each(func(o snapshot.Object) {
		id := o.ID()
		if !sel.keeps(id) {
			return
		}
		buf.Reset()
		jsonshape.Write(&buf, reflect.ValueOf(o))
		doc.Objects = append(doc.Objects, jsonObject{Object: idOf(id), Attributes: bytes.Clone(buf.Bytes()),
			SQL: append([]string{}, sqlOf[id]...)})
	})
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// statementsByObject groups the plan's SQL by the object each statement
// is about, in plan order; a column's statements go to its table or view,
// whose attributes list its columns.
func statementsByObject(plan *diffengine.Plan, cat *snapshot.Catalog) map[snapshot.ObjectID][]string {
	relations := relationsOf(cat)
	out := map[snapshot.ObjectID][]string{}
	for _, s := range plan.Statements {
		id := s.ID
		if id.Kind == snapshot.KindColumn {
			id = relations[snapshot.QualifiedName{Schema: id.Schema, Name: id.Table}]
		}
		out[id] = append(out[id], s.SQL)
	}
	return out
}

func idOf(id snapshot.ObjectID) jsonID {
	return jsonID{Kind: string(id.Kind), Schema: id.Schema, Table: id.Table, Name: id.Name, Args: id.Args, Display: id.String()}
}
