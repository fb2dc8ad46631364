package pgserver

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestStartSocketOnlyFromTemplate: a server on a socket only, its data
// directory copied from a template made by the first start; Stop leaves
// nothing, and a second Stop is harmless.
func TestStartSocketOnlyFromTemplate(t *testing.T) {
	ctx := context.Background()
	bins, err := Find(ctx, FindOptions{Major: 15, Offline: true, CacheDir: t.TempDir()})
	if err != nil {
		t.Skipf("no PostgreSQL 15 here: %v", err)
	}
	cache, err := os.MkdirTemp("", "pgserver-test-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(cache)
	os.Chmod(cache, 0o755) // under root, the postgres user makes the template
	var steps []string
	cfg := Config{SocketOnly: true, TemplateCache: cache, Trace: func(step string, _ time.Duration) { steps = append(steps, step) }}
	for range 2 {
		s, err := Start(ctx, bins, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if s.Port != 0 || !strings.Contains(s.URL("x"), "host=") || s.VersionNum/10000 != 15 {
			t.Errorf("port %d, URL %s, version %d", s.Port, s.URL("x"), s.VersionNum)
		}
		if err := s.Exec(ctx, "postgres", "CREATE TABLE t (id int)"); err != nil {
			t.Error(err)
		}
		dir := s.dir
		s.Stop()
		s.Stop()
		if _, err := os.Stat(dir); err == nil {
			t.Errorf("%s is still there", dir)
		}
	}
	if len(steps) != 4 || steps[0] != "initdb (template, once)" || steps[2] != "copying the template" {
		t.Errorf("steps %q", steps)
	}
	if made, _ := filepath.Glob(filepath.Join(cache, "template-pg15-*", "PG_VERSION")); len(made) != 1 {
		t.Errorf("templates in the cache: %q", made)
	}
}

func TestFindOffline(t *testing.T) {
	_, err := Find(context.Background(), FindOptions{Major: 99, Offline: true, CacheDir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "no PostgreSQL 99 found") {
		t.Errorf("Find(99, offline): %v", err)
	}
	_, err = Find(context.Background(), FindOptions{BinDir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "has no initdb") {
		t.Errorf("Find(--pg-bin empty): %v", err)
	}
}
