package diffengine_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/internal/testdiff"
	"github.com/pgstrata/pgstrata/snapshot"
)

// catalogDiff describes how got differs from want, object by object, so
// that a failed round trip names the few objects that came out wrong
// instead of diffing two whole catalogs as JSON.
func catalogDiff(want, got *snapshot.Catalog) string {
	var b strings.Builder
	wv, gv := reflect.ValueOf(want).Elem(), reflect.ValueOf(got).Elem()
	for i := range wv.NumField() {
		name := wv.Type().Field(i).Name
		wf, gf := wv.Field(i).Interface(), gv.Field(i).Interface()
		if reflect.DeepEqual(wf, gf) {
			continue
		}
		switch {
		case name == "Dependencies":
			diffEdges(&b, want.Dependencies, got.Dependencies)
		case isObjectSlice(wv.Field(i)):
			diffObjects(&b, wv.Field(i), gv.Field(i))
		default:
			fmt.Fprintf(&b, "%s (- want, + got):\n%s", name, testdiff.Values(wf, gf))
		}
	}
	return b.String()
}

var objectType = reflect.TypeFor[snapshot.Object]()

func isObjectSlice(v reflect.Value) bool {
	return v.Kind() == reflect.Slice && v.Type().Elem().Implements(objectType)
}

// diffObjects reports objects missing from got, extra in got, and those in
// both whose fields differ.
func diffObjects(b *strings.Builder, want, got reflect.Value) {
	byID := func(v reflect.Value) map[snapshot.ObjectID]any {
		m := map[snapshot.ObjectID]any{}
		for i := range v.Len() {
			o := v.Index(i).Interface()
			m[o.(snapshot.Object).ID()] = o
		}
		return m
	}
	w, g := byID(want), byID(got)
	var ids []snapshot.ObjectID
	for id := range w {
		ids = append(ids, id)
	}
	for id := range g {
		if _, ok := w[id]; !ok {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, snapshot.ObjectID.Compare)
	for _, id := range ids {
		wantObj, inW := w[id]
		gotObj, inG := g[id]
		switch {
		case !inG:
			fmt.Fprintf(b, "%s: missing after the script\n", id)
		case !inW:
			fmt.Fprintf(b, "%s: left over after the script\n", id)
		case !reflect.DeepEqual(wantObj, gotObj):
			fmt.Fprintf(b, "%s differs (- want, + got):\n%s", id, testdiff.Values(wantObj, gotObj))
		}
	}
}

// diffEdges lists dependency edges only one side has.
func diffEdges(b *strings.Builder, want, got []snapshot.Dependency) {
	edge := func(d snapshot.Dependency) string { return fmt.Sprintf("%s -> %s (%s)", d.From, d.To, d.Type) }
	set := func(ds []snapshot.Dependency) map[string]bool {
		m := map[string]bool{}
		for _, d := range ds {
			m[edge(d)] = true
		}
		return m
	}
	w, g := set(want), set(got)
	for _, d := range want {
		if !g[edge(d)] {
			fmt.Fprintf(b, "dependency missing after the script: %s\n", edge(d))
		}
	}
	for _, d := range got {
		if !w[edge(d)] {
			fmt.Fprintf(b, "dependency left over after the script: %s\n", edge(d))
		}
	}
}
