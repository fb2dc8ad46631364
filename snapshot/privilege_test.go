package snapshot_test

import (
	"context"
	"fmt"
	"net/url"
	"reflect"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/internal/testdiff"
	"github.com/pgstrata/pgstrata/snapshot"
)

// readerRole is an ordinary login role: it owns nothing and is granted
// nothing. Roles are cluster-wide, so it is created only when missing.
const readerRole = "strata_nobody"

// hiddenSQL adds to the fixture what an ordinary role cannot fully see or
// use: a schema without USAGE and what is in it, a table and sequence
// without privileges, a SECURITY DEFINER function nobody may execute, user
// mappings with credentials, planner statistics, a large object.
const hiddenSQL = `
CREATE SCHEMA hidden;
REVOKE ALL ON SCHEMA hidden FROM PUBLIC;
CREATE TABLE hidden.secrets (id int PRIMARY KEY, secret text NOT NULL DEFAULT 'x');
REVOKE ALL ON hidden.secrets FROM PUBLIC;
CREATE SEQUENCE hidden.seq;
REVOKE ALL ON SEQUENCE hidden.seq FROM PUBLIC;
CREATE VIEW hidden.secret_ids AS SELECT id FROM hidden.secrets;
CREATE FUNCTION hidden.peek(i int) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog
  AS $$ SELECT secret FROM hidden.secrets WHERE id = i $$;
REVOKE ALL ON FUNCTION hidden.peek(int) FROM PUBLIC;
CREATE USER MAPPING FOR postgres SERVER strata_srv OPTIONS (user 'admin', password 'secret');
CREATE USER MAPPING FOR PUBLIC SERVER strata_srv OPTIONS (user 'anyone', password 'secret');
INSERT INTO hidden.secrets SELECT g, 'secret ' || g FROM generate_series(1, 100) g;
CREATE STATISTICS hidden.secrets_stats (ndistinct) ON id, secret FROM hidden.secrets;
ANALYZE hidden.secrets;
SELECT lo_from_bytea(0, 'a secret large object');
`

// readAs reads db as role (trust authentication: no password).
func readAs(t *testing.T, c *pgtest.Cluster, db, role string) (*snapshot.Catalog, error) {
	t.Helper()
	ctx := context.Background()
	u := fmt.Sprintf("postgres://%s@127.0.0.1:%d/%s?sslmode=disable", url.PathEscape(role), c.Port, url.PathEscape(db))
	conn, err := snapshot.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var super bool
	if err := conn.QueryRow(ctx, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user").Scan(&super); err != nil || super {
		t.Fatalf("%s must be an ordinary role (superuser %v, %v)", role, super, err)
	}
	cat, _, err := snapshot.Read(ctx, conn, snapshot.ReadOptions{LockTimeout: 5 * time.Second, StatementTimeout: time.Minute})
	return cat, err
}

// TestLeastPrivilege snapshots the fixture, plus what an ordinary role
// cannot fully see, as the superuser and as a role that owns nothing and
// has no grants. The role's read must succeed and equal the superuser's,
// except that it reports what it could not read. (It also shows that no
// query reads pg_authid, where password hashes are: this role may not.)
func TestLeastPrivilege(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := loadFixture(t, c)
		c.LoadSQL(t, db, hiddenSQL)
		// Only a superuser may create a subscription; connect = false and
		// no slot, so it needs no publisher. A database with a subscription
		// cannot be dropped, so it goes first (cleanups run last in, first out).
		c.Exec(t, db, `CREATE SUBSCRIPTION strata_sub CONNECTION 'host=127.0.0.1 port=1 dbname=nowhere password=secret'
			PUBLICATION pub_all WITH (connect = false, slot_name = NONE)`)
		t.Cleanup(func() { c.Exec(t, db, `DROP SUBSCRIPTION strata_sub`) })
		c.Exec(t, "postgres", fmt.Sprintf(`DO $$ BEGIN
			IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%[1]s') THEN CREATE ROLE %[1]s LOGIN; END IF;
		END $$`, readerRole))

		super := readCatalog(t, c, db)
		checkConsistent(t, "superuser's catalog", super)
		if len(super.NotReadable) > 0 {
			t.Errorf("the superuser could not read %v", super.NotReadable)
		}
		notModeled := counts(super.NotModeled)
		if notModeled["pg_user_mapping"] != 2 || notModeled["pg_subscription"] != 1 {
			t.Errorf("not modeled = %v, want 2 pg_user_mapping and 1 pg_subscription among them", notModeled)
		}

		got, err := readAs(t, c, db, readerRole)
		if err != nil {
			t.Fatalf("reading as %s: %v", readerRole, err)
		}
		want := map[string]int{"pg_user_mapping (options)": 2, "pg_subscription (connection)": 1}
		if notReadable := counts(got.NotReadable); !reflect.DeepEqual(notReadable, want) {
			t.Errorf("not readable as %s = %v, want %v", readerRole, notReadable, want)
		}
		got.NotReadable = nil
		if !reflect.DeepEqual(got, super) {
			t.Errorf("%s's catalog differs from the superuser's in more than what it could not read:\n%s",
				readerRole, testdiff.Values(super, got))
		}
	})
}

func counts(cs []snapshot.CatalogCount) map[string]int {
	m := map[string]int{}
	for _, c := range cs {
		m[c.Catalog] = c.Count
	}
	return m
}
