package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/formats/strata"
)

// TestConvert: older files come out in the current format, uncompressed and
// back, with the same header and catalog (so the same digest), and bad
// input is one line on stderr.
func TestConvert(t *testing.T) {
	dir := t.TempDir()
	old := "../../formats/strata/testdata/format_v1.strata"
	plain, packed := filepath.Join(dir, "plain.strata"), filepath.Join(dir, "packed.strata")
	if code, _, stderr := runCLI(t, "convert", "--compression", "none", old, plain); code != exitOK {
		t.Fatalf("convert: %s", stderr)
	}
	if code, _, stderr := runCLI(t, "convert", plain, packed); code != exitOK {
		t.Fatalf("convert: %s", stderr)
	}
	was, err := strata.ReadFile(old, strata.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for path, compression := range map[string]string{plain: strata.CompressionNone, packed: strata.CompressionZstd} {
		f, err := strata.ReadFile(path, strata.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if f.Header.FormatVersion != strata.FormatVersion || f.Header.Compression != compression {
			t.Errorf("%s: format %d, compression %q", path, f.Header.FormatVersion, f.Header.Compression)
		}
		f.Catalog.ExpandDependencies() // decoded catalogs hold their edges by number
		was.Catalog.ExpandDependencies()
		if f.Header.Source != was.Header.Source || !f.Header.CapturedAt.Equal(was.Header.CapturedAt) || !reflect.DeepEqual(f.Catalog, was.Catalog) {
			t.Errorf("%s: header or catalog changed", path)
		}
	}
	// A current file converts to itself, and back to the plain one: its
	// catalog, read with the edges by number, is written as it was read.
	for input, compression := range map[string]string{packed: strata.CompressionZstd, plain: strata.CompressionNone} {
		again := filepath.Join(dir, "again-"+compression+".strata")
		if code, _, stderr := runCLI(t, "convert", "--compression", compression, packed, again); code != exitOK {
			t.Fatalf("convert: %s", stderr)
		}
		got, _ := os.ReadFile(again)
		want, _ := os.ReadFile(input)
		if !bytes.Equal(got, want) {
			t.Errorf("%s converted as %s: %d bytes, not the %d of %s", packed, compression, len(got), len(want), input)
		}
	}
	garbage := filepath.Join(dir, "garbage.strata")
	os.WriteFile(garbage, []byte("not a snapshot at all"), 0o644)
	code, _, stderr := runCLI(t, "convert", garbage, filepath.Join(dir, "out.strata"))
	assertOneLineError(t, code, stderr, "not a pgstrata snapshot")
	if _, err := os.Stat(filepath.Join(dir, "out.strata")); err == nil {
		t.Error("a failed convert left an output file")
	}
	code, _, stderr = runCLI(t, "convert", plain, plain)
	assertOneLineError(t, code, stderr, "refusing to overwrite it")
}

// TestConvertTerminal: convert neither waits for a snapshot typed on a
// terminal nor writes one to it, and snapshot -o - does not either.
func TestConvertTerminal(t *testing.T) {
	_, tty := openPty(t)
	var out, errOut bytes.Buffer
	rc := &runContext{ctx: context.Background(), stdin: tty, stdout: &out, stderr: &errOut}
	err := (&convertCmd{Input: "-", Output: "-", Compression: "zstd"}).Run(rc)
	if err == nil || !strings.Contains(err.Error(), "standard input, which is a terminal") {
		t.Errorf("convert from a terminal: %v", err)
	}
	rc.stdout = tty
	err = (&convertCmd{Input: "../../formats/strata/testdata/format_v2.strata", Output: "-", Compression: "zstd"}).Run(rc)
	if err == nil || !strings.Contains(err.Error(), "refusing to write a binary snapshot to the terminal") {
		t.Errorf("convert to a terminal: %v", err)
	}
	// snapshot -o - too, before it connects anywhere.
	err = (&snapshotCmd{Source: "postgres://nowhere.invalid/db", Output: "-"}).Run(rc)
	if err == nil || !strings.Contains(err.Error(), "refusing to write a binary snapshot to the terminal") {
		t.Errorf("snapshot -o - to a terminal: %v", err)
	}
}
