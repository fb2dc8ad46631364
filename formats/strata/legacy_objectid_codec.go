package strata

import (
	"fmt"
	"reflect"

	"github.com/vmihailenco/msgpack/v5"

	"github.com/pgstrata/pgstrata/snapshot"
)

// Identities are the other hot type: two per dependency edge (45,000 edges
// at 10,000 tables). An ObjectID is a five-element array of interned
// strings and a Dependency the array [From, To, Type]; these codecs write
// the bytes msgpack's reflection writes for them
// (TestObjectIDCodecMatchesReflection) without reflection.
func registerLegacyIdentityCodecs() {
	msgpack.Register(snapshot.ObjectID{},
		func(e *msgpack.Encoder, v reflect.Value) error {
			return legacyEncodeObjectID(e, addressOf[snapshot.ObjectID](v))
		},
		func(d *msgpack.Decoder, v reflect.Value) error {
			return decodeInto(v, func(id *snapshot.ObjectID) error { return legacyDecodeObjectID(d, id) })
		})
	msgpack.Register(snapshot.Dependency{},
		func(e *msgpack.Encoder, v reflect.Value) error {
			return legacyEncodeDependency(e, addressOf[snapshot.Dependency](v))
		},
		func(d *msgpack.Decoder, v reflect.Value) error {
			return decodeInto(v, func(dep *snapshot.Dependency) error { return legacyDecodeDependency(d, dep) })
		})
}

func legacyEncodeDependency(e *msgpack.Encoder, dep *snapshot.Dependency) error {
	if err := e.EncodeArrayLen(3); err != nil {
		return err
	}
	if err := legacyEncodeObjectID(e, &dep.From); err != nil {
		return err
	}
	if err := legacyEncodeObjectID(e, &dep.To); err != nil {
		return err
	}
	return e.EncodeString(dep.Type)
}

func legacyDecodeDependency(d *msgpack.Decoder, dep *snapshot.Dependency) error {
	*dep = snapshot.Dependency{}
	if ok, err := decodeArrayLen(d, 3, "snapshot.Dependency"); !ok {
		return err
	}
	if err := legacyDecodeObjectID(d, &dep.From); err != nil {
		return err
	}
	if err := legacyDecodeObjectID(d, &dep.To); err != nil {
		return err
	}
	var err error
	dep.Type, err = d.DecodeString()
	return err
}

func legacyEncodeObjectID(e *msgpack.Encoder, id *snapshot.ObjectID) error {
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

func legacyDecodeObjectID(d *msgpack.Decoder, id *snapshot.ObjectID) error {
	*id = snapshot.ObjectID{}
	if ok, err := decodeArrayLen(d, 5, "snapshot.ObjectID"); !ok {
		return err
	}
	d.UseInternedStrings(true)
	defer d.UseInternedStrings(false)
	var kind string
	for _, field := range [...]*string{&kind, &id.Schema, &id.Table, &id.Name, &id.Args} {
		var err error
		if *field, err = d.DecodeString(); err != nil {
			return err
		}
	}
	id.Kind = snapshot.Kind(kind)
	return nil
}

// decodeArrayLen reads the header of a struct encoded as an array of n
// fields. ok is false when there is nothing more to read: nil (a zero
// value, as msgpack's reflection gives) or an error, which is returned;
// another length is an error, as it is for msgpack.
func decodeArrayLen(d *msgpack.Decoder, n int, name string) (ok bool, err error) {
	got, err := d.DecodeArrayLen()
	switch {
	case err != nil || got < 0:
		return false, err
	case got != n:
		return false, fmt.Errorf("msgpack: struct %s has %d fields, but msgpack has %d", name, n, got)
	}
	return true, nil
}
