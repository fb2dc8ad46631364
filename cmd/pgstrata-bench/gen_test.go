package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func genBytes(t *testing.T, args ...string) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := run(append([]string{"gen"}, args...), &out, io.Discard); err != nil {
		t.Fatalf("gen %v: %v", args, err)
	}
	return out.Bytes()
}

func TestGenDeterministic(t *testing.T) {
	for _, layout := range []string{"single", "many-schemas"} {
		for _, changed := range []bool{false, true} {
			args := []string{"--tables", "1000", "--seed", "7", "--layout", layout}
			if changed {
				args = append(args, "--changed")
			}
			a, b := genBytes(t, args...), genBytes(t, args...)
			if !bytes.Equal(a, b) {
				t.Errorf("%v: two runs differ", args)
			}
			other := genBytes(t, append(args[:3:3], "8", "--layout", layout)...)
			if bytes.Equal(a, other) {
				t.Errorf("%v: seed 8 gives the same output as seed 7", args)
			}
		}
		base := genBytes(t, "--tables", "1000", "--seed", "7", "--layout", layout)
		changed := genBytes(t, "--tables", "1000", "--seed", "7", "--layout", layout, "--changed")
		if bytes.Equal(base, changed) {
			t.Errorf("%s: --changed changes nothing", layout)
		}
	}
}

func TestGenFileMatchesStdout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "schema.sql")
	if err := run([]string{"gen", "--tables", "50", "--seed", "3", "-o", path}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, genBytes(t, "--tables", "50", "--seed", "3")) {
		t.Errorf("-o wrote %d bytes (%v), not what stdout gets", len(got), err)
	}
}

func TestGenBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"gen", "--layout", "star"},
		{"gen", "--tables", "3"},
		{"gen", "--profile", "wide"},
		{"gen", "extra"},
		{"nosuch"},
	} {
		if err := run(args, io.Discard, io.Discard); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

// TestGenLoads loads the 200-table schema and its changed variant, in both
// layouts, and checks that the catalog holds what the header announces.
func TestGenLoads(t *testing.T) {
	forEachLoadedGen(t, []string{"--tables", "200", "--seed", "1"}, func(t *testing.T, sql []byte, conn *pgx.Conn) {
		var tables int
		err := conn.QueryRow(context.Background(), `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind = 'r' AND NOT c.relispartition AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')`).Scan(&tables)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf(", %d tables,", tables); !strings.Contains(string(sql[:300]), want) {
			t.Errorf("the catalog has %d ordinary tables; header: %s", tables, strings.SplitN(string(sql), "\n", 3)[1])
		}
	})
}

// forEachLoadedGen loads gen's output for args, in both layouts, as base
// schema and changed variant, into a new database of each test cluster,
// and calls check with the SQL and a connection to the database.
func forEachLoadedGen(t *testing.T, args []string, check func(t *testing.T, sql []byte, conn *pgx.Conn)) {
	dir := t.TempDir()
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		for _, layout := range []string{"single", "many-schemas"} {
			for _, changed := range []bool{false, true} {
				name := fmt.Sprintf("%s-%v", layout, changed)
				t.Run(name, func(t *testing.T) {
					a := append(args[:len(args):len(args)], "--layout", layout)
					if changed {
						a = append(a, "--changed")
					}
					sql := genBytes(t, a...)
					path := filepath.Join(dir, fmt.Sprintf("pg%d-%s.sql", c.Major, name))
					if err := os.WriteFile(path, sql, 0o644); err != nil {
						t.Fatal(err)
					}
					db := c.CreateDB(t)
					c.LoadFile(t, db, path)
					check(t, sql, c.Connect(t, db))
				})
			}
		}
	})
}

// The reader role gets SELECT on every relation of every schema, as GRANT
// ... ON ALL TABLES IN SCHEMA would give it; the generator names them
// instead, because that command reads all of pg_class once per schema.
func TestGenReaderCanReadEveryRelation(t *testing.T) {
	for _, profile := range []string{"default", "views"} {
		t.Run(profile, func(t *testing.T) {
			forEachLoadedGen(t, []string{"--tables", "200", "--seed", "3", "--profile", profile}, func(t *testing.T, _ []byte, conn *pgx.Conn) {
				var relations int
				var unreadable []string
				err := conn.QueryRow(context.Background(), `SELECT count(*),
						coalesce(array_agg(c.oid::regclass::text ORDER BY c.oid) FILTER (WHERE NOT has_table_privilege('bench_reader', c.oid, 'SELECT')), '{}')
					FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
					WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
					AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'`).Scan(&relations, &unreadable)
				if err != nil {
					t.Fatal(err)
				}
				if relations == 0 || len(unreadable) > 0 {
					t.Errorf("%d relations, bench_reader cannot read %d: %v", relations, len(unreadable), unreadable)
				}
			})
		})
	}
}
