package snapshot

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// TestQueryColumnsFitRows prepares every declared query, rendered for the
// server's version, and checks that its row type has a field for each
// result column. A read finds a mismatch only on a query's first row, so a
// query that returns nothing on the test fixtures (a kind they lack, a
// template branch for another major) would hide one. Preparing needs no
// arguments, so follow-ups are checked too.
func TestQueryColumnsFitRows(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, c.URL(c.CreateDB(t)))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		r := &reader{}
		if err := conn.QueryRow(ctx, "SELECT current_setting('server_version_num')::int").Scan(&r.version); err != nil {
			t.Fatal(err)
		}
		for _, step := range planSteps() {
			for _, q := range step.queries {
				sql, err := r.render(q.name())
				if err != nil {
					t.Fatal(err)
				}
				desc, err := conn.Prepare(ctx, "", sql)
				if err != nil {
					t.Errorf("%s: %v", q.name(), err)
					continue
				}
				if err := q.fits(desc.Fields); err != nil {
					t.Errorf("%s: %v", q.name(), err)
				}
			}
		}
	})
}
