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
	checkCounters(t, migrated, want, target, script)
}

// checkCounters proves that the plan keeps every counter where it stood:
// a sequence (standalone, serial or identity) that has handed out values
// in the target must stand at the same place after the script, so that the
// next row gets the same value in both databases. (A sequence the seed rows
// never used starts wherever its options say, which the catalog compares.)
func checkCounters(t *testing.T, migrated, want *pgx.Conn, target *snapshot.Catalog, script string) {
	t.Helper()
	var names []snapshot.QualifiedName
	for _, s := range target.Sequences {
		names = append(names, snapshot.QualifiedName{Schema: s.Schema, Name: s.Name})
	}
	for _, tbl := range target.Tables {
		for _, c := range tbl.Columns {
			if id := c.Details.OrZero().Identity; id != nil && !c.Details.InheritedOnly {
				names = append(names, id.Sequence)
			}
		}
	}
	for _, n := range names {
		query := "SELECT last_value::text || CASE WHEN is_called THEN ' (called)' ELSE '' END FROM " +
			sqltext.QualifiedIdent(n.Schema, n.Name)
		stateWant, err := queryText(want, query)
		if err != nil {
			t.Fatalf("reading sequence %s.%s in the target: %v", n.Schema, n.Name, err)
		}
		if !strings.HasSuffix(stateWant, "(called)") {
			continue
		}
		stateGot, err := queryText(migrated, query)
		if err != nil {
			t.Fatalf("reading sequence %s.%s after the script: %v", n.Schema, n.Name, err)
		}
		if stateGot != stateWant {
			t.Errorf("after the script, sequence %s.%s stands at %s, the target's at %s: the next value differs\nscript:\n%s",
				n.Schema, n.Name, stateGot, stateWant, numbered(script))
		}
	}
}

func queryText(conn *pgx.Conn, query string) (string, error) {
	var s string
	err := conn.QueryRow(context.Background(), query).Scan(&s)
	return strings.TrimSpace(s), err
}
