// Package diffengine compares two catalogs and plans the ordered statements
// that turn the first schema into the second.
//
// It does no I/O: its input is two snapshot.Catalog values (read from live
// databases or decoded from files — it cannot tell which) and its output is
// a Plan, a list of Statements that carry metadata (the object acted on, the
// action, whether data can be lost, whether it may run in a transaction), not
// just text, so that renderers can print SQL, JSON or a review from the same
// plan.
//
// Each kind of object has its own small file (table.go, view.go, …) that says
// how to create, drop and alter it; plan.go finds what changed and orders the
// statements with one dependency graph built from the catalogs' stored edges.
package diffengine
