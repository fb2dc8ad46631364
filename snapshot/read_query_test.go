package snapshot

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
)

// queryFileProblems compares the query files that declarations name
// (declared, once per declaration) with the files embedded under
// queries/: each must be named by exactly one declaration.
func queryFileProblems(declared, embedded []string) []string {
	var problems []string
	count := map[string]int{}
	for _, f := range declared {
		count[f]++
	}
	for _, f := range slices.Sorted(func(yield func(string) bool) {
		for f := range count {
			if !yield(f) {
				return
			}
		}
	}) {
		switch {
		case !slices.Contains(embedded, f):
			problems = append(problems, f+" is declared but there is no queries/"+f)
		case count[f] > 1:
			problems = append(problems, f+" is declared more than once")
		}
	}
	for _, f := range embedded {
		if count[f] == 0 {
			problems = append(problems, "queries/"+f+" is not declared by any query")
		}
	}
	return problems
}

func embeddedQueryFiles(t *testing.T) []string {
	t.Helper()
	paths, err := fs.Glob(queryFiles, "queries/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	files := make([]string, len(paths))
	for i, p := range paths {
		files[i] = path.Base(p)
	}
	return files
}

// TestQueryDeclarations: every file under queries/ is read by exactly one
// declaration (see read_query.go), and every declaration's file exists.
func TestQueryDeclarations(t *testing.T) {
	if problems := queryFileProblems(declaredQueryFiles(), embeddedQueryFiles(t)); len(problems) > 0 {
		t.Errorf("query declarations and queries/ disagree:\n%s", strings.Join(problems, "\n"))
	}
}

// TestQueryFileProblems: the check behind TestQueryDeclarations finds a
// file declared twice, one declared but missing, and one not declared.
func TestQueryFileProblems(t *testing.T) {
	embedded := []string{"a.sql", "b.sql", "c.sql"}
	got := queryFileProblems([]string{"a.sql", "b.sql", "b.sql", "missing.sql"}, embedded)
	want := []string{"b.sql is declared more than once", "missing.sql is declared but there is no queries/missing.sql",
		"queries/c.sql is not declared by any query"}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := queryFileProblems([]string{"c.sql", "a.sql", "b.sql"}, embedded); len(got) > 0 {
		t.Errorf("agreeing lists: got %q", got)
	}
}

// TestQueriesRender: every declared query renders for every supported
// major, so that a template error shows without a server of that major.
func TestQueriesRender(t *testing.T) {
	for version := MinServerVersionNum; version <= 180000; version += 10000 {
		r := &reader{version: version}
		for _, f := range declaredQueryFiles() {
			if _, err := r.render(f); err != nil {
				t.Errorf("PostgreSQL %d: %v", version/10000, err)
			}
		}
	}
}
