package diffengine

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// lockSetup is the table every TestLockRules sample starts from: rows in
// it, an index, a NOT VALID check, a trigger and a referenced table.
const lockSetup = `
CREATE SCHEMA app;
CREATE TABLE app.p (id integer PRIMARY KEY);
INSERT INTO app.p VALUES (1), (2);
CREATE TABLE app.t (id integer PRIMARY KEY, n integer, v character varying(10), w text);
INSERT INTO app.t SELECT g, g % 2 + 1, 'v' || g, 'w' FROM generate_series(1, 100) g;
CREATE INDEX t_n ON app.t (n);
ALTER TABLE app.t ADD CONSTRAINT t_n_check CHECK (n > 0) NOT VALID;
CREATE FUNCTION app.tr() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER tr BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION app.tr();
CREATE TABLE app.parted (id integer, k integer) PARTITION BY RANGE (k);
CREATE TABLE app.part1 (id integer, k integer);
`

// lockSamples are statements as the planner writes them, with the lock
// PostgreSQL takes on app.t (or app.parted) and whether it rewrites it;
// from and to are the column types of a type change.
var lockSamples = []struct {
	sql      string
	table    string
	mode     string
	rewrites bool
	from, to string
}{
	{sql: "ALTER TABLE app.t ADD COLUMN c integer;", mode: lockAccessExclusive},
	{sql: "ALTER TABLE app.t ADD COLUMN c integer DEFAULT 5;", mode: lockAccessExclusive},
	{sql: "ALTER TABLE app.t ADD COLUMN c double precision DEFAULT random();", mode: lockAccessExclusive, rewrites: true},
	{sql: "ALTER TABLE app.t ADD COLUMN c integer GENERATED ALWAYS AS (n * 2) STORED;", mode: lockAccessExclusive, rewrites: true},
	{sql: "ALTER TABLE app.t ALTER COLUMN v TYPE character varying(20);", mode: lockAccessExclusive, from: "character varying(10)", to: "character varying(20)"},
	{sql: "ALTER TABLE app.t ALTER COLUMN v TYPE text;", mode: lockAccessExclusive, from: "character varying(10)", to: "text"},
	{sql: "ALTER TABLE app.t ALTER COLUMN w TYPE character varying;", mode: lockAccessExclusive, from: "text", to: "character varying"},
	{sql: "ALTER TABLE app.t ALTER COLUMN n TYPE bigint USING n::bigint;", mode: lockAccessExclusive, rewrites: true, from: "integer", to: "bigint"},
	{sql: "ALTER TABLE app.t ALTER COLUMN v TYPE character varying(5);", mode: lockAccessExclusive, rewrites: true, from: "character varying(10)", to: "character varying(5)"},
	{sql: "ALTER TABLE app.t ALTER COLUMN n SET NOT NULL;", mode: lockAccessExclusive},
	{sql: "ALTER TABLE app.t ALTER COLUMN n SET DEFAULT 3;", mode: lockAccessExclusive},
	{sql: "ALTER TABLE app.t ALTER COLUMN n SET STATISTICS 200;", mode: lockShareUpdateExcl},
	{sql: "ALTER TABLE app.t DROP COLUMN w;", mode: lockAccessExclusive},
	{sql: "ALTER TABLE app.t ADD CONSTRAINT t_v_check CHECK ((v <> ''::text));", mode: lockAccessExclusive},
	{sql: "ALTER TABLE app.t ADD CONSTRAINT t_v_check CHECK ((v <> ''::text)) NOT VALID;", mode: lockAccessExclusive},
	{sql: "ALTER TABLE app.t VALIDATE CONSTRAINT t_n_check;", mode: lockShareUpdateExcl},
	{sql: "ALTER TABLE app.t ADD CONSTRAINT t_n_fkey FOREIGN KEY (n) REFERENCES app.p(id);", mode: lockShareRowExclusive},
	{sql: "ALTER TABLE app.t ADD CONSTRAINT t_v_key UNIQUE (v);", mode: lockAccessExclusive},
	{sql: "ALTER TABLE app.t SET (fillfactor='70');", mode: lockShareUpdateExcl},
	{sql: "ALTER TABLE app.t SET UNLOGGED;", mode: lockAccessExclusive, rewrites: true},
	{sql: "ALTER TABLE app.t DISABLE TRIGGER tr;", mode: lockShareRowExclusive},
	{sql: "ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;", mode: lockAccessExclusive},
	{sql: "ALTER TABLE app.t CLUSTER ON t_n;", mode: lockShareUpdateExcl},
	{sql: "CREATE INDEX t_v ON app.t USING btree (v);", mode: lockShare},
	{sql: "CREATE UNIQUE INDEX t_v ON app.t USING btree (v);", mode: lockShare},
	{sql: "DROP INDEX app.t_n;", mode: lockAccessExclusive},
	{sql: "ALTER INDEX app.t_n RENAME TO t_n2;", mode: lockNone}, // SHARE UPDATE EXCLUSIVE on the index only (from 12 on)
	{sql: "CREATE TRIGGER tr2 AFTER UPDATE ON app.t FOR EACH ROW EXECUTE FUNCTION app.tr();", mode: lockShareRowExclusive},
	{sql: "DROP TRIGGER tr ON app.t;", mode: lockAccessExclusive},
	{sql: "CREATE POLICY pol ON app.t USING (true);", mode: lockAccessExclusive},
	{sql: "CREATE STATISTICS app.st ON n, v FROM app.t;", mode: lockShareUpdateExcl},
	{sql: "DROP TABLE app.t;", mode: lockAccessExclusive},
	{sql: "ALTER TABLE app.parted ATTACH PARTITION app.part1 FOR VALUES FROM (0) TO (10);", table: "app.parted", mode: lockShareUpdateExcl},
}

// TestLockRules proves the lock rules on a real server: each sample runs
// in a transaction on a table with rows, and pg_locks and the table's
// relfilenode say which lock it took and whether it wrote a new copy. The
// rules must say the same.
func TestLockRules(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, c.URL(c.CreateDB(t)))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, lockSetup); err != nil {
			t.Fatal(err)
		}
		for _, s := range lockSamples {
			table := s.table
			if table == "" {
				table = "app.t"
			}
			mode, rewrote, err := observeLock(ctx, conn, table, s.sql)
			if err != nil {
				t.Errorf("%s: %v", s.sql, err)
				continue
			}
			if mode != s.mode || rewrote != s.rewrites {
				t.Errorf("%s: the server took %s (rewrite %v); the sample says %s (rewrite %v)", s.sql, mode, rewrote, s.mode, s.rewrites)
			}
			gotMode, gotRewrite := ruleEffects(s.sql, s.from, s.to)
			if gotMode != s.mode || gotRewrite != s.rewrites {
				t.Errorf("%s: the rules say %s (rewrite %v); the server took %s (rewrite %v)", s.sql, gotMode, gotRewrite, s.mode, s.rewrites)
			}
		}
	})
}

// ruleEffects is what the planner's rules say of a sample: the lock mode
// and whether it rewrites the table.
func ruleEffects(sql, from, to string) (string, bool) {
	r, ok := classify(sql)
	if !ok {
		return "", false
	}
	s := Statement{SQL: sql, Lock: &Lock{Mode: r.mode}, Rewrites: r.rewrites, ID: snapshot.ColumnID("app", "t", "c")}
	if from != "" {
		_, rewrite := columnTypeChange(from, to)
		s.Rewrites = s.Rewrites || rewrite
	}
	p := &planner{to: &snapshot.Catalog{}}
	p.annotateNewColumn(&s)
	return r.mode, s.Rewrites
}

// lockStrength orders pg_locks' table lock modes, weakest first.
var lockStrength = []string{"AccessShareLock", "RowShareLock", "RowExclusiveLock", lockShareUpdateExcl,
	lockShare, lockShareRowExclusive, lockExclusive, lockAccessExclusive}

// observeLock runs sql in a transaction it rolls back, and returns the
// strongest lock it holds on table and whether the table's relfilenode
// changed.
func observeLock(ctx context.Context, conn *pgx.Conn, table, sql string) (string, bool, error) {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return "", false, err
	}
	defer tx.Rollback(ctx)
	var oid, before uint32
	if err := tx.QueryRow(ctx, "SELECT oid, relfilenode FROM pg_class WHERE oid = $1::regclass", table).Scan(&oid, &before); err != nil {
		return "", false, err
	}
	if _, err := tx.Exec(ctx, sql); err != nil {
		return "", false, err
	}
	rows, err := tx.Query(ctx, `SELECT mode FROM pg_locks WHERE pid = pg_backend_pid() AND granted
		AND locktype = 'relation' AND relation = $1`, oid)
	if err != nil {
		return "", false, err
	}
	modes, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return "", false, err
	}
	strongest := ""
	for _, m := range modes {
		if slices.Index(lockStrength, m) > slices.Index(lockStrength, strongest) {
			strongest = m
		}
	}
	if strings.HasPrefix(sql, "DROP TABLE") {
		return strongest, false, nil // no relfilenode left to read
	}
	var after uint32
	if err := tx.QueryRow(ctx, "SELECT relfilenode FROM pg_class WHERE oid = $1", oid).Scan(&after); err != nil {
		return "", false, err
	}
	return strongest, before != after, nil
}
