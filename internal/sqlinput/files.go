package sqlinput

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// IsInput reports whether arg names SQL to load: an existing file whose
// name ends in .sql, or a directory. (A directory of anything else is
// refused by Files, with a message, rather than taken for a database.)
func IsInput(arg string) bool {
	info, err := os.Stat(arg)
	if err != nil {
		return false
	}
	return info.IsDir() || strings.EqualFold(filepath.Ext(arg), ".sql")
}

// Files returns the files to load for arg, in order. A file is itself. A
// directory is a migration folder: its *.sql files, applied in natural
// name order (digit runs compare as numbers, so 2_b.sql comes before
// 10_a.sql, and 001_init.sql before 002_users.sql as in plain name order).
// Left out, because a migration tool would not apply them either: files
// whose names start with a dot (editor and lock files), down migrations
// (*.down.sql, next to *.up.sql as golang-migrate keeps them), other files,
// and subdirectories (their SQL is for the scripts to \ir, or another
// tool's: sqitch keeps deploy/, revert/ and verify/ side by side). A
// directory without any .sql file is an error.
func Files(arg string) ([]string, error) {
	info, err := os.Stat(arg)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{arg}, nil
	}
	entries, err := os.ReadDir(arg)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		name := e.Name()
		lower := strings.ToLower(name)
		if strings.HasPrefix(name, ".") || !strings.HasSuffix(lower, ".sql") || strings.HasSuffix(lower, ".down.sql") {
			continue
		}
		if info, err := os.Stat(filepath.Join(arg, name)); err != nil || !info.Mode().IsRegular() {
			continue // a subdirectory, or a broken link
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: a directory with no .sql files in it", arg)
	}
	sort.Slice(names, func(i, j int) bool { return naturalLess(names[i], names[j]) })
	files := make([]string, len(names))
	for i, n := range names {
		files[i] = filepath.Join(arg, n)
	}
	return files, nil
}

// naturalLess orders names as people number migrations: runs of digits
// compare by value (then by length, so 01 and 1 keep an order), the rest
// byte by byte.
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digits(a), digits(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				return len(na) < len(nb)
			}
			if na != nb {
				return na < nb
			}
			if da != db {
				return da < db
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

// digits is the length of the run of ASCII digits s starts with.
func digits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
