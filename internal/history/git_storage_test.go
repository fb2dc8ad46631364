package history

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/snapshot"
)

// TestGitStorage measures what a year of daily snapshots costs in git
// (issue 13's target: under 10× one snapshot after git gc): 365 revisions
// of a 1,000-table schema with a few changes a day, committed as the
// README's clean filter stores them (pgstrata convert --compression none);
// with PGSTRATA_GIT_COMPARE=1, also as zstd-compressed files, which git
// cannot delta.
func TestGitStorage(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	if testing.Short() {
		t.Skip("commits 365 revisions twice (-short)")
	}
	for _, tt := range []struct {
		name   string
		schema func() dailySchema
		target float64 // 0: measured, not held to the target
	}{
		{"varied 1,000 tables", func() dailySchema { return newVariedSchema(1000) }, 10},
		// Ten identical columns per table compress to 10 bytes a table:
		// git's own cost (a commit, a tree and three index entries a day,
		// about 270 bytes) is most of it, whatever the format.
		{"uniform 1,000 tables", func() dailySchema { return newGrowingSchema(1000) }, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			one := encodeDays(t, tt.schema(), 0, "")[0]
			plain := gitPackSize(t, encodeDays(t, tt.schema(), 364, strata.CompressionNone))
			ratio := float64(plain) / float64(len(one))
			t.Logf("one snapshot: %d bytes (zstd); 365 revisions after git gc: %d bytes stored uncompressed (%.1f×)",
				len(one), plain, ratio)
			if os.Getenv("PGSTRATA_GIT_COMPARE") != "" {
				packed := gitPackSize(t, encodeDays(t, tt.schema(), 364, ""))
				t.Logf("stored as zstd files instead: %d bytes (%.0f×)", packed, float64(packed)/float64(len(one)))
			}
			if tt.target > 0 && ratio >= tt.target {
				t.Errorf("365 uncompressed revisions take %.1f× one snapshot in git, the target is under %.0f×", ratio, tt.target)
			}
		})
	}
}

// dailySchema is a catalog that changes a little every day.
type dailySchema interface {
	current() *snapshot.Catalog
	day(d int)
}

func (g *growingSchema) current() *snapshot.Catalog { return g.catalog }

// encodeDays returns the files of days+1 daily revisions of g with the
// given body compression.
func encodeDays(t *testing.T, g dailySchema, days int, compression string) [][]byte {
	start := time.Date(2026, 1, 1, 6, 0, 0, 0, time.UTC)
	var files [][]byte
	for d := 0; d <= days; d++ {
		if d > 0 {
			g.day(d)
		}
		h := strata.Header{ToolVersion: "pgstrata 1.0.0", ServerVersion: "17.2", ServerVersionNum: 170002, Database: "prod",
			Source: "postgres://db/prod", CapturedAt: start.AddDate(0, 0, d), Compression: compression}
		var buf bytes.Buffer
		if _, err := strata.Encode(&buf, h, g.current()); err != nil {
			t.Fatal(err)
		}
		files = append(files, buf.Bytes())
	}
	return files
}

// gitPackSize commits each file as a revision of prod.strata in a new
// repository (through git fast-import: one process, not two per commit),
// runs git gc and returns the size of its packs and their indexes.
func gitPackSize(t *testing.T, files [][]byte) int64 {
	dir := t.TempDir()
	git := func(stdin []byte, args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Stdin = bytes.NewReader(stdin)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	git(nil, "init", "-q")
	var stream bytes.Buffer
	for d, file := range files {
		fmt.Fprintf(&stream, "commit refs/heads/main\ncommitter ci <ci@example.com> %d +0000\ndata <<EOM\nday %d\nEOM\n",
			1767247200+86400*d, d)
		fmt.Fprintf(&stream, "M 100644 inline prod.strata\ndata %d\n", len(file))
		stream.Write(file)
		stream.WriteString("\n")
	}
	git(stream.Bytes(), "fast-import", "--quiet")
	// fast-import deltas each blob against the one before, starting a new
	// chain every 50; the first git gc of a year of commits computes its
	// deltas afresh (repack -f), which is what a user's repository holds.
	git(nil, "repack", "-a", "-d", "-f", "-q")
	git(nil, "gc", "--quiet")
	var size int64
	packs, _ := filepath.Glob(filepath.Join(dir, ".git", "objects", "pack", "*"))
	for _, p := range packs {
		if st, err := os.Stat(p); err == nil && (strings.HasSuffix(p, ".pack") || strings.HasSuffix(p, ".idx")) {
			size += st.Size()
		}
	}
	if size == 0 {
		t.Fatal("git gc left no pack")
	}
	return size
}
