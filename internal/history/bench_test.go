package history

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// The targets for `pgstrata log`: 365 daily snapshots of a
// 1,000-table schema in under 5 s, 30 revisions of a 10,000-table one in
// under 10 s. Walk is what log spends its time in (decoding, comparing);
// the files are written once per run.
//
//	go test -run '^$' -bench Walk -benchtime 1x ./internal/history

var histories sync.Map // "tables/days" → folder

func historyFolder(b *testing.B, tables, days int) string {
	key := strconv.Itoa(tables) + "/" + strconv.Itoa(days)
	if dir, ok := histories.Load(key); ok {
		return dir.(string)
	}
	dir, err := os.MkdirTemp("", "pgstrata-history-")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.RemoveAll(dir) })
	writeHistory(b, dir, tables, days)
	histories.Store(key, dir)
	return dir
}

func benchmarkWalk(b *testing.B, tables, days int) {
	dir := historyFolder(b, tables, days)
	sources, err := FromPaths([]string{dir}, false)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if steps := walkAll(b, sources); len(steps) != days+1 {
			b.Fatalf("%d steps", len(steps))
		}
	}
}

func BenchmarkWalk365Days1000Tables(b *testing.B)      { benchmarkWalk(b, 1000, 364) }
func BenchmarkWalk30Revisions10000Tables(b *testing.B) { benchmarkWalk(b, 10000, 29) }

// TestWriteHistory writes a synthetic history for timing `pgstrata log`
// by hand: PGSTRATA_WRITE_HISTORY=DIR,TABLES,REVISIONS.
func TestWriteHistory(t *testing.T) {
	spec := os.Getenv("PGSTRATA_WRITE_HISTORY")
	if spec == "" {
		t.Skip("PGSTRATA_WRITE_HISTORY not set")
	}
	parts := strings.Split(spec, ",")
	tables, _ := strconv.Atoi(parts[1])
	revisions, _ := strconv.Atoi(parts[2])
	if err := os.MkdirAll(parts[0], 0o755); err != nil {
		t.Fatal(err)
	}
	writeHistory(t, parts[0], tables, revisions-1)
}
