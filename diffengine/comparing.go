package diffengine

import "github.com/pgstrata/pgstrata/snapshot"

// startComparing compares the catalogs kind by kind (kindDiffer.compare)
// on a goroutine of its own, in the order of kinds, and returns for each
// kind the channel its differences arrive on. Comparing every pair of
// objects is most of the work of planning between two big catalogs that
// differ little, and it only reads them: the planner plans one kind's
// differences while the next kinds are compared, on the other core. (The
// source's dependents are indexed on a third goroutine, startDependents.)
func startComparing(from, to *snapshot.Catalog, kinds []kindDiffer) []chan any {
	done := make([]chan any, len(kinds))
	for i := range done {
		done[i] = make(chan any, 1) // the goroutine never blocks, even if unused
	}
	go func() {
		for i, k := range kinds {
			done[i] <- k.compare(from, to)
		}
	}()
	return done
}
