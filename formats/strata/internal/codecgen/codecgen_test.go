package codecgen

import (
	"reflect"
	"strings"
	"testing"
)

type inner struct{ Note string }

type common struct {
	Owner string
	Tags  []string
}

type v1 struct {
	Name  string
	Count int
	Old   bool
	common
}

type v2 struct {
	Name  string
	Count int
	common
	Items []inner
	Ptr   *inner
}

type v3 struct {
	Name  string
	Count string // the type changed
}

// TestLayoutGrowsWithoutMovingSlots: a removed field leaves a tombstone,
// embedded fields are flattened, new fields are appended, and a type change
// is refused.
func TestLayoutGrowsWithoutMovingSlots(t *testing.T) {
	first, _, err := Generate(reflect.TypeFor[v1](), "p", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "codecgen.v1\n\tName string\n\tCount int\n\tOld bool\n\tcommon.Owner string\n\tcommon.Tags []string\n"; !strings.Contains(first, want) {
		t.Fatalf("first layout:\n%s\nwant it to hold\n%s", first, want)
	}
	renamed := strings.ReplaceAll(first, "codecgen.v1", "codecgen.v2")
	second, code, err := Generate(reflect.TypeFor[v2](), "p", renamed)
	if err != nil {
		t.Fatal(err)
	}
	want := "codecgen.v2\n\tName string\n\tCount int\n\t- Old bool\n\tcommon.Owner string\n\tcommon.Tags []string\n\tItems []codecgen.inner\n\tPtr *codecgen.inner\n"
	if !strings.Contains(second, want) {
		t.Fatalf("second layout:\n%s\nwant it to hold\n%s", second, want)
	}
	for _, fn := range []string{"func lenv2(", "func encodev2(", "func decodev2(", "func decodeinner(", "d.skip(0) // Old: removed"} {
		if !strings.Contains(string(code), fn) {
			t.Errorf("the code has no %q", fn)
		}
	}
	if _, _, err := Generate(reflect.TypeFor[v3](), "p", strings.ReplaceAll(first, "codecgen.v1", "codecgen.v3")); err == nil ||
		!strings.Contains(err.Error(), "v3.Count changed type from int to string") {
		t.Errorf("a type change: %v", err)
	}
}
