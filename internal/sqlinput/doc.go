// Package sqlinput turns SQL files into a database pgstrata can read: a
// .sql file, or a folder of them applied as a migration tool would (Files),
// is loaded with psql into a database of its own on a throwaway server
// (Loader, on internal/pgserver), whose catalog the caller then reads like
// any other.
//
// A schema file is written for a cluster that already has its roles, so
// the roles it names and does not create are made first (ScanRoles), and a
// role it names only in dynamic SQL is made when the load fails on it.
// Errors in the SQL come back as a LoadError naming the file and line, with
// PostgreSQL's message. Several inputs share one server, one database after
// the other (Discard drops a database and the roles its SQL created).
package sqlinput
