// Package depsort orders the nodes of a dependency graph: a topological sort
// that picks, among the nodes ready at each moment, the smallest by a caller's
// priority, and that breaks a cycle instead of failing.
//
// diffengine builds the graph of a plan's steps from the catalogs' edges and
// uses this package only to order them; nothing here knows about catalogs,
// objects or SQL. Nodes are the integers 0..n-1; an edge (first, then) says
// that first comes before then.
//
// A cycle should never form in a plan, but when one does the sort goes on:
// it releases the smallest remaining node (by the same priority) as if its
// edges were satisfied, and reports the chain of nodes it was waiting on, so
// that the caller can say which dependencies closed the cycle. WriteDOT dumps
// the graph for Graphviz, with the released nodes marked, to look at one.
//
// The sort runs in O(n log n + e) for n nodes and e edges, plus O(n + e)
// for each cycle broken.
package depsort
