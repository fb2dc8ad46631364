package strata

import (
	"reflect"

	"github.com/vmihailenco/msgpack/v5"

	"github.com/pgstrata/pgstrata/snapshot"
)

// msgpack v5.4.1 grows a slice it decodes by appending a freshly made slice
// of the missing length to it (growSliceValue), so every decoded slice is
// allocated twice and copied once. For a 10,000-table catalog that is tens
// of megabytes of garbage per file. Every slice type of the model therefore
// gets a decoder that allocates exactly once, at the length the data
// declares: checkShape has vetted that length against the data and the
// allocation budget before msgpack runs.
func registerLegacySliceDecoders() {
	seen := map[reflect.Type]bool{}
	registerSliceDecoders(reflect.TypeFor[snapshot.Catalog](), seen)
}

func registerSliceDecoders(t reflect.Type, seen map[reflect.Type]bool) {
	if seen[t] {
		return
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Slice:
		if t.Elem().Kind() != reflect.Uint8 { // []byte has a decoder of its own
			msgpack.Register(reflect.Zero(t).Interface(), nil, decodeSliceExact)
		}
		registerSliceDecoders(t.Elem(), seen)
	case reflect.Pointer:
		registerSliceDecoders(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if t.Field(i).IsExported() { // as msgpack, which skips the others
				registerSliceDecoders(t.Field(i).Type, seen)
			}
		}
	}
}

// decodeSliceExact decodes an array into a new slice of exactly its length.
// Like msgpack's own decoder, it gives nil for a nil array and an empty,
// non-nil slice for an empty one.
func decodeSliceExact(d *msgpack.Decoder, v reflect.Value) error {
	n, err := d.DecodeArrayLen()
	if err != nil {
		return err
	}
	if n < 0 {
		v.SetZero()
		return nil
	}
	s := reflect.MakeSlice(v.Type(), n, n)
	for i := range n {
		if err := d.DecodeValue(s.Index(i)); err != nil {
			return err
		}
	}
	v.Set(s)
	return nil
}
