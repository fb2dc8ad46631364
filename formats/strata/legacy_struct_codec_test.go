package strata

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/vmihailenco/msgpack/v5"

	"github.com/pgstrata/pgstrata/snapshot"
)

// The mirror types have the fields and tags of the types with a codec of
// their own but not the codec, so msgpack encodes them by reflection: the
// reference the codecs must match. A Column's is columnWire, the flat
// struct the file holds.
type (
	reflectIndex      snapshot.Index
	reflectConstraint snapshot.Constraint
	reflectTable      snapshot.Table
)

func wireOf(c snapshot.Column) columnWire {
	return columnWire{Name: c.Name, Type: c.Type, NotNull: c.NotNull, Default: c.Default, ColumnDetails: c.Details}
}

func columnOf(w columnWire) snapshot.Column {
	return snapshot.Column{Name: w.Name, Type: w.Type, NotNull: w.NotNull, Default: w.Default, Details: w.ColumnDetails}
}

// TestStructCodecsMatchReflection encodes values that set each field alone
// (and full values, repeated so that interning comes into play) through the
// codecs and through msgpack's reflection, and requires the same bytes; then
// decodes those bytes both ways and requires the same values. A field
// added to one of these types and not to its field table fails here.
func TestStructCodecsMatchReflection(t *testing.T) {
	stats := 100
	qn := &snapshot.QualifiedName{Schema: "app", Name: "parent"}
	checkCodec(t, snapshot.Column{Name: "email", Type: "public.citext", NotNull: true, Default: "''::public.citext",
		Details: &snapshot.ColumnDetails{Generated: "s", Identity: &snapshot.Identity{Generated: "d", Sequence: snapshot.QualifiedName{Schema: "s", Name: "seq"},
			SequenceOptions: snapshot.SequenceOptions{DataType: "bigint", Start: 1, Increment: 1, Min: 1, Max: 1 << 40, Cache: 1}},
			Collation: `pg_catalog."C"`, Storage: "e", TypeStorage: "x", Compression: "l", StatisticsTarget: &stats,
			Options: []string{"n_distinct=100"}, ForeignOptions: []string{"column_name=e"}, InheritedOnly: true, InheritCount: -2,
			Comment: "Name", ACL: []snapshot.ACLItem{{Grantee: "app", Grantor: "owner", Privileges: "r", GrantOptions: "r"}}}},
		wireOf, columnOf)
	checkCodec(t, snapshot.Index{Schema: "app", Name: "orders_pkey", Table: "orders", Definition: "CREATE INDEX …",
		Unique: true, Constraint: "orders_pkey", Clustered: true, ReplicaIdentity: true, Invalid: true, PartitionOf: qn,
		Comment: "Schema"}, func(x snapshot.Index) reflectIndex { return reflectIndex(x) },
		func(x reflectIndex) snapshot.Index { return snapshot.Index(x) })
	checkCodec(t, snapshot.Constraint{Schema: "app", Table: "orders", Name: "fk", Type: "f", Definition: "FOREIGN KEY …",
		Deferrable: true, InitiallyDeferred: true, NotValid: true, NoInherit: true, InheritedOnly: true, InheritCount: 3,
		Index: "orders_pkey", References: qn, Comment: "Table"}, func(x snapshot.Constraint) reflectConstraint { return reflectConstraint(x) },
		func(x reflectConstraint) snapshot.Constraint { return snapshot.Constraint(x) })
	checkCodec(t, snapshot.Table{Schema: "app", Name: "orders", RelKind: "p", Unlogged: true, PartitionKey: "RANGE (id)",
		PartitionOf: qn, PartitionBound: "DEFAULT", Inherits: []snapshot.QualifiedName{*qn}, OfType: "app.t",
		Options: []string{"fillfactor=70"}, AccessMethod: "heap2", RowSecurity: true, ForceRowSecurity: true,
		ReplicaIdentity: "f", ForeignServer: "srv", ForeignOptions: []string{"a=b"},
		Columns: []snapshot.Column{{Name: "id", Type: "integer"}, {Name: "n", Type: "text", Details: &snapshot.ColumnDetails{Comment: "Type"}}},
		Common:  snapshot.Common{Owner: "owner", Comment: "Name", ACL: []snapshot.ACLItem{{Grantee: "app", Grantor: "owner", Privileges: "r"}}}},
		func(x snapshot.Table) reflectTable { return reflectTable(x) }, func(x reflectTable) snapshot.Table { return snapshot.Table(x) })
}

// checkCodec checks the codec of T against msgpack's reflective encoding of
// its mirror type M, which mirror and back convert to and from.
func checkCodec[T, M any](t *testing.T, full T, mirror func(T) M, back func(M) T) {
	t.Helper()
	var zero T
	values := []T{zero, full, full}
	for _, one := range singleFieldValues(full) {
		values = append(values, one, one)
	}
	mirrors := make([]M, len(values))
	for i, x := range values {
		mirrors[i] = mirror(x)
	}
	got, err := marshal(values)
	if err != nil {
		t.Fatal(err)
	}
	want, err := marshal(mirrors)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%T: the codec writes other bytes than reflection:\n got %x\nwant %x", full, got, want)
	}
	var decoded []T
	if err := msgpack.Unmarshal(got, &decoded); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(decoded, values) {
		t.Errorf("%T: values do not survive the round trip:\n got %+v\nwant %+v", full, decoded, values)
	}
	// Decoded by reflection into the mirror type, the same values come out.
	var reference []M
	if err := msgpack.Unmarshal(got, &reference); err != nil {
		t.Fatal(err)
	}
	for i := range values {
		if back := back(reference[i]); !reflect.DeepEqual(back, values[i]) {
			t.Errorf("%T %d: reflection decodes %+v, want %+v", full, i, back, values[i])
		}
	}
}

// singleFieldValues returns, for each exported field of full, a value with
// that field alone set as in full; and for a field that points to a struct
// (Column.Details), also one for each field of that struct, set alone.
func singleFieldValues[T any](full T) []T {
	var out []T
	v := reflect.ValueOf(full)
	for i := range v.NumField() {
		if !v.Type().Field(i).IsExported() {
			continue
		}
		one := reflect.New(v.Type()).Elem()
		one.Field(i).Set(v.Field(i))
		out = append(out, one.Interface().(T))
		f := v.Field(i)
		if f.Kind() != reflect.Pointer || f.IsNil() || f.Elem().Kind() != reflect.Struct {
			continue
		}
		for j := range f.Elem().NumField() {
			if !f.Elem().Type().Field(j).IsExported() {
				continue
			}
			inner := reflect.New(f.Elem().Type())
			inner.Elem().Field(j).Set(f.Elem().Field(j))
			one := reflect.New(v.Type()).Elem()
			one.Field(i).Set(inner)
			out = append(out, one.Interface().(T))
		}
	}
	return out
}

// TestStructCodecSkipsUnknownKeys: a value written by a newer pgstrata with
// a field this build does not know still reads.
func TestStructCodecSkipsUnknownKeys(t *testing.T) {
	body := cat(fixmap(3), fixstr("Name"), fixstr("id"), fixstr("Zzz"), []byte{0x92, 0x01, 0x02}, fixstr("Type"), fixstr("int"))
	var c snapshot.Column
	if err := msgpack.Unmarshal(body, &c); err != nil {
		t.Fatal(err)
	}
	if c.Name != "id" || c.Type != "int" {
		t.Errorf("decoded %+v", c)
	}
}

type reflectObjectID snapshot.ObjectID

// reflectDependency mirrors Dependency with the mirror identity type.
type reflectDependency struct {
	_msgpack struct{} `msgpack:",as_array"`
	From     reflectObjectID
	To       reflectObjectID
	Type     string
}

// TestObjectIDCodecMatchesReflection: identities, alone and inside
// dependency edges, encode to the bytes reflection writes and decode back.
func TestObjectIDCodecMatchesReflection(t *testing.T) {
	ids := []snapshot.ObjectID{{}, snapshot.ColumnID("app", "orders", "id"), {Kind: snapshot.KindFunction, Schema: "app", Name: "f", Args: "integer, text"},
		snapshot.ColumnID("app", "orders", "id"), {Kind: snapshot.KindSchema, Name: "app"}, {Kind: "table", Schema: "Name", Name: "Type"}}
	var deps []snapshot.Dependency
	var mirror []reflectDependency
	for i := range ids {
		from, to := ids[i], ids[(i+1)%len(ids)]
		deps = append(deps, snapshot.Dependency{From: from, To: to, Type: "n"})
		mirror = append(mirror, reflectDependency{From: reflectObjectID(from), To: reflectObjectID(to), Type: "n"})
	}
	got, err := marshal(deps)
	if err != nil {
		t.Fatal(err)
	}
	want, err := marshal(mirror)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("the codec writes other bytes than reflection:\n got %x\nwant %x", got, want)
	}
	var decoded []snapshot.Dependency
	if err := msgpack.Unmarshal(got, &decoded); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(decoded, deps) {
		t.Errorf("decoded %+v\nwant %+v", decoded, deps)
	}
	var short snapshot.ObjectID
	if err := msgpack.Unmarshal([]byte{0x92, 0xa1, 'x', 0xa1, 'y'}, &short); err == nil {
		t.Error("a two-element identity decoded")
	}
}
