package snapshot

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// secretCatalogs names what holds passwords or their hashes: pg_authid
// (rolpassword), its old view pg_shadow (passwd), and user mappings, whose
// options (umoptions) hold the passwords foreign data wrappers log in with.
// A snapshot is a file people share and commit; no query of the reader may
// touch these, even by accident (a SELECT * that a later change filters
// out in Go is still a password read and sent over the wire). Counting user
// mappings through the pg_user_mappings view, without its umoptions, is
// fine. \b keeps pg_user_mappings from matching pg_user_mapping.
var secretCatalogs = regexp.MustCompile(`(?i)\b(pg_authid|rolpassword|pg_shadow|passwd|pg_user_mapping|umoptions)\b`)

// TestQueriesReadNoSecrets scans every embedded query, and every string
// literal of the package's Go code (some SQL is written inline), for the
// catalogs above.
func TestQueriesReadNoSecrets(t *testing.T) {
	sqlFiles, err := fs.Glob(queryFiles, "queries/*.sql")
	if err != nil || len(sqlFiles) == 0 {
		t.Fatalf("no embedded queries found (%v)", err)
	}
	for _, name := range sqlFiles {
		text, err := fs.ReadFile(queryFiles, name)
		if err != nil {
			t.Fatal(err)
		}
		for _, what := range secretReads(stripSQLCommentsAndLiterals(string(text))) {
			t.Errorf("%s %s: the reader must never read passwords or their hashes", name, what)
		}
	}

	goFiles, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	scanned := 0
	for _, name := range goFiles {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		scanned++
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					for _, what := range secretReads(stripSQLCommentsAndLiterals(s)) {
						t.Errorf("%s: a string literal %s: the reader must never read passwords or their hashes", name, what)
					}
				}
			}
			return true
		})
	}
	if scanned == 0 {
		t.Fatal("no Go files scanned")
	}
}

// secretReads says what in sql (comments and literals already stripped)
// reads a password or its hash; nothing means nothing does.
func secretReads(sql string) []string {
	var found []string
	if m := secretCatalogs.FindString(sql); m != "" {
		found = append(found, "reads "+m)
	}
	// pg_user_mappings has umoptions too: count its rows, select no column.
	if strings.Contains(strings.ToLower(sql), "pg_user_mappings") &&
		strings.Contains(strings.ReplaceAll(sql, "count(*)", ""), "*") {
		found = append(found, "selects * next to pg_user_mappings, whose umoptions hold passwords")
	}
	return found
}

// stripSQLCommentsAndLiterals blanks out -- comments and '…' literals, so
// that a comment explaining this rule or a label such as 'pg_user_mapping'
// is not taken for a read.
func stripSQLCommentsAndLiterals(sql string) string {
	var b strings.Builder
	for i := 0; i < len(sql); i++ {
		switch {
		case strings.HasPrefix(sql[i:], "--"):
			for i < len(sql) && sql[i] != '\n' {
				i++
			}
			b.WriteByte('\n')
		case sql[i] == '\'':
			for i++; i < len(sql); i++ {
				if sql[i] == '\'' {
					if i+1 < len(sql) && sql[i+1] == '\'' {
						i++ // '' inside a literal
						continue
					}
					break
				}
			}
			b.WriteString("''")
		default:
			b.WriteByte(sql[i])
		}
	}
	return b.String()
}

// TestSecretScanCatches makes sure the scan above is not vacuous: the reads
// it exists to stop are caught, and what is allowed passes.
func TestSecretScanCatches(t *testing.T) {
	for sql, caught := range map[string]bool{
		"SELECT rolname, rolpassword FROM pg_catalog.pg_authid":                     true,
		"SELECT usename, passwd FROM pg_shadow":                                     true,
		"SELECT umoptions FROM pg_catalog.pg_user_mapping":                          true,
		"SELECT * FROM pg_catalog.pg_user_mappings":                                 true,
		"SELECT srvname, usename, umoptions FROM pg_user_mappings":                  true,
		"SELECT 'pg_user_mapping', count(*) FROM pg_catalog.pg_user_mappings":       false,
		"SELECT rolname FROM pg_catalog.pg_roles -- never pg_authid: it has hashes": false,
	} {
		if got := secretReads(stripSQLCommentsAndLiterals(sql)); (len(got) > 0) != caught {
			t.Errorf("%q: found %q, want caught = %v", sql, got, caught)
		}
	}
}
