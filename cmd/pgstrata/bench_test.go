package main

import (
	"io"
	"os"
	"slices"
	"strings"
	"testing"
)

// BenchmarkDiffFiles runs `pgstrata diff` on the two snapshot files named by
// PGSTRATA_BENCH_FILES ("from.strata,to.strata"), as bench/run.sh does at
// scale; skipped without it. For profiling the offline path end to end:
//
//	PGSTRATA_BENCH_FILES=a.strata,b.strata go test -run '^$' -bench DiffFiles -cpuprofile cpu.out ./cmd/pgstrata
func BenchmarkDiffFiles(b *testing.B) {
	from, to := benchFiles(b)
	benchRun(b, []string{"diff", "--unsafe", from, to}, exitOK, exitDifferences)
}

// BenchmarkInspectFile runs `pgstrata inspect` on the first file named by
// PGSTRATA_BENCH_FILES, as bench/run.sh does at scale.
func BenchmarkInspectFile(b *testing.B) {
	file, _ := benchFiles(b)
	benchRun(b, []string{"inspect", file}, exitOK)
}

// benchFiles returns the two files PGSTRATA_BENCH_FILES names, or skips.
func benchFiles(b *testing.B) (from, to string) {
	from, to, ok := strings.Cut(os.Getenv("PGSTRATA_BENCH_FILES"), ",")
	if !ok {
		b.Skip("PGSTRATA_BENCH_FILES not set")
	}
	return from, to
}

// benchRun runs the command args b.N times; it must exit with one of ok.
func benchRun(b *testing.B, args []string, ok ...int) {
	b.ReportAllocs()
	for range b.N {
		if code := run(args, io.Discard, io.Discard); !slices.Contains(ok, code) {
			b.Fatalf("%s exited %d", args[0], code)
		}
	}
}
