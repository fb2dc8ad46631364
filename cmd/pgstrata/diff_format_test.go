package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/formats/render/rendertest"
	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// TestDiffFormats runs the built binary with each --format on snapshot
// files (no database): exit codes are the same for every format, sql is
// today's script, json validates against its schema and says whether the
// plan was withheld, review is Markdown, html one page; a withheld plan
// prints no script but json, review and html print the plan.
func TestDiffFormats(t *testing.T) {
	bin := buildPgstrata(t)
	files := outputFiles(t, t.TempDir())
	run := func(args ...string) (int, string, string) {
		t.Helper()
		cmd := exec.Command(bin, append([]string{"diff"}, args...)...)
		cmd.Env = append(cleanEnv(), "NO_COLOR=")
		var out, errOut strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		code := 0
		if exit, ok := err.(*exec.ExitError); ok {
			code = exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return code, out.String(), errOut.String()
	}
	_, script, _ := runCLI(t, "diff", files["base"], files["added"])

	for _, c := range []struct {
		name     string
		args     []string
		code     int
		withheld bool
	}{
		{"same", []string{files["base"], files["base"]}, exitOK, false},
		{"added", []string{files["base"], files["added"]}, exitDifferences, false},
		{"dropped", []string{files["base"], files["dropped"]}, exitUnsafe, true},
		{"dropped unsafe", []string{"--unsafe", files["base"], files["dropped"]}, exitDifferences, false},
	} {
		for _, format := range render.Names() {
			t.Run(c.name+"/"+format, func(t *testing.T) {
				code, out, stderr := run(append([]string{"--format", format}, c.args...)...)
				if code != c.code {
					t.Fatalf("status %d, want %d; stderr %q", code, c.code, stderr)
				}
				if c.withheld != strings.Contains(stderr, "unsafe statements withheld") {
					t.Errorf("stderr %q", stderr)
				}
				switch format {
				case "sql":
					if c.withheld && out != "" {
						t.Errorf("a withheld sql plan printed %q", out)
					}
					if c.name == "added" && out != script {
						t.Errorf("--format sql differs from the default output:\n%s\nwant:\n%s", out, script)
					}
				case "json":
					if err := rendertest.ValidateJSON([]byte(out)); err != nil {
						t.Fatalf("invalid JSON: %v\n%s", err, out)
					}
					var plan struct {
						Withheld   bool
						Statements []any
					}
					if err := json.Unmarshal([]byte(out), &plan); err != nil {
						t.Fatal(err)
					}
					if plan.Withheld != c.withheld || (len(plan.Statements) == 0) != (c.code == exitOK) {
						t.Errorf("withheld %v, %d statements:\n%s", plan.Withheld, len(plan.Statements), out)
					}
				case "review":
					if !strings.HasPrefix(out, "# pgstrata plan: ") || c.withheld != strings.Contains(out, "**Withheld") ||
						strings.Contains(out, "\x1b[") {
						t.Errorf("review:\n%s", out)
					}
				case "html":
					if !strings.HasPrefix(out, "<!DOCTYPE html>\n") || !strings.HasSuffix(out, "</html>\n") ||
						c.withheld != strings.Contains(out, `<div class="banner withheld"`) {
						t.Errorf("html:\n%s", out)
					}
				}
			})
		}
	}

	// --comments adds only comment lines to the script.
	code, out, _ := run("--comments", files["base"], files["added"])
	if code != exitDifferences || !strings.HasPrefix(out, "-- pgstrata ") || !strings.Contains(out, "-- from: "+files["base"]) {
		t.Errorf("--comments: status %d:\n%s", code, out)
	}
	var kept []string
	for _, line := range strings.SplitAfter(out, "\n") {
		if !strings.HasPrefix(line, "--") {
			kept = append(kept, line)
		}
	}
	if strings.Join(kept, "") != script {
		t.Errorf("--comments changed the script:\n%s", out)
	}
	// Withheld json goes to -o too (the sql case removes it: TestDiffOutputFile).
	path := filepath.Join(t.TempDir(), "plan.json")
	if code, _, _ := run("--format", "json", "-o", path, files["base"], files["dropped"]); code != exitUnsafe {
		t.Errorf("withheld json -o: status %d", code)
	}
	if data, err := os.ReadFile(path); err != nil || rendertest.ValidateJSON(data) != nil {
		t.Errorf("withheld json -o: %v", err)
	}
	for _, bad := range [][]string{
		{"--format", "yaml", files["base"], files["added"]},
		{"--format", "json", "--comments", files["base"], files["added"]},
	} {
		code, out, stderr := run(bad...)
		if code != exitError || out != "" || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: status %d, stdout %q, stderr %q; want one line of error", bad, code, out, stderr)
		}
	}
}

// TestDiffColor: review is coloured only on a character device, and never
// with NO_COLOR or -o.
func TestDiffColor(t *testing.T) {
	devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer devNull.Close()
	t.Setenv("NO_COLOR", "")
	_, tty := openPty(t)
	rc := &runContext{stdout: tty}
	if !(&diffCmd{}).color(rc) {
		t.Error("no colour on a terminal")
	}
	if (&diffCmd{}).color(&runContext{stdout: devNull}) {
		t.Error("colour on /dev/null, which is no terminal")
	}
	if (&diffCmd{Output: "plan.md"}).color(rc) {
		t.Error("colour in a file")
	}
	if (&diffCmd{}).color(&runContext{stdout: &strings.Builder{}}) {
		t.Error("colour in a pipe")
	}
	t.Setenv("NO_COLOR", "1")
	if (&diffCmd{}).color(rc) {
		t.Error("colour with NO_COLOR")
	}
}

// TestDiffFormatsFilesEqualLive: json, review and html print the same whether
// each side is read live or from its snapshot file, but for the sides'
// source and capture time; the digests are equal.
func TestDiffFormatsFilesEqualLive(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := loadDiffDBs(t, c)
		dir := t.TempDir()
		file := map[string]string{}
		for _, name := range []string{"base", "dropped"} {
			file[name] = filepath.Join(dir, name+".strata")
			if code, _, stderr := runCLI(t, "snapshot", db[name], "-o", file[name]); code != 0 {
				t.Fatalf("snapshot %s: status %d: %s", name, code, stderr)
			}
		}
		for _, format := range []string{"json", "review", "html"} {
			_, live, _ := runCLI(t, "diff", "--format", format, db["base"], db["dropped"])
			_, offline, _ := runCLI(t, "diff", "--format", format, file["base"], file["dropped"])
			if format == "json" {
				a, b := withoutSources(t, live), withoutSources(t, offline)
				if !reflect.DeepEqual(a, b) {
					t.Errorf("json differs between live and files:\n%s\n%s", live, offline)
				}
				continue
			}
			if withoutSideLines(live) != withoutSideLines(offline) {
				t.Errorf("%s differs between live and files:\n%s\n%s", format, live, offline)
			}
		}
		// And the comments of the sql format.
		_, live, _ := runCLI(t, "diff", "--unsafe", "--comments", db["base"], db["dropped"])
		_, offline, _ := runCLI(t, "diff", "--unsafe", "--comments", file["base"], file["dropped"])
		if withoutSideLines(live) != withoutSideLines(offline) || !strings.HasPrefix(live, "-- pgstrata ") {
			t.Errorf("--comments differs between live and files:\n%s\n%s", live, offline)
		}
	})
}

// withoutSources decodes a json plan and removes what names where and
// when each side was read.
func withoutSources(t *testing.T, out string) map[string]any {
	t.Helper()
	var plan map[string]any
	if err := json.Unmarshal([]byte(out), &plan); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	for _, side := range []string{"from", "to"} {
		s := plan[side].(map[string]any)
		if s["digest"] == "" || s["server_version"] == "" {
			t.Errorf("%s side lacks a digest or server version: %v", side, s)
		}
		delete(s, "source")
		delete(s, "captured_at")
	}
	return plan
}

// withoutSideLines removes the lines of review, html and --comments that
// name the sides (html marks the cells of source and capture time).
func withoutSideLines(out string) string {
	var kept []string
	for _, line := range strings.SplitAfter(out, "\n") {
		if !strings.HasPrefix(line, "- from: ") && !strings.HasPrefix(line, "- to: ") &&
			!strings.HasPrefix(line, "-- from: ") && !strings.HasPrefix(line, "-- to:   ") &&
			!strings.HasPrefix(line, `<td data-named="`) {
			kept = append(kept, line)
		}
	}
	return strings.Join(kept, "")
}
