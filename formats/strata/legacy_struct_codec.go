package strata

import (
	"reflect"
	"sync"

	"github.com/vmihailenco/msgpack/v5"
	"github.com/vmihailenco/msgpack/v5/msgpcode"

	"github.com/pgstrata/pgstrata/snapshot"
)

// The kinds a big catalog holds tens of thousands of (columns, indexes,
// constraints) are encoded and decoded by a table of their fields rather
// than by msgpack's reflection, which boxes every field to ask whether it is
// empty and looks every key up in a map. The bytes are exactly those the
// reflective encoder writes (TestStructCodecsMatchReflection proves it field
// by field), so the format does not change.
//
// Interning follows the struct tags: a field tagged intern is written and
// read with the encoder's or decoder's interning switched on for that one
// string, which is what msgpack's reflective code does for such a field.
func registerLegacyStructCodecs() {
	registerColumnCodec()
	registerStructCodec(indexFields)
	registerStructCodec(constraintFields)
	registerStructCodec(tableFields)
}

// field describes one struct field: its key (the Go field name; none of
// these fields renames itself in a tag) and how to reach it. Exactly one
// accessor is set. Fields are listed in declaration order, which is the
// order msgpack writes them in.
type field[T any] struct {
	key string
	// interned and plain: string fields, tagged intern or not.
	interned, plain func(*T) *string
	boolean         func(*T) *bool
	integer         func(*T) *int
	// value: any other field, coded by msgpack (pointers, slices); present
	// says whether it is set (msgpack omits zero values).
	value   func(*T) any
	present func(*T) bool
}

func (f *field[T]) isPresent(v *T) bool {
	switch {
	case f.interned != nil:
		return *f.interned(v) != ""
	case f.plain != nil:
		return *f.plain(v) != ""
	case f.boolean != nil:
		return *f.boolean(v)
	case f.integer != nil:
		return *f.integer(v) != 0
	}
	return f.present(v)
}

func registerStructCodec[T any](fields []field[T]) {
	byKey := make(map[string]*field[T], len(fields))
	for i := range fields {
		byKey[fields[i].key] = &fields[i]
	}
	var zero T
	msgpack.Register(zero, func(e *msgpack.Encoder, v reflect.Value) error {
		return legacyEncodeStruct(e, addressOf[T](v), fields)
	}, func(d *msgpack.Decoder, v reflect.Value) error {
		return decodeInto(v, func(target *T) error { return legacyDecodeStruct(d, target, byKey) })
	})
}

// decodeInto decodes into v's value in place through decode, or into a copy
// that is then stored when v is not addressable.
func decodeInto[T any](v reflect.Value, decode func(*T) error) error {
	target := addressOf[T](v)
	if err := decode(target); err != nil {
		return err
	}
	if !v.CanAddr() {
		v.Set(reflect.ValueOf(*target))
	}
	return nil
}

// addressOf returns a pointer to v's value: v itself when addressable (a
// slice element, a field), else a copy.
func addressOf[T any](v reflect.Value) *T {
	if v.CanAddr() {
		return v.Addr().Interface().(*T)
	}
	copied := v.Interface().(T)
	return &copied
}

func legacyEncodeStruct[T any](e *msgpack.Encoder, v *T, fields []field[T]) error {
	if err := e.EncodeMapLen(legacyCountPresent(v, fields)); err != nil {
		return err
	}
	return legacyEncodeFields(e, v, fields)
}

func legacyCountPresent[T any](v *T, fields []field[T]) int {
	n := 0
	for i := range fields {
		if fields[i].isPresent(v) {
			n++
		}
	}
	return n
}

// encodeFields writes the key and value of each field of v that is set:
// the entries of a map whose header the caller wrote.
func legacyEncodeFields[T any](e *msgpack.Encoder, v *T, fields []field[T]) error {
	for i := range fields {
		f := &fields[i]
		if !f.isPresent(v) {
			continue
		}
		if err := e.EncodeString(f.key); err != nil {
			return err
		}
		var err error
		switch {
		case f.interned != nil:
			e.UseInternedStrings(true)
			err = e.EncodeString(*f.interned(v))
			e.UseInternedStrings(false)
		case f.plain != nil:
			err = e.EncodeString(*f.plain(v))
		case f.boolean != nil:
			err = e.EncodeBool(true)
		case f.integer != nil:
			err = e.EncodeInt(int64(*f.integer(v)))
		default:
			err = e.Encode(f.value(v))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func legacyDecodeStruct[T any](d *msgpack.Decoder, v *T, byKey map[string]*field[T]) error {
	var zero T
	*v = zero
	n, err := d.DecodeMapLen()
	if err != nil || n < 0 { // nil: a zero value, as the reflective decoder gives
		return err
	}
	buf := keyBuffers.Get().(*[keyBufferSize]byte)
	defer keyBuffers.Put(buf)
	for range n {
		key, err := legacyDecodeKey(d, buf)
		if err != nil {
			return err
		}
		f, ok := byKey[string(key)] // no allocation for a lookup
		if !ok {
			err = d.Skip() // a field of a newer pgstrata
		} else {
			err = legacyDecodeField(d, v, f)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// decodeKey reads a map key, the name of a field. A short string, as field
// names are, is read into buf and returned from there: DecodeString would
// allocate a string for every key of every object (msgpack's reflective
// decoder does too, once the body has interned strings), about a million
// per 10,000-table catalog. Anything else, such as a reference to an
// interned string, goes through DecodeString.
func legacyDecodeKey(d *msgpack.Decoder, buf *[keyBufferSize]byte) ([]byte, error) {
	c, err := d.PeekCode()
	if err != nil {
		return nil, err
	}
	if msgpcode.IsFixedString(c) { // the code byte and up to 31 bytes
		n := 1 + int(c&msgpcode.FixedStrMask)
		if err := d.ReadFull(buf[:n]); err != nil {
			return nil, err
		}
		return buf[1:n], nil
	}
	key, err := d.DecodeString()
	return []byte(key), err
}

// keyBufferSize holds a fixstr: its code byte and up to 31 bytes.
const keyBufferSize = 32

// keyBuffers lends decodeKey its buffer, one per object decoded (a buffer
// on the stack would escape to the heap through the decoder's reader).
var keyBuffers = sync.Pool{New: func() any { return new([keyBufferSize]byte) }}

// decodeField decodes the value of field f of v.
func legacyDecodeField[T any](d *msgpack.Decoder, v *T, f *field[T]) (err error) {
	switch {
	case f.interned != nil:
		d.UseInternedStrings(true)
		*f.interned(v), err = d.DecodeString()
		d.UseInternedStrings(false)
	case f.plain != nil:
		*f.plain(v), err = d.DecodeString()
	case f.boolean != nil:
		*f.boolean(v), err = d.DecodeBool()
	case f.integer != nil:
		*f.integer(v), err = d.DecodeInt()
	default:
		err = d.Decode(f.value(v))
	}
	return err
}

// columnWire is a Column as the file holds it: one map of Column's fields
// and then, inlined, those of its Details (msgpack inlines an embedded
// pointer to a struct, and allocates it on decoding when one of its fields
// comes). Nothing is encoded as a columnWire: the codec below writes the
// same bytes from a Column by its field tables, the guard walks data with
// its shape (wireTypes), and the tests compare the codec with msgpack's
// reflective encoding of it.
type columnWire struct {
	Name    string `msgpack:",intern"`
	Type    string `msgpack:",intern"`
	NotNull bool   `msgpack:",omitempty"`
	Default string `msgpack:",omitempty,intern"`
	*snapshot.ColumnDetails
}

// A Column is written as a columnWire: Column's fields, then those of
// ColumnDetails. The fields most columns have come first in the file, so
// writing Column's fields and then Details' gives the declared order.
func registerColumnCodec() {
	columnByKey := make(map[string]*field[snapshot.Column], len(columnFields))
	for i := range columnFields {
		columnByKey[columnFields[i].key] = &columnFields[i]
	}
	detailsByKey := make(map[string]*field[snapshot.ColumnDetails], len(columnDetailFields))
	for i := range columnDetailFields {
		detailsByKey[columnDetailFields[i].key] = &columnDetailFields[i]
	}
	msgpack.Register(snapshot.Column{}, func(e *msgpack.Encoder, v reflect.Value) error {
		return legacyEncodeColumn(e, addressOf[snapshot.Column](v))
	}, func(d *msgpack.Decoder, v reflect.Value) error {
		return decodeInto(v, func(c *snapshot.Column) error { return legacyDecodeColumn(d, c, columnByKey, detailsByKey) })
	})
}

func legacyEncodeColumn(e *msgpack.Encoder, c *snapshot.Column) error {
	n := legacyCountPresent(c, columnFields)
	if c.Details != nil {
		n += legacyCountPresent(c.Details, columnDetailFields)
	}
	if err := e.EncodeMapLen(n); err != nil {
		return err
	}
	if err := legacyEncodeFields(e, c, columnFields); err != nil {
		return err
	}
	if c.Details == nil {
		return nil
	}
	return legacyEncodeFields(e, c.Details, columnDetailFields)
}

func legacyDecodeColumn(d *msgpack.Decoder, c *snapshot.Column, columnByKey map[string]*field[snapshot.Column],
	detailsByKey map[string]*field[snapshot.ColumnDetails]) error {
	*c = snapshot.Column{}
	n, err := d.DecodeMapLen()
	if err != nil || n < 0 { // nil: a zero value, as the reflective decoder gives
		return err
	}
	var details *snapshot.ColumnDetails
	buf := keyBuffers.Get().(*[keyBufferSize]byte)
	defer keyBuffers.Put(buf)
	for range n {
		key, err := legacyDecodeKey(d, buf)
		if err != nil {
			return err
		}
		if f, ok := columnByKey[string(key)]; ok {
			err = legacyDecodeField(d, c, f)
		} else if f, ok := detailsByKey[string(key)]; ok {
			if details == nil {
				details = new(snapshot.ColumnDetails)
			}
			err = legacyDecodeField(d, details, f)
		} else {
			err = d.Skip() // a field of a newer pgstrata
		}
		if err != nil {
			return err
		}
	}
	// A writer may spell out a zero value; Details is nil when nothing is set.
	if details != nil && !details.Empty() {
		c.Details = details
	}
	return nil
}

// The field tables. TestStructCodecsMatchReflection fails when a field is
// added to one of these types and not here.

var columnFields = []field[snapshot.Column]{
	{key: "Name", interned: func(c *snapshot.Column) *string { return &c.Name }},
	{key: "Type", interned: func(c *snapshot.Column) *string { return &c.Type }},
	{key: "NotNull", boolean: func(c *snapshot.Column) *bool { return &c.NotNull }},
	{key: "Default", interned: func(c *snapshot.Column) *string { return &c.Default }},
}

var columnDetailFields = []field[snapshot.ColumnDetails]{
	{key: "Generated", plain: func(c *snapshot.ColumnDetails) *string { return &c.Generated }},
	{key: "Identity", value: func(c *snapshot.ColumnDetails) any { return &c.Identity }, present: func(c *snapshot.ColumnDetails) bool { return c.Identity != nil }},
	{key: "Collation", interned: func(c *snapshot.ColumnDetails) *string { return &c.Collation }},
	{key: "Storage", plain: func(c *snapshot.ColumnDetails) *string { return &c.Storage }},
	{key: "TypeStorage", plain: func(c *snapshot.ColumnDetails) *string { return &c.TypeStorage }},
	{key: "Compression", plain: func(c *snapshot.ColumnDetails) *string { return &c.Compression }},
	{key: "StatisticsTarget", value: func(c *snapshot.ColumnDetails) any { return &c.StatisticsTarget }, present: func(c *snapshot.ColumnDetails) bool { return c.StatisticsTarget != nil }},
	{key: "Options", value: func(c *snapshot.ColumnDetails) any { return &c.Options }, present: func(c *snapshot.ColumnDetails) bool { return len(c.Options) > 0 }},
	{key: "ForeignOptions", value: func(c *snapshot.ColumnDetails) any { return &c.ForeignOptions }, present: func(c *snapshot.ColumnDetails) bool { return len(c.ForeignOptions) > 0 }},
	{key: "InheritedOnly", boolean: func(c *snapshot.ColumnDetails) *bool { return &c.InheritedOnly }},
	{key: "InheritCount", integer: func(c *snapshot.ColumnDetails) *int { return &c.InheritCount }},
	{key: "Comment", plain: func(c *snapshot.ColumnDetails) *string { return &c.Comment }},
	{key: "ACL", value: func(c *snapshot.ColumnDetails) any { return &c.ACL }, present: func(c *snapshot.ColumnDetails) bool { return len(c.ACL) > 0 }},
}

var indexFields = []field[snapshot.Index]{
	{key: "Schema", interned: func(x *snapshot.Index) *string { return &x.Schema }},
	{key: "Name", plain: func(x *snapshot.Index) *string { return &x.Name }},
	{key: "Table", interned: func(x *snapshot.Index) *string { return &x.Table }},
	{key: "Definition", plain: func(x *snapshot.Index) *string { return &x.Definition }},
	{key: "Unique", boolean: func(x *snapshot.Index) *bool { return &x.Unique }},
	{key: "Constraint", plain: func(x *snapshot.Index) *string { return &x.Constraint }},
	{key: "Clustered", boolean: func(x *snapshot.Index) *bool { return &x.Clustered }},
	{key: "ReplicaIdentity", boolean: func(x *snapshot.Index) *bool { return &x.ReplicaIdentity }},
	{key: "Invalid", boolean: func(x *snapshot.Index) *bool { return &x.Invalid }},
	{key: "PartitionOf", value: func(x *snapshot.Index) any { return &x.PartitionOf }, present: func(x *snapshot.Index) bool { return x.PartitionOf != nil }},
	{key: "Comment", plain: func(x *snapshot.Index) *string { return &x.Comment }},
}

var constraintFields = []field[snapshot.Constraint]{
	{key: "Schema", interned: func(x *snapshot.Constraint) *string { return &x.Schema }},
	{key: "Table", interned: func(x *snapshot.Constraint) *string { return &x.Table }},
	{key: "Name", plain: func(x *snapshot.Constraint) *string { return &x.Name }},
	{key: "Type", plain: func(x *snapshot.Constraint) *string { return &x.Type }},
	{key: "Definition", plain: func(x *snapshot.Constraint) *string { return &x.Definition }},
	{key: "Deferrable", boolean: func(x *snapshot.Constraint) *bool { return &x.Deferrable }},
	{key: "InitiallyDeferred", boolean: func(x *snapshot.Constraint) *bool { return &x.InitiallyDeferred }},
	{key: "NotValid", boolean: func(x *snapshot.Constraint) *bool { return &x.NotValid }},
	{key: "NoInherit", boolean: func(x *snapshot.Constraint) *bool { return &x.NoInherit }},
	{key: "InheritedOnly", boolean: func(x *snapshot.Constraint) *bool { return &x.InheritedOnly }},
	{key: "InheritCount", integer: func(x *snapshot.Constraint) *int { return &x.InheritCount }},
	{key: "Index", plain: func(x *snapshot.Constraint) *string { return &x.Index }},
	{key: "References", value: func(x *snapshot.Constraint) any { return &x.References }, present: func(x *snapshot.Constraint) bool { return x.References != nil }},
	{key: "Comment", plain: func(x *snapshot.Constraint) *string { return &x.Comment }},
}

// tableFields: Table's fields, with those of the embedded Common inlined at
// its place, as msgpack inlines them.
var tableFields = []field[snapshot.Table]{
	{key: "Schema", interned: func(x *snapshot.Table) *string { return &x.Schema }},
	{key: "Name", interned: func(x *snapshot.Table) *string { return &x.Name }},
	{key: "RelKind", plain: func(x *snapshot.Table) *string { return &x.RelKind }},
	{key: "Unlogged", boolean: func(x *snapshot.Table) *bool { return &x.Unlogged }},
	{key: "PartitionKey", plain: func(x *snapshot.Table) *string { return &x.PartitionKey }},
	{key: "PartitionOf", value: func(x *snapshot.Table) any { return &x.PartitionOf }, present: func(x *snapshot.Table) bool { return x.PartitionOf != nil }},
	{key: "PartitionBound", plain: func(x *snapshot.Table) *string { return &x.PartitionBound }},
	{key: "Inherits", value: func(x *snapshot.Table) any { return &x.Inherits }, present: func(x *snapshot.Table) bool { return len(x.Inherits) > 0 }},
	{key: "OfType", plain: func(x *snapshot.Table) *string { return &x.OfType }},
	{key: "Options", value: func(x *snapshot.Table) any { return &x.Options }, present: func(x *snapshot.Table) bool { return len(x.Options) > 0 }},
	{key: "AccessMethod", plain: func(x *snapshot.Table) *string { return &x.AccessMethod }},
	{key: "RowSecurity", boolean: func(x *snapshot.Table) *bool { return &x.RowSecurity }},
	{key: "ForceRowSecurity", boolean: func(x *snapshot.Table) *bool { return &x.ForceRowSecurity }},
	{key: "ReplicaIdentity", plain: func(x *snapshot.Table) *string { return &x.ReplicaIdentity }},
	{key: "ForeignServer", plain: func(x *snapshot.Table) *string { return &x.ForeignServer }},
	{key: "ForeignOptions", value: func(x *snapshot.Table) any { return &x.ForeignOptions }, present: func(x *snapshot.Table) bool { return len(x.ForeignOptions) > 0 }},
	{key: "Columns", value: func(x *snapshot.Table) any { return &x.Columns }, present: func(x *snapshot.Table) bool { return len(x.Columns) > 0 }},
	{key: "Owner", interned: func(x *snapshot.Table) *string { return &x.Owner }},
	{key: "Comment", plain: func(x *snapshot.Table) *string { return &x.Comment }},
	{key: "ACL", value: func(x *snapshot.Table) any { return &x.ACL }, present: func(x *snapshot.Table) bool { return len(x.ACL) > 0 }},
}
