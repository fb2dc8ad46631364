package diffengine_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

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
		field := wv.Type().Field(i)
		if !field.IsExported() { // edges held by number: compared below as Dependencies
			continue
		}
		name := field.Name
		if name == "Dependencies" {
			if w, g := want.DependencyList(), got.DependencyList(); !reflect.DeepEqual(w, g) {
				diffEdges(&b, w, g)
			}
			continue
		}
		wf, gf := wv.Field(i).Interface(), gv.Field(i).Interface()
		if reflect.DeepEqual(wf, gf) {
			continue
		}
		switch {
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

// TestCatalogDiffNamesWhatDiffers: the failure message of a round trip
// names the differing objects and edges, whatever fields the catalog has
// (an unexported one made it panic).
func TestCatalogDiffNamesWhatDiffers(t *testing.T) {
	want := &snapshot.Catalog{
		Schemas: []snapshot.Schema{{Name: "s"}},
		Tables:  []snapshot.Table{{Schema: "s", Name: "a"}, {Schema: "s", Name: "b"}},
	}
	want.Dependencies = []snapshot.Dependency{{From: want.Tables[1].ID(), To: want.Tables[0].ID(), Type: "n"}}
	got := &snapshot.Catalog{Schemas: want.Schemas, Tables: want.Tables[:1]}
	out := catalogDiff(want, got)
	for _, name := range []string{"table s.b", "dependency missing"} {
		if !strings.Contains(strings.ToLower(out), strings.ToLower(name)) {
			t.Errorf("the description does not mention %s:\n%s", name, out)
		}
	}
}
