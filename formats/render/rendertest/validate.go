// Package rendertest holds what tests of several packages need to check
// render's output: validation of the json format against its JSON Schema.
// Only tests import it, so the validator is not linked into pgstrata.
package rendertest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/pgstrata/pgstrata/formats/render"
)

var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(render.Schema()))
	if err != nil {
		return nil, fmt.Errorf("plan.schema.json: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	const url = "plan.schema.json"
	if err := c.AddResource(url, doc); err != nil {
		return nil, err
	}
	return c.Compile(url)
})

// ValidateJSON checks that data is one JSON document that the json
// format's schema accepts.
func ValidateJSON(data []byte) error {
	schema, err := compiled()
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
	return schema.Validate(doc)
}
