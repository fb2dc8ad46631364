package snapshot

import (
	"slices"
	"testing"
)

func TestChunked(t *testing.T) {
	for _, n := range []int{0, 1, chunkLen - 1, chunkLen, chunkLen + 1, 3*chunkLen + 7} {
		var c chunked[int]
		for i := range n {
			c.add(i)
		}
		if c.len() != n {
			t.Fatalf("len %d, want %d", c.len(), n)
		}
		for i := range n {
			if c.at(i) != i {
				t.Fatalf("n=%d: at(%d) = %d", n, i, c.at(i))
			}
		}
		got := c.appendTo([]int{-2, -1})
		want := append([]int{-2, -1}, make([]int, n)...)
		for i := range n {
			want[2+i] = i
		}
		if !slices.Equal(got, want) || cap(got) != len(got) {
			t.Fatalf("n=%d: appendTo gave %d values (cap %d)", n, len(got), cap(got))
		}
	}
}
