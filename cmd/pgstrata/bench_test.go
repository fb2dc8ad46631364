package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkDiffFiles runs `pgstrata diff` on the two snapshot files named by
// PGSTRATA_BENCH_FILES ("from.strata,to.strata"), as bench/run.sh does at
// scale; skipped without it. For profiling the offline path end to end:
//
//	PGSTRATA_BENCH_FILES=a.strata,b.strata go test -run '^$' -bench DiffFiles -cpuprofile cpu.out ./cmd/pgstrata
func BenchmarkDiffFiles(b *testing.B) {
	from, to, ok := strings.Cut(os.Getenv("PGSTRATA_BENCH_FILES"), ",")
	if !ok {
		b.Skip("PGSTRATA_BENCH_FILES not set")
	}
	b.ReportAllocs()
	for range b.N {
		if code := run([]string{"diff", "--unsafe", from, to}, io.Discard, io.Discard); code != exitOK && code != exitDifferences {
			b.Fatalf("diff exited %d", code)
		}
	}
}

// BenchmarkInspectFile runs `pgstrata inspect` on the first file named by
// PGSTRATA_BENCH_FILES, as bench/run.sh does at scale.
func BenchmarkInspectFile(b *testing.B) {
	file, _, ok := strings.Cut(os.Getenv("PGSTRATA_BENCH_FILES"), ",")
	if !ok {
		b.Skip("PGSTRATA_BENCH_FILES not set")
	}
	b.ReportAllocs()
	for range b.N {
		if code := run([]string{"inspect", file}, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("inspect exited %d", code)
		}
	}
}
