package diffengine_test

import (
	"context"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/internal/sqltext"
	"github.com/pgstrata/pgstrata/internal/testdiff"
	"github.com/pgstrata/pgstrata/snapshot"
)

// checkData proves that a plan keeps the rows it was not asked to lose.
// The case's a.sql and b.sql seed the same rows, each written as its own
// schema stores them (b.sql holds them already converted), so after the
// script every table of the migrated database must hold exactly the rows
// of the same table in the target database. A direction whose plan is
// declared lossy (options.json "data_loss") is not checked; a case that
// seeds no rows passes trivially.
func checkData(t *testing.T, c *pgtest.Cluster, migratedDB, targetDB string, target *snapshot.Catalog, script string) {
	t.Helper()
	migrated, want := c.Connect(t, migratedDB), c.Connect(t, targetDB)
	for _, tbl := range target.Tables {
		if tbl.RelKind != "r" {
			continue // partitioned parents hold no rows; foreign tables are elsewhere
		}
		// Every row as its text form, sorted: comparable across databases
		// whatever the column types.
		query := "SELECT coalesce(string_agg(r::text, E'\\n' ORDER BY r::text COLLATE \"C\"), '') FROM ONLY " +
			sqltext.QualifiedIdent(tbl.Schema, tbl.Name) + " AS r"
		rowsWant, err := queryText(want, query)
		if err != nil {
			t.Fatalf("reading the rows of %s.%s in the target: %v", tbl.Schema, tbl.Name, err)
		}
		rowsGot, err := queryText(migrated, query)
		if err != nil {
			t.Fatalf("reading the rows of %s.%s after the script: %v", tbl.Schema, tbl.Name, err)
		}
		if rowsGot != rowsWant {
			t.Errorf("after the script, the rows of %s.%s differ from the target's (- target, + migrated):\n%s\nscript:\n%s",
				tbl.Schema, tbl.Name, testdiff.Text(rowsWant+"\n", rowsGot+"\n"), numbered(script))
		}
	}
}

func queryText(conn *pgx.Conn, query string) (string, error) {
	var s string
	err := conn.QueryRow(context.Background(), query).Scan(&s)
	return strings.TrimSpace(s), err
}
