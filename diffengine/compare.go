package diffengine

import (
	"reflect"

	"github.com/pgstrata/pgstrata/snapshot"
)

// AlignMajors returns copies of two catalogs from different PostgreSQL
// majors with the differences that are only in how each major prints
// definitions or which privileges it has taken out, as Diff does before
// comparing; catalogs of one major come back as they are. History and
// review tools compare catalogs object by object after it.
func AlignMajors(from, to *snapshot.Catalog) (*snapshot.Catalog, *snapshot.Catalog) {
	from, to, _ = alignMajors(from, to)
	return from, to
}

// ObjectChanges lists the attributes that differ between two versions of
// one object (values of the same model type, such as two snapshot.Table),
// as a plan's statements list them: snake_case names, strings as they are,
// anything else as compact JSON. Embedded and detail structs are compared
// field by field.
func ObjectChanges(from, to snapshot.Object) []Change {
	a, b := reflect.ValueOf(from), reflect.ValueOf(to)
	if !a.IsValid() || !b.IsValid() || a.Type() != b.Type() {
		return nil
	}
	var out []Change
	diffFields(a, b, "", &out)
	return out
}
