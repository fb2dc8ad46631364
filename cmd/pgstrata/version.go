package main

import (
	"fmt"
	"runtime/debug"
	"sync"
)

// toolVersion is the version pgstrata reports (--version, `version`) and
// writes into snapshot headers and plans, so that an archived snapshot says
// which build wrote it: the module version Go stamped (a tag for go install
// …@v1.2.3; a pseudo-version naming the commit, "+dirty" for uncommitted
// changes, for a build in a checkout), else version with the revision as
// semver build metadata when only that was stamped
// ("0.1.0-dev+git.1a2b3c4d5e6f", ".dirty" when the tree had changes). Test
// binaries carry no revision: their outputs stay the same from commit to
// commit.
var toolVersion = sync.OnceValue(func() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return version
	}
	return versionOf(info)
})

// versionOf derives toolVersion from build information.
func versionOf(info *debug.BuildInfo) string {
	if mv := info.Main.Version; mv != "" && mv != "(devel)" {
		// A tag, or since Go 1.24 a pseudo-version of the checkout that
		// holds its revision (v0.0.0-20261203212758-6ea7f46089a0+dirty).
		return mv
	}
	v := version
	var revision, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if revision == "" {
		return v
	}
	v += "+git." + revision[:min(12, len(revision))]
	if modified == "true" {
		v += ".dirty"
	}
	return v
}

// versionCmd is `pgstrata version`, the same as --version.
type versionCmd struct{}

func (versionCmd) Run(rc *runContext) error {
	_, err := fmt.Fprintln(rc.stdout, "pgstrata "+toolVersion())
	return err
}
