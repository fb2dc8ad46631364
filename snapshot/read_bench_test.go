package snapshot_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/snapshot"
)

// BenchmarkReadLive reads the database PGSTRATA_BENCH_URL names (for
// example one that bench/run.sh loaded with 10,000 tables). It is skipped
// without it: its use is profiling the reader, e.g.
//
//	PGSTRATA_BENCH_URL=postgres://… go test -run '^$' -bench ReadLive -cpuprofile cpu.out ./snapshot
func BenchmarkReadLive(b *testing.B) {
	url := os.Getenv("PGSTRATA_BENCH_URL")
	if url == "" {
		b.Skip("PGSTRATA_BENCH_URL not set")
	}
	ctx := context.Background()
	conn, err := snapshot.Connect(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(ctx)
	b.ReportAllocs()
	for range b.N {
		if _, _, err := snapshot.Read(ctx, conn, snapshot.ReadOptions{LockTimeout: time.Second, StatementTimeout: time.Minute}); err != nil {
			b.Fatal(err)
		}
	}
}
