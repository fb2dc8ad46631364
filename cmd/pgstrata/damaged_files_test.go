package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/snapshot"
)

// TestDamagedFiles feeds the commands that read snapshots (inspect, and
// diff on either side) files damaged in every way a transfer, a disk or a
// forger can damage them: each must be refused with exit status 1 and one
// line that names the file and the problem. formats/strata tests the same
// damage against the library's error values (and zstd bombs, which need
// its internals to forge); this is the contract users see.
func TestDamagedFiles(t *testing.T) {
	dir := t.TempDir()
	good := smallSnapshotFile(t)
	// The prefix: magic, version (2 bytes), header length (4), header, CRC (4).
	magicEnd := len(strata.Magic)
	headerLen := int(binary.BigEndian.Uint32(good[magicEnd+2:]))
	headerStart := magicEnd + 6
	bodyStart := headerStart + headerLen + 4

	with := func(edit func(b []byte) []byte) []byte { return edit(bytes.Clone(good)) }
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a pgstrata snapshot: the file is empty"},
		{"foreign", []byte("-- PostgreSQL database dump\nCREATE TABLE t ();\n"), "not a pgstrata snapshot"},
		{"truncated in the magic", good[:5], "truncated: the file ends after 5 bytes, inside the signature"},
		{"truncated in the version", good[:magicEnd+1], "truncated"},
		{"truncated in the header length", good[:magicEnd+4], "truncated"},
		{"truncated in the header", good[:headerStart+headerLen/2], "truncated"},
		{"truncated in the header checksum", good[:bodyStart-2], "truncated"},
		{"truncated before the body", good[:bodyStart], "truncated"},
		{"truncated in the body", good[:bodyStart+(len(good)-bodyStart)/2], "truncated"},
		{"last byte missing", good[:len(good)-1], "truncated"},
		{"trailing bytes", append(bytes.Clone(good), 0), "corrupt"},
		{"flipped header byte", with(func(b []byte) []byte { b[headerStart+headerLen/2] ^= 0x20; return b }), "corrupt"},
		{"flipped body byte", with(func(b []byte) []byte { b[bodyStart+(len(b)-bodyStart)/2] ^= 0x01; return b }), "corrupt"},
		{"future format version", with(func(b []byte) []byte {
			binary.BigEndian.PutUint16(b[magicEnd:], strata.FormatVersion+1)
			return b
		}), "written by a newer pgstrata"},
		{"text-mode transfer", bytes.ReplaceAll(good, []byte("\r\n"), []byte("\n")), "corrupt: the signature was altered"},
	}
	other := filepath.Join(dir, "other.strata")
	if err := os.WriteFile(other, good, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".strata")
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{
				{"inspect", path},
				{"diff", path, other},
				{"diff", other, path},
			} {
				code, stdout, stderr := runCLI(t, args...)
				assertOneLineError(t, code, stderr, tc.want)
				if !strings.Contains(stderr, path) {
					t.Errorf("%s: the error does not name the file: %q", args[0], stderr)
				}
				if args[0] == "diff" && stdout != "" {
					t.Errorf("diff printed a script from a damaged file: %q", stdout)
				}
			}
		})
	}
}

// smallSnapshotFile is a small, valid snapshot file, built without a server.
func smallSnapshotFile(t *testing.T) []byte {
	t.Helper()
	c := &snapshot.Catalog{
		ServerVersionNum: 150000,
		Schemas:          []snapshot.Schema{{Name: "app"}},
		Tables: []snapshot.Table{{Schema: "app", Name: "orders", RelKind: "r", Columns: []snapshot.Column{
			{Name: "id", Type: "bigint", NotNull: true}, {Name: "note", Type: "text", Default: "'none'::text"},
		}}},
	}
	c.Sort()
	var buf bytes.Buffer
	if _, err := strata.Encode(&buf, strata.Header{ToolVersion: "test", Database: "app"}, c); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
