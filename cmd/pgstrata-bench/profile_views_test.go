package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestGenViewsDeterministic: the views profile, like the default one, is a
// pure function of its flags, and it is another schema than the default.
func TestGenViewsDeterministic(t *testing.T) {
	for _, layout := range []string{"single", "many-schemas"} {
		args := []string{"--tables", "500", "--seed", "7", "--layout", layout, "--profile", "views"}
		for _, changed := range []bool{false, true} {
			a := args
			if changed {
				a = append(a[:len(a):len(a)], "--changed")
			}
			if !bytes.Equal(genBytes(t, a...), genBytes(t, a...)) {
				t.Errorf("%v: two runs differ", a)
			}
		}
		base := genBytes(t, args...)
		other := append(args[:3:3], "8", "--layout", layout, "--profile", "views")
		if bytes.Equal(base, genBytes(t, other...)) {
			t.Errorf("%s: seed 8 gives the same output as seed 7", layout)
		}
		if bytes.Equal(base, genBytes(t, append(args[:len(args):len(args)], "--changed")...)) {
			t.Errorf("%s: --changed changes nothing", layout)
		}
		if bytes.Equal(base, genBytes(t, args[:6]...)) {
			t.Errorf("%s: --profile views gives the default profile's schema", layout)
		}
	}
	// Naming the default profile changes nothing, not even the header.
	if !bytes.Equal(genBytes(t, "--tables", "100", "--profile", "default"), genBytes(t, "--tables", "100")) {
		t.Error("--profile default differs from no --profile")
	}
}

// TestGenViewsLoads loads the 50-table views profile and its changed
// variant, in both layouts, into a real server and checks in the catalog
// that it has the shape it promises: three or more indexes per table, some
// of them expression or partial ones, views joining two or three tables,
// SQL and PL/pgSQL functions, and foreign key, CHECK and UNIQUE constraints.
func TestGenViewsLoads(t *testing.T) {
	forEachLoadedGen(t, []string{"--tables", "50", "--seed", "1", "--profile", "views"}, func(t *testing.T, _ []byte, conn *pgx.Conn) {
		checkViewsShape(t, conn)
	})
}

// viewsShapeQuery measures the loaded schema; user objects are those
// outside the system schemas.
const viewsShapeQuery = `
WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\_%'),
tabs AS (SELECT c.oid FROM pg_class c WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind = 'r' AND NOT c.relispartition),
per_table AS (SELECT t.oid,
		(SELECT count(*) FROM pg_index i WHERE i.indrelid = t.oid) AS indexes,
		(SELECT count(*) FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped) AS cols
	FROM tabs t),
views AS (SELECT v.oid, count(DISTINCT d.refobjid) AS tables
	FROM pg_class v
	JOIN pg_rewrite r ON r.ev_class = v.oid
	JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> v.oid
	WHERE v.relnamespace IN (SELECT oid FROM ns) AND v.relkind = 'v'
	GROUP BY v.oid),
funcs AS (SELECT l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.pronamespace IN (SELECT oid FROM ns)),
cons AS (SELECT contype FROM pg_constraint WHERE connamespace IN (SELECT oid FROM ns))
SELECT (SELECT count(*) FROM tabs),
	(SELECT min(indexes) FROM per_table),
	(SELECT avg(cols)::float8 FROM per_table),
	(SELECT count(*) FROM pg_index i WHERE i.indrelid IN (SELECT oid FROM tabs) AND (i.indexprs IS NOT NULL OR i.indpred IS NOT NULL)),
	(SELECT count(*) FROM views),
	(SELECT coalesce(min(tables), 0) FROM views),
	(SELECT coalesce(max(tables), 0) FROM views),
	(SELECT count(*) FROM funcs WHERE lanname = 'sql'),
	(SELECT count(*) FROM funcs WHERE lanname = 'plpgsql'),
	(SELECT count(*) FROM cons WHERE contype = 'f'),
	(SELECT count(*) FROM cons WHERE contype = 'c'),
	(SELECT count(*) FROM cons WHERE contype = 'u')`

func checkViewsShape(t *testing.T, conn *pgx.Conn) {
	t.Helper()
	var tables, minIndexes, exprIndexes, views, minJoined, maxJoined, sqlFuncs, plFuncs, fks, checks, uniques int64
	var avgCols float64
	err := conn.QueryRow(context.Background(), viewsShapeQuery).Scan(&tables, &minIndexes, &avgCols, &exprIndexes,
		&views, &minJoined, &maxJoined, &sqlFuncs, &plFuncs, &fks, &checks, &uniques)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d tables, >= %d indexes each, %.1f columns on average, %d expression or partial indexes; %d views over %d-%d tables; "+
		"functions: %d sql, %d plpgsql; constraints: %d foreign keys, %d checks, %d unique",
		tables, minIndexes, avgCols, exprIndexes, views, minJoined, maxJoined, sqlFuncs, plFuncs, fks, checks, uniques)
	if tables < 50 || minIndexes < 3 || avgCols < 9 || avgCols > 12 || exprIndexes < tables {
		t.Errorf("tables: want 50 or more with 3+ indexes (one expression or partial) and about 10 columns each")
	}
	if views < 5 || minJoined < 2 || maxJoined > 3 {
		t.Errorf("views: want 5 or more, each joining 2 or 3 tables")
	}
	if sqlFuncs < 1 || plFuncs < 2 || sqlFuncs+plFuncs < 5 {
		t.Errorf("functions: want 5 or more, in sql and plpgsql")
	}
	if fks < tables/2 || checks < tables/2 || uniques < 1 {
		t.Errorf("constraints: want foreign keys and checks on most tables, and unique constraints")
	}
}
