package main

import (
	"testing"

	"github.com/pgstrata/pgstrata/formats/strata"
)

func TestMemorySize(t *testing.T) {
	for in, want := range map[string]memorySize{"1GiB": 1 << 30, "512MiB": 512 << 20, "2G": 2 << 30, "64m": 64 << 20,
		"1048576": 1 << 20, "4 GiB": 4 << 30, "10KB": 10 << 10, "1T": 1 << 40} {
		var m memorySize
		if err := m.UnmarshalText([]byte(in)); err != nil || m != want {
			t.Errorf("%q: %d, %v; want %d", in, m, err, want)
		}
	}
	for _, in := range []string{"", "x", "-1G", "0", "1.5G", "9999999999T", "G"} {
		var m memorySize
		if err := m.UnmarshalText([]byte(in)); err == nil {
			t.Errorf("%q accepted as %d", in, m)
		}
	}
}

// The heap readied for huge pages grows with the snapshot files a run
// reads; anything else among the arguments counts for nothing.
func TestHeapFor(t *testing.T) {
	h, err := strata.ReadHeader(fixture)
	if err != nil {
		t.Fatal(err)
	}
	one := int(h.BodyLength) * heapPerBodyByte
	cases := []struct {
		args  []string
		floor int
		want  int
	}{
		{[]string{"diff", fixture, fixture}, 0, 2 * one},
		{[]string{"inspect", fixture}, 0, one},
		{[]string{"inspect", fixture}, one + 1, one + 1},
		{[]string{"diff", "../../testdata/example/v1.sql", "../../testdata", "postgres://x", "missing.strata"}, 0, 0},
		{nil, heapReservation, heapReservation},
	}
	for _, c := range cases {
		if got := heapFor(c.args, c.floor); got != c.want {
			t.Errorf("heapFor(%q, %d) = %d, want %d", c.args, c.floor, got, c.want)
		}
	}
}
