package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

// TestVersionOf: the version names the build.
func TestVersionOf(t *testing.T) {
	settings := func(rev, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
	}
	for _, c := range []struct {
		info debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3"},
		{debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261203212758-6ea7f46089a0+dirty"}}, "v0.0.0-20261203212758-6ea7f46089a0+dirty"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: settings("6ea7f46089a0c0ffee", "false")}, version + "+git.6ea7f46089a0"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: settings("6ea7f46089a0c0ffee", "true")}, version + "+git.6ea7f46089a0.dirty"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, version},
	} {
		if got := versionOf(&c.info); got != c.want {
			t.Errorf("versionOf(%+v) = %q, want %q", c.info.Main, got, c.want)
		}
	}
}

// TestHelpAndVersionCommands: `help CMD` is CMD --help (with examples and,
// for diff, the exit statuses); `version` is --version.
func TestHelpAndVersionCommands(t *testing.T) {
	code, out, _ := runCLI(t, "help", "diff")
	if code != exitOK || !strings.Contains(out, "Examples:") || !strings.Contains(out, "Exit status: 0 no differences") {
		t.Errorf("help diff: status %d:\n%s", code, out)
	}
	for _, cmd := range []string{"snapshot", "inspect", "log"} {
		if code, out, _ := runCLI(t, "help", cmd); code != exitOK || !strings.Contains(out, "pgstrata "+cmd) || !strings.Contains(out, "Examples:") {
			t.Errorf("help %s: status %d:\n%s", cmd, code, out)
		}
	}
	_, long, _ := runCLI(t, "--version")
	if code, out, _ := runCLI(t, "version"); code != exitOK || out != long || !strings.HasPrefix(out, "pgstrata ") {
		t.Errorf("version: status %d: %q (--version: %q)", code, out, long)
	}
}

// TestMisplacedArguments: a positional output, and a URL or a database name
// given to inspect, say what was meant.
func TestMisplacedArguments(t *testing.T) {
	code, _, errOut := runCLI(t, "snapshot", "postgres://db/app", "out.strata")
	assertOneLineError(t, code, errOut, "use -o out.strata")
	code, _, errOut = runCLI(t, "inspect", "postgres://u:secret@db/app")
	assertOneLineError(t, code, errOut, "looks like a connection string")
	if strings.Contains(errOut, "secret") {
		t.Errorf("password in %q", errOut)
	}
	code, _, errOut = runCLI(t, "inspect", "mydb")
	assertOneLineError(t, code, errOut, "mydb: no such file (inspect reads a snapshot file; for a database, snapshot it first")
}
