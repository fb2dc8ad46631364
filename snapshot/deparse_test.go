package snapshot_test

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/internal/testdiff"
	"github.com/pgstrata/pgstrata/snapshot"
)

// TestClientDeparseMatchesServer reads index and constraint definitions in
// many shapes (testdata/snapshot/definitions*.sql, plus the fixture) both
// ways: built by the reader, and printed by PostgreSQL's own functions
// (ReadOptions.ServerDeparse). The catalogs must be identical, and most
// definitions must have been built by the reader.
func TestClientDeparseMatchesServer(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := loadFixture(t, c)
		c.LoadFile(t, db, filepath.Join(fixtureDir, "definitions.sql"))
		c.LoadFile(t, db, filepath.Join(fixtureDir, "definitions_expressions.sql"))
		if c.Major >= 13 {
			c.LoadFile(t, db, filepath.Join(fixtureDir, "definitions_pg13.sql"))
		}
		if c.Major >= 15 {
			c.LoadFile(t, db, filepath.Join(fixtureDir, "definitions_pg15.sql"))
		}
		built := map[string]int{}
		unbuilt := map[string]int{}
		snapshot.SetDeparseStats(func(kind string, b, u int) { built[kind], unbuilt[kind] = b, u })
		client := readCatalogWith(t, c, db, snapshot.ReadOptions{})
		snapshot.SetDeparseStats(nil)
		server := readCatalogWith(t, c, db, snapshot.ReadOptions{ServerDeparse: true})
		if !reflect.DeepEqual(client, server) {
			t.Fatalf("definitions built by the reader differ from the server's (- server, + reader):\n%s",
				testdiff.Values(server, client))
		}
		t.Logf("on %d: built %v, left to the server %v", c.Major, built, unbuilt)
		// definitions.sql has 60-odd plain indexes and 20-odd plain keys;
		// those the reader must leave to the server (a class of the user's
		// own made ambiguous, the ones before it) are a handful.
		// definitions_expressions.sql adds some 90 indexes on expressions
		// or with predicates, of which the reader builds all but those with
		// more than one expression or an expression that is neither a
		// function call nor an operator (a cast, CASE, COALESCE...): 30-odd.
		if built["index"] < 130 || built["constraint"] < 20 {
			t.Errorf("the reader built only %v definitions itself", built)
		}
	})
}
