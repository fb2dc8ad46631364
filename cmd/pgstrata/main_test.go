package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	removeSQLTestFiles()
	pgtest.StopAll()
	os.Exit(code)
}

// runCLI runs pgstrata in-process and returns its exit status and output.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// assertOneLineError checks the error contract: non-zero status, one line on
// stderr, no stack trace.
func assertOneLineError(t *testing.T, code int, stderr string, want string) {
	t.Helper()
	if code != exitError {
		t.Errorf("exit status %d, want %d (stderr %q)", code, exitError, stderr)
	}
	if strings.Count(strings.TrimRight(stderr, "\n"), "\n") != 0 || !strings.HasPrefix(stderr, "pgstrata: ") {
		t.Errorf("stderr is not one 'pgstrata: ' line: %q", stderr)
	}
	if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
		t.Errorf("stack trace on stderr: %q", stderr)
	}
	if !strings.Contains(stderr, want) {
		t.Errorf("stderr %q does not mention %q", stderr, want)
	}
}

func TestVersionAndHelp(t *testing.T) {
	code, out, _ := runCLI(t, "--version")
	if code != 0 || !strings.HasPrefix(out, "pgstrata ") {
		t.Errorf("--version: status %d, output %q", code, out)
	}
	for _, args := range [][]string{{"--help"}, {"snapshot", "--help"}, {"inspect", "--help"}} {
		code, out, _ := runCLI(t, args...)
		if code != 0 || !strings.Contains(out, "Usage:") {
			t.Errorf("%v: status %d, output %q", args, code, out)
		}
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("hello, not a snapshot\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"unknown command", []string{"frobnicate"}, "unexpected argument"},
		{"missing file", []string{"inspect", filepath.Join(dir, "missing.strata")}, "missing.strata"},
		{"foreign file", []string{"inspect", text}, "not a pgstrata snapshot"},
		{"bad url", []string{"snapshot", "postgres://[::1", "-o", filepath.Join(dir, "x.strata")}, "cannot parse"},
		{"refused connection", []string{"snapshot", "postgres://nobody:secret@127.0.0.1:1/db?connect_timeout=2", "-o", filepath.Join(dir, "x.strata")}, "connect"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.args...)
			assertOneLineError(t, code, stderr, tc.want)
			if strings.Contains(stderr, "secret") {
				t.Errorf("password leaked into the error: %q", stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "x.strata")); err == nil {
		t.Errorf("a failed snapshot left a file behind")
	}
}

// inspectJSON runs `inspect --json` and decodes its output.
func inspectJSON(t *testing.T, path string) inspectReport {
	t.Helper()
	code, out, stderr := runCLI(t, "inspect", "--json", path)
	if code != 0 {
		t.Fatalf("inspect --json: status %d: %s", code, stderr)
	}
	var report inspectReport
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("inspect --json output is not JSON: %v\n%s", err, out)
	}
	return report
}
