// Package jsonshape writes model values (snapshot's Go types) as JSON in
// the shape of pgstrata's JSON outputs: snake_case keys (NotNull →
// not_null), zero fields left out. diffengine's change values and
// pgstrata show's object attributes both write through it, so that an
// attribute has one name everywhere.
package jsonshape

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"unicode"
)

// Write writes v as compact JSON in the shape of pgstrata's JSON output:
// snake_case keys in the model's field order, embedded structs flattened,
// fields at their zero value left out, nil slices as [] and nil pointers
// as null.
func Write(b *bytes.Buffer, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			b.WriteString("null")
			return
		}
		Write(b, v.Elem())
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
			Write(b, v.Index(i))
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
		key, _ := json.Marshal(SnakeCase(f.Name))
		b.Write(key)
		b.WriteByte(':')
		Write(b, fv)
	}
	return first
}

// SnakeCase turns a Go field name into the snake_case of pgstrata's JSON
// ("NotNull" → "not_null", "ACL" → "acl").
func SnakeCase(name string) string {
	var b strings.Builder
	runes := []rune(name)
	for i, r := range runes {
		if unicode.IsUpper(r) {
			if i > 0 && (unicode.IsLower(runes[i-1]) || i+1 < len(runes) && unicode.IsLower(runes[i+1])) {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
