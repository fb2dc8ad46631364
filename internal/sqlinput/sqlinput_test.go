package sqlinput

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestScanRoles(t *testing.T) {
	sql := `
-- OWNER TO in_a_comment
CREATE ROLE maker;
CREATE USER MAPPING FOR mapped SERVER s;
CREATE USER MAPPING IF NOT EXISTS FOR mapped_too SERVER s;
ALTER TEXT SEARCH CONFIGURATION cfg ADD MAPPING FOR asciiword, word WITH simple;
ALTER TEXT SEARCH CONFIGURATION cfg ALTER MAPPING FOR email WITH simple;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'in_do') THEN CREATE ROLE in_do; END IF; END $$;
ALTER TABLE t OWNER TO "Owner One";
CREATE SCHEMA s AUTHORIZATION schema_owner;
GRANT SELECT, UPDATE (a) ON t TO reader, GROUP grouped, PUBLIC WITH GRANT OPTION;
GRANT member_of TO member;
REVOKE ALL ON t FROM revoked;
CREATE POLICY p ON t FOR SELECT TO pol_a, CURRENT_USER USING (a IN (SELECT 1));
ALTER DEFAULT PRIVILEGES FOR ROLE definer IN SCHEMA s GRANT SELECT ON TABLES TO dp_reader;
SET ROLE setter;
COMMENT ON TABLE t IS 'OWNER TO in_a_string';
SELECT 'GRANT x TO in_a_literal';
`
	named, created := ScanRoles(sql)
	wantNamed := []string{"Owner One", "definer", "dp_reader", "grouped", "mapped", "mapped_too", "member", "member_of",
		"pol_a", "reader", "revoked", "schema_owner", "setter"}
	if !reflect.DeepEqual(named, wantNamed) {
		t.Errorf("named %q\nwant  %q", named, wantNamed)
	}
	if want := []string{"in_do", "maker"}; !reflect.DeepEqual(created, want) {
		t.Errorf("created %q, want %q", created, want)
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"10_c.sql", "2_b.sql", "001_a.sql", "3_x.down.sql", "3_x.up.sql", ".#2_b.sql", "README.md", "sub/9.sql"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, err := Files(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	if want := "001_a.sql 2_b.sql 3_x.up.sql 10_c.sql"; strings.Join(names, " ") != want {
		t.Errorf("Files: %s, want %s", strings.Join(names, " "), want)
	}
	if _, err := Files(filepath.Join(dir, "sub", "..", "sub2")); err == nil {
		t.Error("a missing folder gave no error")
	}
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	if _, err := Files(empty); err == nil || !strings.Contains(err.Error(), "no .sql files") {
		t.Errorf("an empty folder: %v", err)
	}
}

func TestNaturalLess(t *testing.T) {
	ordered := []string{"1.sql", "01.sql", "2.sql", "V1__a.sql", "V2__b.sql", "V10__c.sql", "a.sql", "a1.sql", "a10.sql", "b.sql"}
	for i := range ordered {
		for j := range ordered {
			if got := naturalLess(ordered[i], ordered[j]); got != (i < j) {
				t.Errorf("naturalLess(%q, %q) = %v", ordered[i], ordered[j], got)
			}
		}
	}
}

func TestParsePsqlError(t *testing.T) {
	stderr := "psql:dir/002_x.sql:12: ERROR:  relation \"nope\" does not exist\nLINE 1: SELECT * FROM nope;\n                      ^\n"
	le := parsePsqlError(stderr, []string{"dir/001.sql", "dir/002_x.sql"})
	if le == nil || le.Error() != `dir/002_x.sql:12: ERROR:  relation "nope" does not exist` {
		t.Fatalf("parsePsqlError: %v", le)
	}
	if _, ok := le.MissingRole(); ok {
		t.Error("not a missing role")
	}
	le = &LoadError{File: "a.sql", Line: 3, Msg: `ERROR:  role "we ""quote""" does not exist`}
	if r, ok := le.MissingRole(); !ok || r != `we "quote"` {
		t.Errorf("MissingRole: %q %v", r, ok)
	}
}
