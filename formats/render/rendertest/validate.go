// Package rendertest holds what tests of several packages need to check
// pgstrata's JSON outputs: validation against their JSON Schemas (the
// plan's, render.Schema, and any other, such as pgstrata show's). Only
// tests import it, so the validator is not linked into pgstrata.
package rendertest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/pgstrata/pgstrata/formats/render"
)

// compiled caches each schema by name, compiled once.
var compiled sync.Map // name → func() (*jsonschema.Schema, error)

func compile(name string, doc []byte) (*jsonschema.Schema, error) {
	once, _ := compiled.LoadOrStore(name, sync.OnceValues(func() (*jsonschema.Schema, error) {
		parsed, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		if err := c.AddResource(name, parsed); err != nil {
			return nil, err
		}
		return c.Compile(name)
	}))
	return once.(func() (*jsonschema.Schema, error))()
}

// ValidateJSON checks that data is one JSON document that the json
// format's schema accepts.
func ValidateJSON(data []byte) error {
	return ValidateWith("plan.schema.json", render.Schema(), data)
}

// ValidateWith checks that data is one JSON document that the JSON Schema
// schema (draft 2020-12, called name in messages) accepts.
func ValidateWith(name string, schema, data []byte) error {
	s, err := compile(name, schema)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	if dec.More() {
		return fmt.Errorf("more than one JSON document")
	}
	return s.Validate(doc)
}
