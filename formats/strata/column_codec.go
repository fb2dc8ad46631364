package strata

import (
	"reflect"

	"github.com/vmihailenco/msgpack/v5"

	"github.com/pgstrata/pgstrata/snapshot"
)

// Columns are most of a big catalog (100,000 of 180,000 objects at 10,000
// tables), and msgpack's reflection spends most of its time on them: it
// boxes every field to ask whether it is empty, and looks every key up in a
// map. This codec writes exactly the bytes the reflective encoder writes
// (TestColumnCodecMatchesReflection proves it field by field), so the
// format does not change, in a fraction of the time.
//
// Interning follows the struct tags: a field tagged intern is written and
// read with the encoder's or decoder's interning switched on for that one
// string, which is what msgpack's reflective code does for such a field.
func init() {
	msgpack.Register(snapshot.Column{}, encodeColumn, decodeColumn)
}

// columnKeys are the struct keys in field order (Go field names: no field
// renames itself in a tag).
var columnKeys = struct {
	Name, Type, NotNull, Default, Generated, Identity, Collation, Storage, TypeStorage, Compression,
	StatisticsTarget, Options, ForeignOptions, InheritedOnly, InheritCount, Comment, ACL string
}{"Name", "Type", "NotNull", "Default", "Generated", "Identity", "Collation", "Storage", "TypeStorage", "Compression",
	"StatisticsTarget", "Options", "ForeignOptions", "InheritedOnly", "InheritCount", "Comment", "ACL"}

func encodeColumn(e *msgpack.Encoder, v reflect.Value) error {
	var c *snapshot.Column
	if v.CanAddr() {
		c = v.Addr().Interface().(*snapshot.Column)
	} else {
		copied := v.Interface().(snapshot.Column)
		c = &copied
	}
	k := columnKeys
	n := 0
	for _, present := range [...]bool{c.Name != "", c.Type != "", c.NotNull, c.Default != "", c.Generated != "",
		c.Identity != nil, c.Collation != "", c.Storage != "", c.TypeStorage != "", c.Compression != "",
		c.StatisticsTarget != nil, len(c.Options) > 0, len(c.ForeignOptions) > 0, c.InheritedOnly,
		c.InheritCount != 0, c.Comment != "", len(c.ACL) > 0} {
		if present {
			n++
		}
	}
	w := &fieldWriter{e: e}
	w.mapLen(n)
	w.interned(k.Name, c.Name)
	w.interned(k.Type, c.Type)
	w.boolean(k.NotNull, c.NotNull)
	w.interned(k.Default, c.Default)
	w.plain(k.Generated, c.Generated)
	if c.Identity != nil {
		w.value(k.Identity, c.Identity)
	}
	w.interned(k.Collation, c.Collation)
	w.plain(k.Storage, c.Storage)
	w.plain(k.TypeStorage, c.TypeStorage)
	w.plain(k.Compression, c.Compression)
	if c.StatisticsTarget != nil {
		w.key(k.StatisticsTarget)
		w.int(*c.StatisticsTarget)
	}
	if len(c.Options) > 0 {
		w.value(k.Options, c.Options)
	}
	if len(c.ForeignOptions) > 0 {
		w.value(k.ForeignOptions, c.ForeignOptions)
	}
	w.boolean(k.InheritedOnly, c.InheritedOnly)
	if c.InheritCount != 0 {
		w.key(k.InheritCount)
		w.int(c.InheritCount)
	}
	w.plain(k.Comment, c.Comment)
	if len(c.ACL) > 0 {
		w.value(k.ACL, c.ACL)
	}
	return w.err
}

func decodeColumn(d *msgpack.Decoder, v reflect.Value) error {
	n, err := d.DecodeMapLen()
	if err != nil {
		return err
	}
	// Decode in place: going through a local Column and reflect.ValueOf
	// would put a copy of every column on the heap.
	var c *snapshot.Column
	if v.CanAddr() {
		c = v.Addr().Interface().(*snapshot.Column)
	} else {
		c = new(snapshot.Column)
		defer func() { v.Set(reflect.ValueOf(*c)) }()
	}
	*c = snapshot.Column{}
	if n < 0 { // nil: a zero column, as the reflective decoder gives
		return nil
	}
	k := columnKeys
	for range n {
		key, err := d.DecodeString()
		if err != nil {
			return err
		}
		switch key {
		case k.Name:
			c.Name, err = decodeInterned(d)
		case k.Type:
			c.Type, err = decodeInterned(d)
		case k.NotNull:
			c.NotNull, err = d.DecodeBool()
		case k.Default:
			c.Default, err = decodeInterned(d)
		case k.Generated:
			c.Generated, err = d.DecodeString()
		case k.Identity:
			err = d.Decode(&c.Identity)
		case k.Collation:
			c.Collation, err = decodeInterned(d)
		case k.Storage:
			c.Storage, err = d.DecodeString()
		case k.TypeStorage:
			c.TypeStorage, err = d.DecodeString()
		case k.Compression:
			c.Compression, err = d.DecodeString()
		case k.StatisticsTarget:
			err = d.Decode(&c.StatisticsTarget)
		case k.Options:
			err = d.Decode(&c.Options)
		case k.ForeignOptions:
			err = d.Decode(&c.ForeignOptions)
		case k.InheritedOnly:
			c.InheritedOnly, err = d.DecodeBool()
		case k.InheritCount:
			c.InheritCount, err = d.DecodeInt()
		case k.Comment:
			c.Comment, err = d.DecodeString()
		case k.ACL:
			err = d.Decode(&c.ACL)
		default:
			err = d.Skip() // a field of a newer pgstrata
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// decodeInterned reads a string of a field tagged intern: a plain string
// enters the decoder's table of interned strings.
func decodeInterned(d *msgpack.Decoder) (string, error) {
	d.UseInternedStrings(true)
	s, err := d.DecodeString()
	d.UseInternedStrings(false)
	return s, err
}

// fieldWriter writes struct fields as msgpack's reflective encoder does with
// every zero value omitted; the first error sticks.
type fieldWriter struct {
	e   *msgpack.Encoder
	err error
}

func (w *fieldWriter) mapLen(n int) {
	if w.err == nil {
		w.err = w.e.EncodeMapLen(n)
	}
}

func (w *fieldWriter) key(k string) {
	if w.err == nil {
		w.err = w.e.EncodeString(k)
	}
}

// interned writes a field tagged intern: the string may enter the table.
func (w *fieldWriter) interned(k, s string) {
	if s == "" || w.err != nil {
		return
	}
	w.key(k)
	if w.err == nil {
		w.e.UseInternedStrings(true)
		w.err = w.e.EncodeString(s)
		w.e.UseInternedStrings(false)
	}
}

func (w *fieldWriter) plain(k, s string) {
	if s == "" || w.err != nil {
		return
	}
	w.key(k)
	if w.err == nil {
		w.err = w.e.EncodeString(s)
	}
}

func (w *fieldWriter) boolean(k string, b bool) {
	if !b || w.err != nil {
		return
	}
	w.key(k)
	if w.err == nil {
		w.err = w.e.EncodeBool(true)
	}
}

func (w *fieldWriter) int(n int) {
	if w.err == nil {
		w.err = w.e.EncodeInt(int64(n))
	}
}

func (w *fieldWriter) value(k string, v any) {
	if w.err != nil {
		return
	}
	w.key(k)
	if w.err == nil {
		w.err = w.e.Encode(v)
	}
}
