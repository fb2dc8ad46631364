package main

import (
	"math"
	"runtime/debug"
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

// A diff of two snapshot files does not collect until the heap nears the
// limit its files' bodies set; any other diff collects as before; a
// user's GOGC or GOMEMLIMIT wins.
func TestTuneGCForDiff(t *testing.T) {
	restore := func() {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
	}
	defer restore()
	for _, c := range []struct {
		bothFiles bool
		bodies    int64
		percent   int
		limit     int64
	}{
		{true, 10 << 20, -1, diffFilesLimitFloor},
		{true, 100 << 20, -1, 100 << 20 * diffFilesLimitPerBodyByte},
		{true, math.MaxInt64 / 2, -1, diffFilesLimitFloor},
		{false, 0, diffGCPercent, math.MaxInt64},
	} {
		restore()
		tuneGCForDiff(c.bothFiles, c.bodies)()
		percent := debug.SetGCPercent(100)
		limit := debug.SetMemoryLimit(-1)
		if percent != c.percent || limit != c.limit {
			t.Errorf("tuneGCForDiff(%v, %d): GOGC %d, limit %d; want %d, %d", c.bothFiles, c.bodies, percent, limit, c.percent, c.limit)
		}
	}
	restore()
	t.Setenv("GOGC", "50")
	tuneGCForDiff(true, 1<<30)()
	if percent := debug.SetGCPercent(100); percent != 100 {
		t.Errorf("with GOGC set: GOGC %d, want the user's", percent)
	}
}
