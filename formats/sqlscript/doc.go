// Package sqlscript renders a diffengine.Plan as a script for psql: the text
// `pgstrata diff` prints and a DBA reviews, saves and runs.
//
// The output is a pure function of the plan — no timestamps, no source
// names — so that the same two schemas always give byte-identical scripts,
// which golden tests and code review both rely on.
package sqlscript
