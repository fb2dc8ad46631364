package diffengine

import (
	"bytes"
	"reflect"

	"github.com/pgstrata/pgstrata/internal/jsonshape"
)

// render writes a value for a Change: strings as they are, anything else
// as compact JSON in the shape of pgstrata's JSON output — snake_case keys
// in the model's field order, embedded structs flattened, and fields at
// their zero value left out — so that a reviewer reads
// [{"name":"id","type":"integer"}] rather than Go's field names.
func render(v reflect.Value) string {
	if v.Kind() == reflect.String {
		return v.String()
	}
	var b bytes.Buffer
	jsonshape.Write(&b, v)
	return b.String()
}
