// Package corpus finds the real-world schemas in ../shared/corpus and knows
// how each one loads (its preamble and psql variables), for tests and
// benchmarks. The corpus is not part of this repository: when it is absent,
// callers skip and say so.
package corpus

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Schema is one corpus file and what loading it needs.
type Schema struct {
	Name     string   // file name without .sql, e.g. "pagila"
	Path     string   // the schema file
	Preamble string   // SQL file to load first, or ""
	Vars     []string // psql variables, "NAME=VALUE"
	// OncePerCluster is true for files that create cluster-wide roles they
	// cannot create twice: load them once and copy the database as a template.
	OncePerCluster bool
	// MinMajor and MaxMajor, when set, are the oldest and newest PostgreSQL
	// majors the file loads on, and Why says what breaks outside them.
	MinMajor, MaxMajor int
	Why                string
}

// LoadsOn reports whether the file loads on a server of the given major.
func (s Schema) LoadsOn(major int) bool {
	return major >= s.MinMajor && (s.MaxMajor == 0 || major <= s.MaxMajor)
}

// Dir returns the corpus folder, from PGSTRATA_CORPUS or the shared folder
// beside the repository, and whether it exists.
func Dir() (string, bool) {
	dir := os.Getenv("PGSTRATA_CORPUS")
	if dir == "" {
		dir = filepath.Join(repoRoot(), "..", "shared", "corpus")
	}
	info, err := os.Stat(dir)
	return dir, err == nil && info.IsDir()
}

// Schemas lists the corpus files in name order; nil when the corpus is absent.
func Schemas() []Schema {
	dir, ok := Dir()
	if !ok {
		return nil
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.sql"))
	sort.Strings(paths)
	var out []Schema
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".sql")
		s := Schema{Name: name, Path: p}
		if pre := filepath.Join(dir, "preamble", name+".sql"); fileExists(pre) {
			s.Preamble = pre
		}
		// apflora grants a role to :"PGUSER" and drops/creates its roles.
		if name == "postgrest_apflora" {
			s.Vars = []string{"PGUSER=postgres"}
			s.OncePerCluster = true
		}
		// PostgreSQL 17 made JSON a keyword that cannot be a bare column
		// name in CREATE TABLE ("json json default '{}'").
		switch name {
		case "postgrest_spec":
			s.MaxMajor, s.Why = 16, `uses "json" as a bare column name, a syntax error from PostgreSQL 17`
		case "danbooru", "graphile_starter", "lago":
			s.MinMajor, s.Why = 13, "calls gen_random_uuid(), built in from PostgreSQL 13"
		case "openstreetmap":
			s.MinMajor, s.Why = 13, "uses NORMALIZE(), new in PostgreSQL 13"
		}
		out = append(out, s)
	}
	return out
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// repoRoot walks up from the working directory to the folder with go.mod.
func repoRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return "."
	}
	for d := dir; ; d = filepath.Dir(d) {
		if fileExists(filepath.Join(d, "go.mod")) {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}
