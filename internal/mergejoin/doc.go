// Package mergejoin pairs up the elements of two lists sorted by the same
// order, as a merge join does: the snapshot package compares two catalogs'
// lists that way, and the diff engine pairs a kind's objects of the source
// with the target's. One walk, so that both pair (and skip) alike.
package mergejoin
