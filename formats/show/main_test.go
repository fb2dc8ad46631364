package show_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/internal/testdiff"
	"github.com/pgstrata/pgstrata/snapshot"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// readCatalog snapshots db as pgstrata snapshot does.
func readCatalog(t *testing.T, c *pgtest.Cluster, db string) *snapshot.Catalog {
	t.Helper()
	ctx := context.Background()
	conn, err := snapshot.Connect(ctx, c.URL(db))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	cat, _, err := snapshot.Read(ctx, conn, snapshot.ReadOptions{LockTimeout: 5 * time.Second, StatementTimeout: time.Minute})
	if err != nil {
		t.Fatalf("reading %s: %v", db, err)
	}
	return cat
}

// throughFile writes cat to a snapshot file and reads it back, as
// pgstrata show FILE (and git's textconv) gets it.
func throughFile(t *testing.T, cat *snapshot.Catalog) *snapshot.Catalog {
	t.Helper()
	path := filepath.Join(t.TempDir(), "side.strata")
	if err := strata.WriteFile(path, strata.Header{ServerVersionNum: cat.ServerVersionNum}, cat); err != nil {
		t.Fatal(err)
	}
	f, err := strata.ReadFile(path, strata.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return f.Catalog
}

// TestFreshCatalog: FreshCatalog is what a new database of each major
// holds.
func TestFreshCatalog(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		got := readCatalog(t, c, c.CreateDB(t))
		want := snapshot.FreshCatalog(got.ServerVersionNum)
		want.Sort()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("a new database on PostgreSQL %d is not FreshCatalog (- FreshCatalog, + server):\n%s", c.Major, testdiff.Values(want, got))
		}
	})
}
