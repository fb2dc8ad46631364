package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/pgstrata/pgstrata/internal/corpus"
	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// catalogCounts counts user objects per kind straight from the system
// catalogs, independently of the reader's queries, so that an object the
// reader loses (or invents) shows up as a mismatch.
var catalogCounts = map[string]string{
	"schema": `SELECT count(*) FROM pg_namespace n WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
	             AND NOT EXISTS (SELECT FROM pg_depend e WHERE e.objid = n.oid AND e.deptype = 'e')`,
	"extension":         `SELECT count(*) FROM pg_extension`,
	"table":             relCount("'r', 'p'"),
	"foreign_table":     relCount("'f'"),
	"view":              relCount("'v'"),
	"materialized_view": relCount("'m'"),
	"index": `SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
	            WHERE ` + userRelation,
	"sequence": `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	               WHERE c.relkind = 'S' AND ` + userRelation + `
	               AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'i')`,
	"column": `SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
	             WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f', 'v', 'm') AND ` + userRelation,
	"constraint": `SELECT count(*) FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
	                 WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND ` + userRelation,
	"function":  procCount("'f', 'w'"),
	"procedure": procCount("'p'"),
	"aggregate": procCount("'a'"),
	"trigger": `SELECT count(*) FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
	              WHERE NOT g.tgisinternal AND ` + userRelation + ` AND NOT EXISTS (SELECT FROM pg_inherits i
	              JOIN pg_trigger pt ON pt.tgrelid = i.inhparent AND pt.tgname = g.tgname WHERE i.inhrelid = g.tgrelid)`,
	"rule": `SELECT count(*) FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
	           WHERE r.rulename <> '_RETURN' AND ` + userRelation,
	"policy": `SELECT count(*) FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
	             WHERE ` + userRelation,
	"enum":       typeCount("'e'"),
	"domain":     typeCount("'d'"),
	"range_type": typeCount("'r'"),
	// Extensions own their composite types through pg_type, not pg_class.
	"composite_type": typeCount("'c'") + ` AND EXISTS (SELECT FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c')`,
}

const userNamespace = `n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'`

const userRelation = userNamespace + ` AND NOT EXISTS (SELECT FROM pg_depend e
	WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')`

func relCount(kinds string) string {
	return `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	          WHERE c.relkind IN (` + kinds + `) AND ` + userRelation
}

// procCount counts functions as the reader does: extension members and
// functions a range type made for itself (its constructors) are left out.
func procCount(kinds string) string {
	return `SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
	          WHERE p.prokind IN (` + kinds + `) AND ` + userNamespace + `
	          AND NOT EXISTS (SELECT FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype IN ('e', 'i'))`
}

func typeCount(kinds string) string {
	return `SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
	          WHERE t.typtype IN (` + kinds + `) AND ` + userNamespace + `
	          AND NOT EXISTS (SELECT FROM pg_depend e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')`
}

// loadCorpusSchema loads one corpus file (with its preamble) into a fresh
// database.
func loadCorpusSchema(t *testing.T, c *pgtest.Cluster, s corpus.Schema) string {
	t.Helper()
	db := c.CreateDB(t)
	if s.Preamble != "" {
		c.LoadFile(t, db, s.Preamble)
	}
	c.LoadFile(t, db, s.Path, s.Vars...)
	return db
}

// TestCorpusSnapshots snapshots every real-world schema through the CLI and
// checks that inspect --json counts what the catalog holds. inspect reads
// the file through the checks every read runs (Catalog.Validate and
// CheckSQLFields), so every corpus schema must pass them.
func TestCorpusSnapshots(t *testing.T) {
	schemas := corpus.Schemas()
	if schemas == nil {
		dir, _ := corpus.Dir()
		t.Skipf("corpus not found at %s (set PGSTRATA_CORPUS): real-schema tests skipped", dir)
	}
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		for _, s := range schemas {
			t.Run(s.Name, func(t *testing.T) {
				if !s.LoadsOn(c.Major) {
					t.Skipf("%s does not load on PostgreSQL %d: it %s", s.Name, c.Major, s.Why)
				}
				db := loadCorpusSchema(t, c, s)
				path := filepath.Join(t.TempDir(), s.Name+".strata")
				code, _, stderr := runCLI(t, "snapshot", c.URL(db), "-o", path)
				if code != 0 {
					t.Fatalf("snapshot: status %d: %s", code, stderr)
				}
				report := inspectJSON(t, path)
				if !report.DigestOK || report.FormatVersion == 0 || report.ServerVersionNum/10000 != c.Major {
					t.Errorf("inspect header: %+v", report)
				}
				conn := c.Connect(t, db)
				defer conn.Close(context.Background())
				for kind, query := range catalogCounts {
					var want int
					if err := conn.QueryRow(context.Background(), query).Scan(&want); err != nil {
						t.Fatalf("counting %s: %v", kind, err)
					}
					if got := report.Counts[kind]; got != want {
						t.Errorf("%s: inspect counts %d, the catalog has %d", kind, got, want)
					}
				}
			})
		}
	})
}
