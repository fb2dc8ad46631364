package snapshot_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// indexOptionsSQL gives storage parameters to indexes of every kind that
// enforces a constraint, and to plain ones.
const indexOptionsSQL = `
CREATE SCHEMA opts;
CREATE TABLE opts.room (
    id integer,
    code text NOT NULL,
    floor integer,
    during tsrange,
    CONSTRAINT room_pkey PRIMARY KEY (id) WITH (fillfactor = 70),
    CONSTRAINT room_code_key UNIQUE (code) INCLUDE (floor) WITH (fillfactor = 90, deduplicate_items = off)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT room_no_overlap EXCLUDE USING gist (during WITH &&) WITH (buffering = on) WHERE (floor > 0)
);
CREATE INDEX room_floor ON opts.room (floor) WITH (fillfactor = 40);
`

// TestIndexStorageParametersKept proves that every storage parameter of
// every index (pg_class.reloptions) is in the snapshot: in the index's
// definition, or in its constraint's, which pg_get_constraintdef prints
// without them. Without them, a plan re-creating a key would lose its
// fillfactor, and no diff would see the difference.
func TestIndexStorageParametersKept(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := loadFixture(t, c)
		c.LoadFile(t, db, filepath.Join(fixtureDir, "definitions.sql"))
		options := indexOptionsSQL
		if c.Major < 13 { // deduplicate_items arrives in 13
			options = strings.ReplaceAll(options, ", deduplicate_items = off", "")
		}
		c.LoadSQL(t, db, options)
		for _, deparse := range []bool{false, true} {
			cat := readCatalogWith(t, c, db, snapshot.ReadOptions{ServerDeparse: deparse})
			conn := c.Connect(t, db)
			rows, err := conn.Query(context.Background(), `
				SELECT n.nspname, ic.relname, o
				FROM pg_index i
				JOIN pg_class ic ON ic.oid = i.indexrelid
				JOIN pg_namespace n ON n.oid = ic.relnamespace, unnest(ic.reloptions) o
				WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'`)
			if err != nil {
				t.Fatal(err)
			}
			checked := 0
			for rows.Next() {
				var schema, index, option string
				if err := rows.Scan(&schema, &index, &option); err != nil {
					t.Fatal(err)
				}
				name, _, _ := strings.Cut(option, "=")
				def := indexText(cat, schema, index)
				if strings.Count(def, name+"=") != 1 {
					t.Errorf("server deparse %v: index %s.%s has %s, its snapshot definition does not have it once: %q", deparse, schema, index, option, def)
				}
				checked++
			}
			if rows.Err() != nil {
				t.Fatal(rows.Err())
			}
			if checked < 5 {
				t.Errorf("only %d storage parameters checked", checked)
			}
		}
	})
}

// indexText is the definition that describes an index in c: its own, or
// that of the constraint it enforces.
func indexText(c *snapshot.Catalog, schema, name string) string {
	for _, ix := range c.Indexes {
		if ix.Schema != schema || ix.Name != name {
			continue
		}
		if ix.Constraint == "" {
			return ix.Definition
		}
		for _, con := range c.Constraints {
			if con.Schema == schema && con.Table == ix.Table && con.Name == ix.Constraint {
				return con.Definition
			}
		}
	}
	return ""
}
