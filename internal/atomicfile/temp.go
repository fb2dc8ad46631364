package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// Temporary files are named "." + base + ".tmp" + 8 hex digits, in the
// target's directory (a rename cannot cross file systems).
const (
	tempInfix  = ".tmp"
	tempDigits = 8
	// maxNameBytes is NAME_MAX on Linux and the BSDs: a temporary name
	// longer than that cannot be created even when the target's can.
	maxNameBytes = 255
)

// staleAfter is the age past which a temporary file of the same target is
// taken to be left by a killed run. A live run creates its temporary file
// only once its content is complete and then holds it for the time one
// write and fsync take: seconds, not minutes.
const staleAfter = 10 * time.Minute

// tempPrefix is the temporary name's part before the random digits. A base
// too long to take the dot and the suffix is cut (at a UTF-8 boundary),
// so that a legal 255-byte name still gets a temporary file.
func tempPrefix(base string) string {
	room := maxNameBytes - 1 - len(tempInfix) - tempDigits
	if len(base) > room {
		cut := room
		for cut > 0 && !utf8.RuneStart(base[cut]) {
			cut--
		}
		base = base[:cut]
	}
	return "." + base + tempInfix
}

// createTemp creates the temporary file with O_EXCL, like os.CreateTemp, but
// asks for mode 0666 so that the umask applies (os.CreateTemp uses 0600).
func createTemp(dir, base string) (*os.File, string, error) {
	prefix := tempPrefix(base)
	for range 100 {
		name := filepath.Join(dir, fmt.Sprintf("%s%0*x", prefix, tempDigits, rand.Uint32()))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, name, err
	}
	return nil, "", fmt.Errorf("create temporary file in %s: too many attempts", dir)
}

// removeStale removes the temporary files of base in dir that a killed run
// left behind: regular files named as createTemp names them, owned by this
// user, untouched for staleAfter. Failures are ignored: a leftover is
// untidy, not wrong, and the next run tries again.
func removeStale(dir, base string) {
	prefix := tempPrefix(base)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	now := time.Now()
	for _, e := range entries {
		if !isTempName(e.Name(), prefix) || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < staleAfter || !ownedByUs(info) {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

func isTempName(name, prefix string) bool {
	digits, ok := strings.CutPrefix(name, prefix)
	if !ok || len(digits) != tempDigits {
		return false
	}
	for _, c := range digits {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
