// Package history reads a series of snapshots — files in a given order,
// the snapshot files of a folder ordered by capture time, or every revision
// of one snapshot file in a git repository — and says what changed from
// each to the next: the objects added, dropped and altered, per kind.
//
// `pgstrata log` is its user. Reading is the cost (each snapshot is decoded
// in full), so revisions are decoded on several goroutines ahead of the
// comparison (Walk), which keeps only a few catalogs in memory at a time
// whatever the length of the history. A git history is read through one
// `git cat-file --batch` process.
package history
