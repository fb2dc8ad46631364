package main

import (
	"os"
	"runtime/debug"
)

// The garbage collector's target (GOGC) is tuned per command, by
// measurement on the 10,000-table benchmark (bench/run.sh). A user's GOGC
// always wins.
//
//   - snapshot: 50. A read keeps about 95 MB live at its peak; with Go's
//     default (100) the heap may grow to twice that before a collection,
//     which put pgstrata's peak RSS above pg_dump's on the same database. At
//     50 the peak is about 165 MB instead of 195 MB, for a few milliseconds
//     of extra collection in a read that waits on the server most of the
//     time.
//   - diff: 200. A diff is CPU-bound on the client and most of its heap is
//     live (two catalogs), so collecting half as often costs little memory
//     and saves time: a diff of two snapshot files 0.37 -> 0.33 s for
//     270 -> 280 MB; of two live databases 2.3 -> 2.2 s for 350 -> 440 MB.
const (
	snapshotGCPercent = 50
	diffGCPercent     = 200
)

func tuneGCForSnapshot() { setGCPercent(snapshotGCPercent) }
func tuneGCForDiff()     { setGCPercent(diffGCPercent) }

func setGCPercent(percent int) {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(percent)
	}
}
