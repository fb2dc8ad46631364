// Command pgstrata captures PostgreSQL schemas into snapshot files and
// compares them. This package is only the command line: flags, wiring and
// exit codes. The work happens in snapshot (reading a database), formats
// (files and output) and diffengine (comparing catalogs).
package main
