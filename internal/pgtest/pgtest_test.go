package pgtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) { Main(m) }

func queryInt(t *testing.T, conn *pgx.Conn, sql string) int {
	t.Helper()
	var n int
	if err := conn.QueryRow(context.Background(), sql).Scan(&n); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return n
}

func TestServerMatchesMajor(t *testing.T) {
	majors, err := Majors()
	if err != nil {
		t.Fatal(err)
	}
	cs := Clusters(t)
	if len(cs) != len(majors) {
		t.Fatalf("got %d clusters for majors %v", len(cs), majors)
	}
	ForEachCluster(t, func(t *testing.T, c *Cluster) {
		db := c.CreateDB(t)
		conn := c.Connect(t, db)
		if v := queryInt(t, conn, "SELECT current_setting('server_version_num')::int"); v/10000 != c.Major || v != c.VersionNum {
			t.Errorf("server_version_num %d, want major %d (VersionNum %d)", v, c.Major, c.VersionNum)
		}
		var enc, ctype string
		if err := conn.QueryRow(context.Background(),
			"SELECT pg_encoding_to_char(encoding), datctype FROM pg_database WHERE datname = current_database()").Scan(&enc, &ctype); err != nil {
			t.Fatal(err)
		}
		if enc != "UTF8" {
			t.Errorf("encoding %s, want UTF8", enc)
		}
		t.Logf("pg%d: %d from %s, ctype %s, start %s", c.Major, c.VersionNum, c.Source, ctype, c.StartTime.Round(1e6))
		if want := fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.Port, db); c.URL(db) != want {
			t.Errorf("URL %q, want %q", c.URL(db), want)
		}
	})
	// Clusters are per process: a second call must not start new ones.
	for i, c := range Clusters(t) {
		if c != cs[i] {
			t.Errorf("pg%d: second Clusters call returned a different cluster", c.Major)
		}
	}
}

func TestLoadSQLAndTemplate(t *testing.T) {
	ForEachCluster(t, func(t *testing.T, c *Cluster) {
		tmpl := c.CreateDB(t)
		c.LoadSQL(t, tmpl, `
			CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL);
			INSERT INTO item VALUES (1, 'one'), (2, 'two');
			\set three 3
			INSERT INTO item VALUES (:three, 'three');
		`)
		cp := c.CreateDBFromTemplate(t, tmpl)
		if cp == tmpl {
			t.Fatalf("copy has the template's name %s", cp)
		}
		c.Exec(t, cp, "INSERT INTO item VALUES (4, 'four'); DELETE FROM item WHERE id = 1")
		if n := queryInt(t, c.Connect(t, cp), "SELECT sum(id)::int FROM item"); n != 9 {
			t.Errorf("copy: sum(id) = %d, want 9", n)
		}
		if n := queryInt(t, c.Connect(t, tmpl), "SELECT sum(id)::int FROM item"); n != 6 {
			t.Errorf("template changed: sum(id) = %d, want 6", n)
		}
	})
}

func TestLoadFileVars(t *testing.T) {
	path := filepath.Join(t.TempDir(), "load.sql")
	script := "CREATE TABLE :\"tbl\" (v text);\nINSERT INTO :\"tbl\" VALUES (:'val');\n"
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	ForEachCluster(t, func(t *testing.T, c *Cluster) {
		db := c.CreateDB(t)
		c.LoadFile(t, db, path, "tbl=Odd Name", "val=it's")
		var v string
		if err := c.Connect(t, db).QueryRow(context.Background(), `SELECT v FROM "Odd Name"`).Scan(&v); err != nil || v != "it's" {
			t.Errorf("got %q, %v; want \"it's\"", v, err)
		}
	})
}

// fatalRecorder catches Fatalf so a failing load can be checked.
type fatalRecorder struct {
	testing.TB
	msg string
}

func (r *fatalRecorder) Fatalf(format string, args ...any) { r.msg = fmt.Sprintf(format, args...) }

func TestLoadSQLFailureIsOneTransaction(t *testing.T) {
	ForEachCluster(t, func(t *testing.T, c *Cluster) {
		db := c.CreateDB(t)
		rec := &fatalRecorder{TB: t}
		c.LoadSQL(rec, db, "CREATE TABLE kept (id int);\nSELECT 1/0;\nCREATE TABLE after_error (id int);")
		if !strings.Contains(rec.msg, "division by zero") {
			t.Fatalf("want psql's error in the failure, got %q", rec.msg)
		}
		if n := queryInt(t, c.Connect(t, db), "SELECT count(*)::int FROM pg_class WHERE relname IN ('kept', 'after_error')"); n != 0 {
			t.Errorf("%d tables survived a failed single-transaction load", n)
		}
	})
}

func TestExtensions(t *testing.T) {
	ForEachCluster(t, func(t *testing.T, c *Cluster) {
		db := c.CreateDB(t)
		c.Exec(t, db, "CREATE EXTENSION pgcrypto; CREATE EXTENSION citext; CREATE EXTENSION btree_gist")
		conn := c.Connect(t, db)
		if n := queryInt(t, conn, "SELECT length(digest('x', 'sha256'))"); n != 32 {
			t.Errorf("pgcrypto digest length %d", n)
		}
		if n := queryInt(t, conn, "SELECT ('ABC'::citext = 'abc')::int"); n != 1 {
			t.Errorf("citext comparison is case sensitive")
		}
		c.Exec(t, db, "CREATE TABLE r (id int, during tsrange, EXCLUDE USING gist (id WITH =, during WITH &&))")
	})
}

// TestDropWithOpenConnection checks that a test's database is dropped even
// when the test leaks a connection to it (FORCE, or terminate on 12).
func TestDropWithOpenConnection(t *testing.T) {
	ForEachCluster(t, func(t *testing.T, c *Cluster) {
		var name string
		var leaked *pgx.Conn
		t.Run("inner", func(t *testing.T) {
			name = c.CreateDB(t)
			var err error
			if leaked, err = pgx.Connect(context.Background(), c.URL(name)); err != nil {
				t.Fatal(err)
			}
		})
		if leaked == nil {
			return
		}
		defer leaked.Close(context.Background())
		conn := c.Connect(t, "postgres")
		if n := queryInt(t, conn, fmt.Sprintf("SELECT count(*)::int FROM pg_database WHERE datname = '%s'", name)); n != 0 {
			t.Errorf("database %s still exists after its test ended", name)
		}
	})
}

// TestParallelCreateDB runs tests concurrently on shared clusters, as
// packages with t.Parallel will.
func TestParallelCreateDB(t *testing.T) {
	ForEachCluster(t, func(t *testing.T, c *Cluster) {
		for i := range 2 * runtime.GOMAXPROCS(0) {
			t.Run(fmt.Sprint(i), func(t *testing.T) {
				t.Parallel()
				db := c.CreateDB(t)
				c.LoadSQL(t, db, fmt.Sprintf("CREATE TABLE t%d (id int)", i))
			})
		}
	})
}

func TestDBName(t *testing.T) {
	n := dbName("TestSomething/With Spaces-and.Dots/pg17/" + strings.Repeat("x", 80))
	if len(n) > 63 || !strings.HasPrefix(n, "t_testsomething_with_spaces_and_dots_pg1") {
		t.Errorf("dbName gave %q", n)
	}
	if dbName("X") == dbName("X") {
		t.Error("dbName is not unique")
	}
}

func TestMajorsEnv(t *testing.T) {
	t.Setenv("PGSTRATA_PG_MAJORS", " 17, 12,17")
	if m, err := Majors(); err != nil || fmt.Sprint(m) != "[17 12]" {
		t.Errorf("Majors() = %v, %v", m, err)
	}
	t.Setenv("PGSTRATA_PG_MAJORS", "17,x")
	if _, err := Majors(); err == nil {
		t.Error("Majors accepted a bad list")
	}
}
