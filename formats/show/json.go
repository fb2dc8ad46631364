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

// jsonDoc is the document's top level; WriteJSON writes it key by key in
// this order, the objects one by one.
type jsonDoc struct {
	Format      string
	Version     int
	ToolVersion string
	// Source is a side as the plan's JSON writes one (render.SideJSON).
	Source   any
	Warnings []string
}

type jsonObject struct {
	// Object is the identity, as every JSON output writes it.
	Object any `json:"object"`
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
	side.ServerVersionNum = cat.ServerVersionNum
	doc := jsonDoc{Format: JSONFormat, Version: JSONVersion, ToolVersion: toolVersion,
		Source: render.SideJSON(side), Warnings: append([]string{}, plan.Warnings...)}
	sqlOf := statementsByObject(plan, cat)
	out := &jsonWriter{w: w}
	out.raw("{\n")
	out.field("format", doc.Format, ",\n")
	out.field("version", doc.Version, ",\n")
	out.field("tool_version", doc.ToolVersion, ",\n")
	out.field("source", doc.Source, ",\n")
	out.raw(`  "objects": [`)
	// Object by object, not one document: the listing of 10,000 tables
	// is 100 MB of JSON, which one Encode would hold (and re-indent) whole.
	sep := "\n    "
	var buf bytes.Buffer
	cat.Each(func(o snapshot.Object) {
		id := o.ID()
		if !sel.keeps(id) || out.err != nil {
			return
		}
		buf.Reset()
		jsonshape.Write(&buf, reflect.ValueOf(o))
		out.raw(sep)
		out.value(jsonObject{Object: render.ObjectJSON(id), Attributes: buf.Bytes(), SQL: append([]string{}, sqlOf[id]...)}, "    ")
		sep = ",\n    "
	})
	if sep != "\n    " {
		out.raw("\n  ")
	}
	out.raw("],\n")
	out.field("warnings", doc.Warnings, "\n}\n")
	return out.err
}

// jsonWriter writes a JSON document piece by piece, keeping the first
// error.
type jsonWriter struct {
	w   io.Writer
	err error
}

func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		_, j.err = io.WriteString(j.w, s)
	}
}

// value writes v indented as if it began at indent.
func (j *jsonWriter) value(v any, indent string) {
	if j.err != nil {
		return
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent(indent, "  ")
	enc.SetEscapeHTML(false)
	if j.err = enc.Encode(v); j.err == nil {
		_, j.err = j.w.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	}
}

// field writes one key of the top-level object and what follows it.
func (j *jsonWriter) field(key string, v any, after string) {
	j.raw(`  "` + key + `": `)
	j.value(v, "  ")
	j.raw(after)
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
