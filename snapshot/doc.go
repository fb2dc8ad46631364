// Package snapshot holds pgstrata's catalog model and the reader that fills it
// from a live PostgreSQL server.
//
// The model (Catalog and the per-kind types) is plain Go data: no database
// handles, no encoding concerns. Every object has a stable identity (ObjectID)
// built from names, never from OIDs, so that two catalogs read from different
// servers — or decoded from files years apart — can be compared directly.
// Dependencies between objects are edges between identities, which lets the
// diff engine order statements with no database at hand. A catalog decoded
// from a file holds them as numbers of its own objects instead (12 bytes an
// edge rather than 176; dependencies.go, numbering.go) and builds an
// identity when one is asked for: read edges through DependencyCount,
// DependencyAt, AllDependencies and AllDependencyEnds, and call
// ExpandDependencies before changing a catalog's lists or edges.
//
// The reader (Read) captures a whole database in one REPEATABLE READ, READ ONLY
// transaction with an empty search_path, using one set-based query per object
// kind. It never writes to the database it reads. Plain index and constraint
// definitions it builds itself from raw catalog columns instead of asking
// the server to deparse them (deparse.go).
//
// To read a new kind: write its query as queries/<kind>.sql, declare it in
// read_<kind>.go as a query whose row type and consumer sit beside the
// file name (read_query.go), and add its step to readSteps (read_steps.go).
// TestQueryDeclarations fails until every query file is declared once.
package snapshot
