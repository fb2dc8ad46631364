package snapshot

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConnParams(t *testing.T) {
	for s, want := range map[string]string{
		"host=h port=5432 dbname='a b' passfile = /p/f":   "host=h port=5432 dbname=a b passfile=/p/f",
		`password='it\'s' user=u\ v`:                      "password=it's user=u v",
		"postgres://u:p?w@h/db?passfile=%2Fp%2Ff&sslmod=": "passfile=/p/f sslmod=",
		"postgres://u@h/db":                               "",
		"word host=h":                                     "word= host=h",
	} {
		var got []string
		for _, p := range connParams(s) {
			got = append(got, p.key+"="+p.value)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("connParams(%q) = %q, want %q", s, strings.Join(got, " "), want)
		}
	}
}

func TestCheckParams(t *testing.T) {
	for s, want := range map[string]string{
		"host=h dbname=d sslmode=require":          "",
		"host=h sslmod=require":                    "unknown connection option sslmod",
		"postgres://h/db?sslmod=require":           "unknown connection option sslmod",
		"postgres://h/db?application_name=x&ssl=1": "unknown connection option ssl",
		"host=h password=a b":                      "after the password",
		"host=h password=a b=c":                    "after the password",
		"host=h password='a' b=c":                  "unknown connection option b",
		"host=h word":                              "", // pgx says what is wrong
	} {
		err := checkParams(connParams(s))
		if want == "" && err != nil || want != "" && (err == nil || !strings.Contains(err.Error(), want)) {
			t.Errorf("checkParams(%q) = %v, want %q", s, err, want)
		}
	}
}

func TestPassfileProblem(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "pgpass")
	if err := os.WriteFile(f, []byte("*:*:*:*:pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if p := passfileProblem(f); p != "" {
		t.Errorf("0600: %q", p)
	}
	for _, mode := range []os.FileMode{0o640, 0o604, 0o610, 0o601, 0o700} {
		if err := os.Chmod(f, mode); err != nil {
			t.Fatal(err)
		}
		want := mode&0o077 != 0
		if p := passfileProblem(f); (p != "") != want {
			t.Errorf("%04o: %q", mode, p)
		}
	}
	if p := passfileProblem(dir); !strings.Contains(p, "is not a plain file") {
		t.Errorf("a folder: %q", p)
	}
	if p := passfileProblem(filepath.Join(dir, "none")); p != "" {
		t.Errorf("a missing file: %q", p)
	}
	// The connection string's passfile comes first, then PGPASSFILE.
	t.Setenv("PGPASSFILE", "/env/file")
	if got := passfileOf(connParams("host=h passfile=/conn/file")); got != "/conn/file" {
		t.Errorf("passfileOf: %q", got)
	}
	if got := passfileOf(connParams("host=h")); got != "/env/file" {
		t.Errorf("passfileOf: %q", got)
	}
}

func TestExplicitPassword(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "pgpass")
	if err := os.WriteFile(f, []byte("*:*:*:*:from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PGPASSFILE", f)
	t.Setenv("PGPASSWORD", "")
	for s, want := range map[string]bool{
		"host=h user=u":                    false,
		"host=h user=u password=x":         true,
		"postgres://u@h/db":                false,
		"postgres://u:x@h/db":              true,
		"postgres://u@h/db?":               false,
		"postgres://u@h/db?sslmode=prefer": false,
		"postgres://u@h/db?password=x":     true,
		"":                                 false,
	} {
		if got := explicitPassword(s); got != want {
			t.Errorf("explicitPassword(%q) = %v, want %v", s, got, want)
		}
	}
	t.Setenv("PGPASSWORD", "x")
	if !explicitPassword("host=h") {
		t.Error("PGPASSWORD is a password given")
	}
}
