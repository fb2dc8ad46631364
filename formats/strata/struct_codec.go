package strata

import (
	"reflect"

	"github.com/vmihailenco/msgpack/v5"

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
func init() {
	registerStructCodec(columnFields)
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
		return encodeStruct(e, addressOf[T](v), fields)
	}, func(d *msgpack.Decoder, v reflect.Value) error {
		return decodeInto(v, func(target *T) error { return decodeStruct(d, target, byKey) })
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

func encodeStruct[T any](e *msgpack.Encoder, v *T, fields []field[T]) error {
	n := 0
	for i := range fields {
		if fields[i].isPresent(v) {
			n++
		}
	}
	if err := e.EncodeMapLen(n); err != nil {
		return err
	}
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

func decodeStruct[T any](d *msgpack.Decoder, v *T, byKey map[string]*field[T]) error {
	var zero T
	*v = zero
	n, err := d.DecodeMapLen()
	if err != nil || n < 0 { // nil: a zero value, as the reflective decoder gives
		return err
	}
	for range n {
		key, err := d.DecodeString()
		if err != nil {
			return err
		}
		f, ok := byKey[key]
		switch {
		case !ok:
			err = d.Skip() // a field of a newer pgstrata
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
		if err != nil {
			return err
		}
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
	{key: "Generated", plain: func(c *snapshot.Column) *string { return &c.Generated }},
	{key: "Identity", value: func(c *snapshot.Column) any { return &c.Identity }, present: func(c *snapshot.Column) bool { return c.Identity != nil }},
	{key: "Collation", interned: func(c *snapshot.Column) *string { return &c.Collation }},
	{key: "Storage", plain: func(c *snapshot.Column) *string { return &c.Storage }},
	{key: "TypeStorage", plain: func(c *snapshot.Column) *string { return &c.TypeStorage }},
	{key: "Compression", plain: func(c *snapshot.Column) *string { return &c.Compression }},
	{key: "StatisticsTarget", value: func(c *snapshot.Column) any { return &c.StatisticsTarget }, present: func(c *snapshot.Column) bool { return c.StatisticsTarget != nil }},
	{key: "Options", value: func(c *snapshot.Column) any { return &c.Options }, present: func(c *snapshot.Column) bool { return len(c.Options) > 0 }},
	{key: "ForeignOptions", value: func(c *snapshot.Column) any { return &c.ForeignOptions }, present: func(c *snapshot.Column) bool { return len(c.ForeignOptions) > 0 }},
	{key: "InheritedOnly", boolean: func(c *snapshot.Column) *bool { return &c.InheritedOnly }},
	{key: "InheritCount", integer: func(c *snapshot.Column) *int { return &c.InheritCount }},
	{key: "Comment", plain: func(c *snapshot.Column) *string { return &c.Comment }},
	{key: "ACL", value: func(c *snapshot.Column) any { return &c.ACL }, present: func(c *snapshot.Column) bool { return len(c.ACL) > 0 }},
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
