package main

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"
)

// Garbage collector settings per command, chosen by measurement on the
// 10,000-table benchmark (bench/run.sh). A user's GOGC or GOMEMLIMIT always
// wins.
//
//   - snapshot: a soft memory limit that follows the live heap (see
//     limitSnapshotMemory). A 10,000-table read keeps about 95 MB live at
//     its peak; with Go's defaults the heap may grow to twice that before a
//     collection, which put pgstrata's peak RSS above pg_dump's (165–185 MB
//     against 173 MB, varying with when collections fell). With the limit
//     it is 150 MB every time, for about 0.05 s more collecting.
//   - diff: GOGC 200 (see tuneGCForDiff), as a diff is CPU-bound on the
//     client and most of its heap is live (two catalogs), so collecting
//     half as often costs little memory and saves time: a diff of two live
//     databases took 2.3 -> 2.2 s for 350 -> 440 MB. But once both sources
//     are loaded, one collection: what loading left behind (decoder
//     buffers, query results) is garbage then and the catalogs are live, so
//     planning starts from the live heap. (With smaller columns too, a
//     diff of two live 10,000-table databases peaks at 290-330 MB instead
//     of 360-390 MB, in about the same time.)
//   - diff of two snapshot files: no collection while the files are read,
//     under a soft memory limit (see tuneGCForDiff), then one, then none
//     while planning. Decoding a file allocates little more than the
//     catalog it keeps (its buffers are scratch memory outside the heap):
//     what it leaves behind (the numbered strings of each stream, the
//     string table, Validate's index of relations: about 3 MB a file of
//     the views profile at 10,000 tables) is not worth a collection while
//     reading, but planning allocates 15 MB more on top of the two
//     catalogs (82 MB), and after one collection it reuses what reading
//     left. Measured on the views pair at 10,000 tables, alternating runs
//     (2026-12-08; MB are MiB, GNU time's %M / 1024, as bench/run.sh
//     reports them): 115.8-116.3 MB peak RSS instead of 121.9-123.8, for
//     0.26-0.27 s instead of 0.24-0.25 (the collection marks the two
//     catalogs: 0.02-0.06 user-seconds); at 100,000 tables (default
//     profile) 798-800 MB instead of 842-844, for about 0.1 s more. The
//     limit is a safety net for files this estimate misjudges.
//   - log: GOGC 200 (logGCPercent). It decodes one snapshot after another
//     and keeps only a few: most of what it allocates is garbage soon.
//     On 365 revisions of a 1,000-table schema: 5.4 CPU-seconds and 91 MB
//     with GOGC 100, 4.3 s and 129 MB with 200, 4.3 s and 205 MB with 400.
const (
	logGCPercent        = 200
	snapshotMemoryFloor = 140 << 20
	snapshotLiveFactor  = 1.5
	diffGCPercent       = 200
	// diffFilesLimitPerBodyByte and diffFilesLimitFloor set the memory
	// limit of a diff of two files: heapPerBodyByte (what reading takes,
	// rounded up) and room for planning.
	diffFilesLimitPerBodyByte = heapPerBodyByte + 2
	diffFilesLimitFloor       = 256 << 20
)

func userTunedGC() bool {
	_, gogc := os.LookupEnv("GOGC")
	_, limit := os.LookupEnv("GOMEMLIMIT")
	return gogc || limit
}

// tuneGCForDiff sets the collector for a diff. Of two snapshot files, with
// bodies bytes of bodies in all: no collection unless the heap nears
// diffFilesLimitPerBodyByte times the bodies (diffFilesLimitFloor at
// least), as there is little garbage to collect. Otherwise GOGC
// diffGCPercent. Either way the function it returns, to be called once
// both sources are loaded, collects what loading left behind (query
// results and decoder buffers are garbage then, the catalogs live), so
// that planning starts from the live heap. (Collecting
// in the background while planning starts measured no faster, and it let
// the heap grow by 7-10 MB more.)
func tuneGCForDiff(bothFiles bool, bodies int64) (loaded func()) {
	if userTunedGC() {
		return func() {}
	}
	if bothFiles {
		limit := int64(diffFilesLimitFloor)
		if bodies < math.MaxInt64/diffFilesLimitPerBodyByte {
			limit = max(limit, bodies*diffFilesLimitPerBodyByte)
		}
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(-1)
		return runtime.GC
	}
	debug.SetGCPercent(diffGCPercent)
	return func() { runtime.GC() }
}

// limitSnapshotMemory sets a soft memory limit of snapshotMemoryFloor, or
// snapshotLiveFactor times the live heap once that is more, re-read every
// 50 ms: a big catalog raises the limit with its size instead of making the
// collector run without pause. The returned function stops it and lifts the
// limit.
func limitSnapshotMemory() (stop func()) {
	if userTunedGC() {
		return func() {}
	}
	debug.SetMemoryLimit(snapshotMemoryFloor)
	done := make(chan struct{})
	go func() {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				metrics.Read(sample)
				if sample[0].Value.Kind() == metrics.KindUint64 {
					live := float64(sample[0].Value.Uint64())
					debug.SetMemoryLimit(int64(max(snapshotMemoryFloor, live*snapshotLiveFactor)))
				}
			}
		}
	}()
	return func() {
		close(done)
		debug.SetMemoryLimit(math.MaxInt64)
	}
}

// memorySize is the value of --max-memory: a number of bytes with an
// optional binary unit, as "512MiB", "2GiB" or "2G".
type memorySize int64

func (m *memorySize) UnmarshalText(text []byte) error {
	s := strings.TrimSpace(string(text))
	shift := 0
	trimmed := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "B"), "i"), "I")
	if n := len(trimmed); n > 0 {
		if i := strings.IndexByte("KMGT", trimmed[n-1]&^0x20); i >= 0 {
			shift, trimmed = 10*(i+1), trimmed[:n-1]
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(trimmed), 10, 64)
	if err != nil || n <= 0 || n > math.MaxInt64>>shift {
		return fmt.Errorf("%q is not a memory size such as 512MiB or 2GiB", s)
	}
	*m = memorySize(n << shift)
	return nil
}
