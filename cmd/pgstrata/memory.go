package main

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
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
//   - diff: GOGC 200. A diff is CPU-bound on the client and most of its heap
//     is live (two catalogs), so collecting half as often costs little
//     memory and saves time: a diff of two snapshot files 0.37 -> 0.33 s for
//     270 -> 280 MB; of two live databases 2.3 -> 2.2 s for 350 -> 440 MB.
const (
	snapshotMemoryFloor = 140 << 20
	snapshotLiveFactor  = 1.5
	diffGCPercent       = 200
)

func userTunedGC() bool {
	_, gogc := os.LookupEnv("GOGC")
	_, limit := os.LookupEnv("GOMEMLIMIT")
	return gogc || limit
}

func tuneGCForDiff() {
	if !userTunedGC() {
		debug.SetGCPercent(diffGCPercent)
	}
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
