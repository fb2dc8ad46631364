package main

import (
	"encoding/json"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/snapshot"
)

// hostile are strings a crafted file can carry to fool a terminal: a
// newline that starts a fake line, a carriage return that overwrites one,
// escape sequences that retitle the window or hide text, a C1 CSI, DEL, a
// bidirectional override, a zero-width space, and bytes that are not UTF-8.
var hostile = []string{
	"app\ndigest:       0000 OK",
	"app\rdigest: OK",
	"app\x1b]0;owned\x07",
	"app\x1b[8mhidden\x1b[0m",
	"app\u009b31m",
	"app\x7f\x08\x08",
	"app\u202etxt.exe",
	"app\u200b",
	"app\xff\xfe",
	"tab\there",
}

// TestInspectEscapesFileStrings: inspect prints every string from a file
// with control characters and other non-printing runes escaped, in text
// (one line per field, nothing a terminal acts on) and in JSON (which must
// still decode to the same strings).
func TestInspectEscapesFileStrings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crafted.strata")
	joined := strings.Join(hostile, "|")
	cat := &snapshot.Catalog{ServerVersionNum: 150000, Schemas: []snapshot.Schema{{Name: "app"}}}
	for i, h := range hostile {
		cat.NotModeled = append(cat.NotModeled, snapshot.CatalogCount{Catalog: h, Count: i + 1})
	}
	header := strata.Header{ToolVersion: joined, ServerVersion: joined, Database: joined, Source: joined, Options: hostile}
	if err := strata.WriteFile(path, header, cat); err != nil {
		t.Fatal(err)
	}

	code, out, stderr := runCLI(t, "inspect", path)
	if code != exitOK {
		t.Fatalf("inspect: status %d: %s", code, stderr)
	}
	for _, r := range out {
		if r != '\n' && !unicode.IsPrint(r) || r == unicode.ReplacementChar {
			t.Errorf("inspect printed %U:\n%s", r, out)
			break
		}
	}
	digestLines := 0
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "digest:") {
			digestLines++
		}
	}
	if digestLines != 1 {
		t.Errorf("%d lines start with \"digest:\", want 1:\n%s", digestLines, out)
	}
	for _, want := range []string{`app\x0adigest:`, `app\x1b]0;owned\x07`, `app\u009b31m`, `app\u202etxt.exe`, `app\xff\xfe`, `tab\x09here`} {
		if !strings.Contains(out, want) {
			t.Errorf("the text output lacks %s:\n%s", want, out)
		}
	}

	code, js, stderr := runCLI(t, "inspect", "--json", path)
	if code != exitOK {
		t.Fatalf("inspect --json: status %d: %s", code, stderr)
	}
	for _, r := range js {
		if r != '\n' && !unicode.IsPrint(r) {
			t.Errorf("inspect --json printed %U raw", r)
		}
	}
	var report inspectReport
	if err := json.Unmarshal([]byte(js), &report); err != nil {
		t.Fatalf("inspect --json is not JSON: %v\n%s", err, js)
	}
	if len(report.Options) != len(hostile) || !slices.Contains(report.Options, hostile[6]) || report.NotModeled[hostile[2]] != 3 {
		t.Errorf("the JSON does not decode to the file's strings: %q, %v", report.Options, report.NotModeled)
	}
}

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"plain, é, 漢字 and 🙂": "plain, é, 漢字 and 🙂",
		"a\x00b\x1fc\x7f":    `a\x00b\x1fc\x7f`,
		"\u0085\u00a0\u2028": `\u0085\u00a0\u2028`,
		"\U000e0041":         `\U000e0041`,
		"\xc3":               `\xc3`,
		`back\slash`:         `back\slash`,
	} {
		if got := printable(in); got != want {
			t.Errorf("printable(%q) = %q, want %q", in, got, want)
		}
	}
	in := "a\x7f\u0085\u202e\U000e0041\xffb"
	raw, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	escaped := escapeJSON(raw)
	var out string
	if err := json.Unmarshal(escaped, &out); err != nil || out != strings.ToValidUTF8(in, "\ufffd") {
		t.Errorf("escapeJSON(%s) = %s, decodes to %q (%v)", raw, escaped, out, err)
	}
	if want := `"a\u007f\u0085\u202e\udb40\udc41\ufffdb"`; string(escaped) != want {
		t.Errorf("escapeJSON(%s) = %s, want %s", raw, escaped, want)
	}
}

// TestInspectChecksumOrVerify: inspect checks a file written with its
// contents counted in the header by the body's zstd checksum, without
// decoding the catalog, and prints the same counts that --verify (which
// decodes it and recomputes the digest) does; a file without them (written
// before they were) is read in full either way.
func TestInspectChecksumOrVerify(t *testing.T) {
	path := filepath.Join(t.TempDir(), "counted.strata")
	old, err := strata.ReadFile(fixture, strata.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if old.Header.Contents != nil {
		t.Fatal("the fixture should be a file written before the header counted its contents")
	}
	if err := strata.WriteFile(path, old.Header, old.Catalog); err != nil {
		t.Fatal(err)
	}
	report := func(args ...string) inspectReport {
		t.Helper()
		code, js, stderr := runCLI(t, append([]string{"inspect", "--json"}, args...)...)
		if code != exitOK {
			t.Fatalf("inspect %v: status %d: %s", args, code, stderr)
		}
		var r inspectReport
		if err := json.Unmarshal([]byte(js), &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	quick, verified, legacy := report(path), report("--verify", path), report(fixture)
	if quick.CheckedBy != checkedByChecksum || verified.CheckedBy != checkedByDigest || legacy.CheckedBy != checkedByDigest {
		t.Errorf("checked by %q, with --verify %q, an old file %q", quick.CheckedBy, verified.CheckedBy, legacy.CheckedBy)
	}
	if !quick.DigestOK || !verified.DigestOK {
		t.Errorf("digest_ok %v, with --verify %v", quick.DigestOK, verified.DigestOK)
	}
	quick.CheckedBy, verified.CheckedBy = "", ""
	if !reflect.DeepEqual(quick, verified) {
		t.Errorf("inspect and inspect --verify differ:\n%+v\n%+v", quick, verified)
	}
	if len(quick.Counts) == 0 || quick.Dependencies == 0 || !maps.Equal(quick.Counts, legacy.Counts) || quick.Dependencies != legacy.Dependencies {
		t.Errorf("counts %v and %d edges; the file they were written from has %v and %d", quick.Counts, quick.Dependencies, legacy.Counts, legacy.Dependencies)
	}
	_, text, _ := runCLI(t, "inspect", path)
	if !strings.Contains(text, "not recomputed") {
		t.Errorf("inspect does not say that it left the digest alone:\n%s", text)
	}
}
