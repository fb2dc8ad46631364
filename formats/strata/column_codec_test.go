package strata

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/vmihailenco/msgpack/v5"

	"github.com/pgstrata/pgstrata/snapshot"
)

// reflectColumn has Column's fields and tags but not its registered codec,
// so msgpack encodes it by reflection: the reference the codec must match.
type reflectColumn snapshot.Column

// TestColumnCodecMatchesReflection encodes columns that differ from a base
// in every field in turn (and a few full ones, with repeated strings so
// that interning comes into play) through the codec and through msgpack's
// reflection, and requires the same bytes; then decodes those bytes both
// ways and requires the same columns. A field added to Column and not to
// the codec fails here.
func TestColumnCodecMatchesReflection(t *testing.T) {
	stats := 100
	full := snapshot.Column{Name: "email", Type: "public.citext", NotNull: true, Default: "''::public.citext",
		Generated: "", Identity: &snapshot.Identity{Generated: "d", Sequence: snapshot.QualifiedName{Schema: "s", Name: "seq"},
			SequenceOptions: snapshot.SequenceOptions{DataType: "bigint", Start: 1, Increment: 1, Min: 1, Max: 1 << 40, Cache: 1}},
		Collation: `pg_catalog."C"`, Storage: "e", TypeStorage: "x", Compression: "l", StatisticsTarget: &stats,
		Options: []string{"n_distinct=100"}, ForeignOptions: []string{"column_name=e"}, InheritedOnly: true, InheritCount: 2,
		Comment: "who to write to", ACL: []snapshot.ACLItem{{Grantee: "app", Grantor: "owner", Privileges: "r", GrantOptions: "r"}}}
	columns := []snapshot.Column{{}, full, full, {Name: "id", Type: "integer"}, {Name: "email", Type: "public.citext"}}
	// One column per field set, each alone on a zero column.
	v := reflect.ValueOf(full)
	for i := range v.NumField() {
		one := reflect.New(v.Type()).Elem()
		one.Field(i).Set(v.Field(i))
		columns = append(columns, one.Interface().(snapshot.Column))
	}
	columns = append(columns, snapshot.Column{InheritCount: -3, Name: "x"}, snapshot.Column{Name: "Name", Type: "Type"},
		snapshot.Column{Name: "Type", Type: "Name", Comment: "Name"})

	mirror := make([]reflectColumn, len(columns))
	for i, c := range columns {
		mirror[i] = reflectColumn(c)
	}
	got, err := marshal(columns)
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

	var decoded []snapshot.Column
	if err := msgpack.Unmarshal(got, &decoded); err != nil {
		t.Fatal(err)
	}
	var reference []reflectColumn
	if err := msgpack.Unmarshal(got, &reference); err != nil {
		t.Fatal(err)
	}
	for i := range columns {
		if !reflect.DeepEqual(decoded[i], snapshot.Column(reference[i])) {
			t.Errorf("column %d decodes differently:\n codec %+v\n  refl %+v", i, decoded[i], reference[i])
		}
		if !reflect.DeepEqual(decoded[i], columns[i]) {
			t.Errorf("column %d does not survive the round trip:\n got %+v\nwant %+v", i, decoded[i], columns[i])
		}
	}
}

// TestColumnCodecSkipsUnknownKeys: a column written by a newer pgstrata
// with a field this build does not know still reads.
func TestColumnCodecSkipsUnknownKeys(t *testing.T) {
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
