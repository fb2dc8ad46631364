package strata

import (
	"fmt"
	"reflect"

	"github.com/vmihailenco/msgpack/v5"

	"github.com/pgstrata/pgstrata/snapshot"
)

// Identities are the other hot type: two per dependency edge (45,000 edges
// at 10,000 tables). An ObjectID is a five-element array of interned
// strings; this codec writes the bytes msgpack's reflection writes for it
// (TestObjectIDCodecMatchesReflection) without reflection.
func init() {
	msgpack.Register(snapshot.ObjectID{}, encodeObjectID, decodeObjectID)
	msgpack.Register(snapshot.Dependency{}, encodeDependency, decodeDependency)
}

// A Dependency is the array [From, To, Type].
func encodeDependency(e *msgpack.Encoder, v reflect.Value) error {
	var dep snapshot.Dependency
	if v.CanAddr() {
		dep = *v.Addr().Interface().(*snapshot.Dependency)
	} else {
		dep = v.Interface().(snapshot.Dependency)
	}
	if err := e.EncodeArrayLen(3); err != nil {
		return err
	}
	if err := encodeObjectID(e, reflect.ValueOf(dep.From)); err != nil {
		return err
	}
	if err := encodeObjectID(e, reflect.ValueOf(dep.To)); err != nil {
		return err
	}
	return e.EncodeString(dep.Type)
}

func decodeDependency(d *msgpack.Decoder, v reflect.Value) error {
	var target *snapshot.Dependency
	if v.CanAddr() {
		target = v.Addr().Interface().(*snapshot.Dependency)
	} else {
		target = new(snapshot.Dependency)
		defer func() { v.Set(reflect.ValueOf(*target)) }()
	}
	*target = snapshot.Dependency{}
	n, err := d.DecodeArrayLen()
	switch {
	case err != nil || n < 0:
		return err
	case n != 3:
		return fmt.Errorf("msgpack: struct snapshot.Dependency has 3 fields, but msgpack has %d", n)
	}
	if err := decodeObjectID(d, reflect.ValueOf(&target.From).Elem()); err != nil {
		return err
	}
	if err := decodeObjectID(d, reflect.ValueOf(&target.To).Elem()); err != nil {
		return err
	}
	target.Type, err = d.DecodeString()
	return err
}

func encodeObjectID(e *msgpack.Encoder, v reflect.Value) error {
	var id snapshot.ObjectID
	if v.CanAddr() {
		id = *v.Addr().Interface().(*snapshot.ObjectID)
	} else {
		id = v.Interface().(snapshot.ObjectID)
	}
	if err := e.EncodeArrayLen(5); err != nil {
		return err
	}
	e.UseInternedStrings(true)
	defer e.UseInternedStrings(false)
	for _, s := range [...]string{string(id.Kind), id.Schema, id.Table, id.Name, id.Args} {
		if err := e.EncodeString(s); err != nil {
			return err
		}
	}
	return nil
}

func decodeObjectID(d *msgpack.Decoder, v reflect.Value) error {
	n, err := d.DecodeArrayLen()
	if err != nil {
		return err
	}
	var target *snapshot.ObjectID
	if v.CanAddr() {
		target = v.Addr().Interface().(*snapshot.ObjectID)
	} else {
		target = new(snapshot.ObjectID)
		defer func() { v.Set(reflect.ValueOf(*target)) }()
	}
	*target = snapshot.ObjectID{}
	switch {
	case n < 0:
		return nil
	case n != 5:
		return fmt.Errorf("msgpack: struct snapshot.ObjectID has 5 fields, but msgpack has %d", n)
	}
	d.UseInternedStrings(true)
	defer d.UseInternedStrings(false)
	var kind string
	for _, field := range [...]*string{&kind, &target.Schema, &target.Table, &target.Name, &target.Args} {
		if *field, err = d.DecodeString(); err != nil {
			return err
		}
	}
	target.Kind = snapshot.Kind(kind)
	return nil
}
