package diffengine_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// expectedWithoutPrivileges is the catalog a script planned without
// --with-privileges must leave: the target's, except that owners and
// privileges are the source's. Every object that existed in the source
// (and still exists) keeps its owner and ACL, and its columns theirs, even
// when the plan dropped and re-created it; default privileges are left
// alone. Objects and columns the source did not have take what the script
// gave them (their privileges are not compared, so anything goes).
func expectedWithoutPrivileges(t *testing.T, target, source, got *snapshot.Catalog) *snapshot.Catalog {
	t.Helper()
	want := cloneCatalog(t, target)
	want.DefaultPrivileges = source.DefaultPrivileges
	wv, sv, gv := reflect.ValueOf(want).Elem(), reflect.ValueOf(source).Elem(), reflect.ValueOf(got).Elem()
	for i := range wv.NumField() {
		field := wv.Field(i)
		if !isObjectSlice(field) || wv.Type().Field(i).Name == "DefaultPrivileges" {
			continue
		}
		inSource, inGot := objectsByID(sv.Field(i)), objectsByID(gv.Field(i))
		for j := range field.Len() {
			o := field.Index(j)
			id := o.Interface().(snapshot.Object).ID()
			from, ok := inSource[id]
			if !ok {
				from, ok = inGot[id]
			}
			if ok {
				keepPrivileges(o, from, inGot[id])
			}
		}
	}
	return want
}

func objectsByID(v reflect.Value) map[snapshot.ObjectID]reflect.Value {
	m := make(map[snapshot.ObjectID]reflect.Value, v.Len())
	for i := range v.Len() {
		m[v.Index(i).Interface().(snapshot.Object).ID()] = v.Index(i)
	}
	return m
}

// keepPrivileges copies the owner and ACL of from (and of its columns,
// by name) into o; a column from lacks takes got's.
func keepPrivileges(o, from, got reflect.Value) {
	if c := o.FieldByName("Common"); c.IsValid() {
		src := from.FieldByName("Common").Interface().(snapshot.Common)
		c.FieldByName("Owner").SetString(src.Owner)
		c.FieldByName("ACL").Set(reflect.ValueOf(src.ACL))
	}
	if fns := o.FieldByName("Constructors"); fns.IsValid() {
		keepConstructorPrivileges(fns.Interface().([]snapshot.RangeConstructor), from, got)
	}
	cols := o.FieldByName("Columns")
	if !cols.IsValid() || cols.Type() != reflect.TypeFor[[]snapshot.Column]() {
		return
	}
	aclOf := func(v reflect.Value) map[string][]snapshot.ACLItem {
		m := map[string][]snapshot.ACLItem{}
		if !v.IsValid() {
			return m
		}
		for _, c := range v.FieldByName("Columns").Interface().([]snapshot.Column) {
			m[c.Name] = c.Details.OrZero().ACL
		}
		return m
	}
	fromACL, gotACL := aclOf(from), aclOf(got)
	columns := cols.Interface().([]snapshot.Column)
	for k := range columns {
		acl, ok := fromACL[columns[k].Name]
		if !ok {
			acl = gotACL[columns[k].Name]
		}
		d := columns[k].Details.OrZero()
		d.ACL = acl
		columns[k].Details = d.OrNil()
	}
}

// cloneCatalog deep-copies a catalog (it is plain data).
func cloneCatalog(t *testing.T, c *snapshot.Catalog) *snapshot.Catalog {
	t.Helper()
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var out snapshot.Catalog
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&out, c) {
		t.Fatalf("cloning a catalog through JSON changed it:\n%s", catalogDiff(c, &out))
	}
	return &out
}

// keepConstructorPrivileges does keepPrivileges' work for the functions of a
// range type (fns, changed in place): each takes the owner and ACL of its
// counterpart in from, else in got.
func keepConstructorPrivileges(fns []snapshot.RangeConstructor, from, got reflect.Value) {
	find := func(v reflect.Value, fn snapshot.RangeConstructor) (snapshot.RangeConstructor, bool) {
		if !v.IsValid() {
			return snapshot.RangeConstructor{}, false
		}
		return v.Interface().(snapshot.RangeType).Counterpart(fn)
	}
	for i, fn := range fns {
		src, ok := find(from, fn)
		if !ok {
			src, ok = find(got, fn)
		}
		if ok {
			fns[i].Owner, fns[i].ACL = src.Owner, src.ACL
		}
	}
}
