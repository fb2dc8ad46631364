package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// TestProgressLine: the line is rewritten in place and erased at the end.
func TestProgressLine(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b)
	p.step("tables", time.Millisecond)
	p.step("indexes\x1b]0;x", time.Millisecond)
	p.done()
	out := b.String()
	if !strings.HasPrefix(out, "\rpgstrata: reading the catalog: 1 steps") || !strings.Contains(out, "2 steps") ||
		!strings.HasSuffix(out, "\r\x1b[K") || strings.Contains(out, "\n") || strings.Contains(out, "\x1b]") {
		t.Errorf("progress wrote %q", out)
	}
	if isTerminal(&b) {
		t.Error("a buffer is a terminal")
	}
	if null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
		defer null.Close()
		if isTerminal(null) {
			t.Error("/dev/null is a terminal")
		}
	}
}

// TestSnapshotQuiet: -q prints nothing on success; without it, a pipe
// gets the summary line and no progress.
func TestSnapshotQuiet(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		url := c.URL(c.CreateDB(t))
		path := t.TempDir() + "/q.strata"
		if code, _, stderr := runCLI(t, "snapshot", "-q", url, "-o", path); code != exitOK || stderr != "" {
			t.Errorf("-q: status %d, stderr %q", code, stderr)
		}
		code, _, stderr := runCLI(t, "snapshot", url, "-o", path)
		if code != exitOK || strings.Contains(stderr, "\r") || !strings.HasPrefix(stderr, "pgstrata: wrote ") {
			t.Errorf("status %d, stderr %q", code, stderr)
		}
	})
}
