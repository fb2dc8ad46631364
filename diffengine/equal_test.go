package diffengine

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// TestEqualFunctionsSeeEveryField changes each field of a table (and of
// its column), index and constraint in turn, nested fields included, and
// requires the field-by-field comparison to notice: a field added to the
// model but not to equal.go would otherwise make the diff miss changes.
func TestEqualFunctionsSeeEveryField(t *testing.T) {
	column := snapshot.Column{Details: &snapshot.ColumnDetails{Identity: &snapshot.Identity{}}}
	table := snapshot.Table{Columns: []snapshot.Column{column}}
	checkEveryField(t, "Table", table, equalTable)
	checkEveryField(t, "Column", column, equalColumn)
	checkEveryField(t, "Index", snapshot.Index{PartitionOf: &snapshot.QualifiedName{}}, equalIndex)
	checkEveryField(t, "Constraint", snapshot.Constraint{References: &snapshot.QualifiedName{}}, equalConstraint)
}

func checkEveryField[T any](t *testing.T, name string, base T, equal func(a, b T) bool) {
	t.Helper()
	if !equal(base, clone(base)) {
		t.Fatalf("%s: a copy compares unequal", name)
	}
	n := 0
	forEachMutation(reflect.ValueOf(base), name, func(path string, mutated reflect.Value) {
		n++
		if equal(base, mutated.Interface().(T)) {
			t.Errorf("%s: a change to %s goes unnoticed", name, path)
		}
	})
	if n < 5 {
		t.Fatalf("%s: only %d mutations: the walk is broken", name, n)
	}
}

// clone deep-copies v through reflection (enough for the model's types).
func clone[T any](v T) T {
	return deepCopy(reflect.ValueOf(v)).Interface().(T)
}

func deepCopy(v reflect.Value) reflect.Value { return copyValue(v) }

// forEachMutation calls fn with copies of v that differ in one leaf each:
// every exported field, followed into structs, pointers and the first
// element of slices; a slice also gets one more element.
func forEachMutation(v reflect.Value, path string, fn func(path string, mutated reflect.Value)) {
	var walk func(get func(root reflect.Value) reflect.Value, t reflect.Value, path string)
	walk = func(get func(root reflect.Value) reflect.Value, cur reflect.Value, path string) {
		mutate := func(change func(reflect.Value)) {
			root := deepCopy(v)
			r := reflect.New(root.Type()).Elem()
			r.Set(root)
			change(get(r))
			fn(path, r)
		}
		switch cur.Kind() {
		case reflect.String:
			mutate(func(x reflect.Value) { x.SetString(x.String() + "x") })
		case reflect.Bool:
			mutate(func(x reflect.Value) { x.SetBool(!x.Bool()) })
		case reflect.Int, reflect.Int64, reflect.Int32, reflect.Int16:
			mutate(func(x reflect.Value) { x.SetInt(x.Int() + 1) })
		case reflect.Pointer:
			if cur.IsNil() {
				mutate(func(x reflect.Value) { x.Set(reflect.New(x.Type().Elem())) })
				return
			}
			walk(func(root reflect.Value) reflect.Value { return get(root).Elem() }, cur.Elem(), path)
		case reflect.Slice:
			mutate(func(x reflect.Value) { x.Set(reflect.Append(x, reflect.Zero(x.Type().Elem()))) })
			if cur.Len() > 0 {
				walk(func(root reflect.Value) reflect.Value { return get(root).Index(0) }, cur.Index(0), path+"[0]")
			} else {
				// Give the slice one element to reach into.
				elem := reflect.Zero(cur.Type().Elem())
				forEachMutation(elem, path+"[0]", func(p string, m reflect.Value) {
					mutate(func(x reflect.Value) { x.Set(reflect.Append(x, m)) })
				})
			}
		case reflect.Struct:
			for i := range cur.NumField() {
				f := cur.Type().Field(i)
				if !f.IsExported() {
					continue
				}
				walk(func(root reflect.Value) reflect.Value { return get(root).Field(i) }, cur.Field(i), path+"."+f.Name)
			}
		default:
			panic(fmt.Sprintf("%s: unhandled kind %s", path, cur.Kind()))
		}
	}
	walk(func(root reflect.Value) reflect.Value { return root }, v, path)
}
