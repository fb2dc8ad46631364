package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// TestReadOnlyRole: a role whose sessions start read-only (as on a hot
// standby or for a reporting login) can snapshot and diff, since reading
// changes nothing; a read that tried to write would fail there.
func TestReadOnlyRole(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := loadDiffDBs(t, c)
		role := passwordRole(t, c, "read-only-password")
		c.Exec(t, "postgres", "ALTER ROLE "+role+" SET default_transaction_read_only = on")
		asRole := func(url string) string {
			return strings.Replace(url, "postgres://postgres@", fmt.Sprintf("postgres://%s:read-only-password@", role), 1)
		}

		// The premise: the role's sessions really are read-only.
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, asRole(db["base"]))
		if err != nil {
			t.Fatal(err)
		}
		_, err = conn.Exec(ctx, "CREATE TABLE app.not_allowed ()")
		conn.Close(ctx)
		if err == nil || !strings.Contains(err.Error(), "read-only transaction") {
			t.Fatalf("the role can write (%v): the test proves nothing", err)
		}

		file := filepath.Join(t.TempDir(), "base.strata")
		if code, _, stderr := runCLI(t, "snapshot", asRole(db["base"]), "-o", file); code != exitOK {
			t.Fatalf("snapshot as a read-only role: status %d: %s", code, stderr)
		}
		code, live, stderr := runCLI(t, "diff", asRole(db["base"]), asRole(db["added"]))
		if code != exitDifferences || !strings.Contains(live, "CREATE TABLE app.u") {
			t.Fatalf("diff live vs live as a read-only role: status %d, stderr %q, stdout:\n%s", code, stderr, live)
		}
		code, out, stderr := runCLI(t, "diff", file, asRole(db["added"]))
		if code != exitDifferences || out != live {
			t.Errorf("diff file vs live as a read-only role: status %d, stderr %q, stdout differs from live vs live:\n%s", code, stderr, out)
		}
	})
}
