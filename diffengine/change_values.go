package diffengine

import (
	"bytes"
	"encoding/json"
	"reflect"
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
	writeChangeValue(&b, v)
	return b.String()
}

// writeChangeValue writes v as JSON (see render).
func writeChangeValue(b *bytes.Buffer, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			b.WriteString("null")
			return
		}
		writeChangeValue(b, v.Elem())
	case reflect.Struct:
		b.WriteByte('{')
		writeStructFields(b, v, true)
		b.WriteByte('}')
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for i := range v.Len() {
			if i > 0 {
				b.WriteByte(',')
			}
			writeChangeValue(b, v.Index(i))
		}
		b.WriteByte(']')
	default:
		out, err := json.Marshal(v.Interface())
		if err != nil {
			out = []byte("null")
		}
		b.Write(out)
	}
}

// writeStructFields writes the non-zero exported fields of struct v as
// "key":value pairs, flattening embedded structs; first says whether no
// pair has been written yet. It reports whether one is still to come.
func writeStructFields(b *bytes.Buffer, v reflect.Value, first bool) bool {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		fv := v.Field(i)
		if !f.IsExported() || fv.IsZero() {
			continue
		}
		if f.Anonymous && fv.Kind() == reflect.Struct {
			first = writeStructFields(b, fv, first)
			continue
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		key, _ := json.Marshal(snakeCase(f.Name))
		b.Write(key)
		b.WriteByte(':')
		writeChangeValue(b, fv)
	}
	return first
}
