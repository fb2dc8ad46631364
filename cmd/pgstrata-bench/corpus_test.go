package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCorpusList: the listing bench/run.sh reads gives each schema's
// preamble and psql variables, and leaves out what the major cannot load.
func TestCorpusList(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.sql", "preamble/a.sql", "postgrest_apflora.sql", "postgrest_spec.sql", "notes.md"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("SELECT 1;\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PGSTRATA_CORPUS", dir)
	var out, errs bytes.Buffer
	if err := run([]string{"corpus", "--major", "17"}, &out, &errs); err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, "a.sql") + "\t" + filepath.Join(dir, "preamble", "a.sql") + "\t-\n"
	want = "a\t" + want + "postgrest_apflora\t" + filepath.Join(dir, "postgrest_apflora.sql") + "\t-\tPGUSER=postgres\n"
	if out.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", out.String(), want)
	}
	if !bytes.Contains(errs.Bytes(), []byte("postgrest_spec left out")) {
		t.Errorf("stderr does not say why postgrest_spec is left out: %q", errs.String())
	}

	t.Setenv("PGSTRATA_CORPUS", filepath.Join(dir, "missing"))
	if err := run([]string{"corpus"}, &out, &errs); err == nil {
		t.Error("no error for a missing corpus")
	}
}
