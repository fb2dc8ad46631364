package mergejoin

import (
	"cmp"
	"fmt"
	"testing"
)

// TestEach: every element of both lists is visited once, in order, equal
// ones together, with compare asked once per step.
func TestEach(t *testing.T) {
	for _, tc := range []struct {
		a, b []int
		want string
	}{
		{nil, nil, "[]"},
		{[]int{1, 2}, nil, "[1- 2-]"},
		{nil, []int{1, 2}, "[-1 -2]"},
		{[]int{1, 3, 5}, []int{2, 3, 6}, "[1- -2 3=3 5- -6]"},
		{[]int{1, 2, 3}, []int{1, 2, 3}, "[1=1 2=2 3=3]"},
		{[]int{4}, []int{1, 2, 3}, "[-1 -2 -3 4-]"},
	} {
		var got []string
		steps, compares := 0, 0
		Each(len(tc.a), len(tc.b), func(i, j int) int {
			compares++
			return cmp.Compare(tc.a[i], tc.b[j])
		}, func(i, j int) {
			steps++
			switch {
			case i < 0:
				got = append(got, fmt.Sprintf("-%d", tc.b[j]))
			case j < 0:
				got = append(got, fmt.Sprintf("%d-", tc.a[i]))
			default:
				got = append(got, fmt.Sprintf("%d=%d", tc.a[i], tc.b[j]))
			}
		})
		if s := fmt.Sprint(got); s != tc.want {
			t.Errorf("%v, %v: got %s, want %s", tc.a, tc.b, s, tc.want)
		}
		if compares > steps {
			t.Errorf("%v, %v: %d compares for %d steps", tc.a, tc.b, compares, steps)
		}
	}
}
