package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/vmihailenco/msgpack/v5"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/snapshot"
)

// forgeFile wraps body, however forged, in a file of the given format
// version whose header, checksum and digest are right for it: what a
// hostile writer (or a pull request) can commit.
func forgeFile(t *testing.T, version int, body []byte) []byte {
	t.Helper()
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1), zstd.WithWindowSize(1<<20))
	if err != nil {
		t.Fatal(err)
	}
	compressed := enc.EncodeAll(body, nil)
	sum := sha256.Sum256(body)
	header, err := msgpack.Marshal(&strata.Header{ToolVersion: "forged", FormatVersion: version,
		BodyDigest: "sha256:" + hex.EncodeToString(sum[:]), BodyLength: int64(len(body)),
		Compression: strata.CompressionZstd, CompressedLength: int64(len(compressed))})
	if err != nil {
		t.Fatal(err)
	}
	fixed := binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint16(nil, uint16(version)), uint32(len(header)))
	crc := crc32.Update(crc32.Checksum(fixed, crc32.MakeTable(crc32.Castagnoli)), crc32.MakeTable(crc32.Castagnoli), header)
	out := append([]byte(strata.Magic), fixed...)
	out = append(out, header...)
	out = binary.BigEndian.AppendUint32(out, crc)
	return append(out, compressed...)
}

// Raw msgpack for the forged bodies.
func mpMap(n int) []byte    { return []byte{0x80 | byte(n)} }
func mpStr(s string) []byte { return append([]byte{0xa0 | byte(len(s))}, s...) }
func mpArray(n int) []byte  { return binary.BigEndian.AppendUint32([]byte{0xdd}, uint32(n)) }
func mpPadding(n int) []byte {
	return append(binary.BigEndian.AppendUint32([]byte{0xdb}, uint32(n)), make([]byte, n)...)
}

// nilAggregatesBody: n aggregates of one nil byte each (hundreds of bytes
// each once decoded), then pad bytes of an ignored string, as a version 3
// body: the catalog's array of slots (formats/strata/layout.txt), nil but
// for its aggregates, and one slot more than this build knows.
func nilAggregatesBody(t *testing.T, n, pad int) []byte {
	layout, err := os.ReadFile("../../formats/strata/layout.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, catalog, _ := strings.Cut(string(layout), "\nsnapshot.Catalog\n")
	catalog, _, _ = strings.Cut(catalog, "\n\n")
	slots := strings.Split(catalog, "\n")
	var body []byte
	body = binary.BigEndian.AppendUint16(append(body, 0xdc), uint16(len(slots)+1))
	for _, slot := range slots {
		if strings.Fields(slot)[0] == "Aggregates" {
			body = append(append(body, mpArray(n)...), bytes.Repeat([]byte{0xc0}, n)...)
		} else {
			body = append(body, 0xc0)
		}
	}
	return append(body, mpPadding(pad)...)
}

// legacyNilAggregatesBody is nilAggregatesBody as a version 2 body.
func legacyNilAggregatesBody(n, pad int) []byte {
	return bytes.Join([][]byte{mpMap(2), mpStr("Aggregates"), mpArray(n), bytes.Repeat([]byte{0xc0}, n),
		mpStr("Zzz"), mpPadding(pad)}, nil)
}

func honestBody(t *testing.T, c *snapshot.Catalog) []byte {
	t.Helper()
	c.Sort()
	body, _, err := strata.EncodeBody(c)
	if err != nil {
		t.Fatal(err)
	}
	return body
}

// hostileFile is one attack: its name, its format version, its body
// (built only by the process that forges the files) and what the error
// must say.
type hostileFile struct {
	name    string
	version int
	body    func(t *testing.T) []byte
	want    string
}

func (h hostileFile) path(dir string) string {
	return filepath.Join(dir, strings.ReplaceAll(h.name, " ", "_")+".strata")
}

func hostileFiles() []hostileFile {
	table := func(typ string) snapshot.Table {
		return snapshot.Table{Schema: "app", Name: "t", RelKind: "r", Columns: []snapshot.Column{{Name: "c", Type: typ}}}
	}
	catalog := func(c snapshot.Catalog) func(t *testing.T) []byte {
		return func(t *testing.T) []byte { return honestBody(t, &c) }
	}
	const tooLarge = "too large: reading this catalog needs more than the memory limit of 1 GiB"
	return []hostileFile{
		// 1.25 GB of aggregates; the padding once bought a budget of 1.7 GB
		// (inspect used 1.3 GB, diff 6.2 GB).
		{"nil aggregates", 3, func(t *testing.T) []byte { return nilAggregatesBody(t, 3_000_000, 48<<20) }, tooLarge},
		// One 4.7 GB slice, which once died with a runtime trace and exit 2.
		{"one huge block", 3, func(t *testing.T) []byte { return nilAggregatesBody(t, 11_300_000, 140<<20) }, tooLarge},
		// The same in format version 2, which a hostile writer can still use.
		{"nil aggregates v2", 2, func(*testing.T) []byte { return legacyNilAggregatesBody(3_000_000, 48<<20) }, tooLarge},
		{"one huge block v2", 2, func(*testing.T) []byte { return legacyNilAggregatesBody(11_300_000, 140<<20) }, tooLarge},
		{"duplicate tables", 3, catalog(snapshot.Catalog{Tables: []snapshot.Table{table("integer"), table("integer")}}),
			"corrupt: inconsistent catalog: table app.t occurs more than once"},
		{"edge to nothing", 3, catalog(snapshot.Catalog{Tables: []snapshot.Table{table("integer")},
			Dependencies: []snapshot.Dependency{{From: snapshot.ObjectID{Kind: snapshot.KindView, Schema: "app", Name: "v"},
				To: snapshot.ObjectID{Kind: snapshot.KindTable, Schema: "app", Name: "t"}, Type: "n"}}}),
			"corrupt: inconsistent catalog: dependency view app.v -> table app.t: view app.v is not in the catalog"},
		{"injection through a column type", 3, catalog(snapshot.Catalog{Tables: []snapshot.Table{table("integer); DROP TABLE app.t; --")}}),
			`corrupt: column app.t.c: type "integer); DROP TABLE app.t; --" is not a type name`},
	}
}

// TestForgeHostileFiles is run by TestHostileFiles in a process of its
// own: forging the bodies takes hundreds of megabytes, and a child
// process's peak RSS on Linux starts from its parent's (the vfork before
// exec shares the parent's memory).
func TestForgeHostileFiles(t *testing.T) {
	dir := os.Getenv("PGSTRATA_FORGE_DIR")
	if dir == "" {
		t.Skip("run by TestHostileFiles")
	}
	for _, h := range hostileFiles() {
		if err := os.WriteFile(h.path(dir), forgeFile(t, h.version, h.body(t)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestHostileFiles: tiny files with a correct digest that once cost
// gigabytes, a Go runtime trace or a script with injected SQL. Through the
// built binary, each must give one line and exit status 1 within bounded
// memory (the peak RSS of the child process), for inspect and for diff on
// either side.
func TestHostileFiles(t *testing.T) {
	// A child's peak RSS starts from its parent's at fork, and by now this
	// test process may have grown big (other tests diff 20,000-table
	// files): the measuring runs in a fresh, small process of its own.
	if os.Getenv("PGSTRATA_HOSTILE_RUN") == "" {
		run := exec.Command(os.Args[0], "-test.run=^TestHostileFiles$", "-test.v")
		run.Env = append(os.Environ(), "PGSTRATA_HOSTILE_RUN=1")
		out, err := run.CombinedOutput()
		t.Logf("in a process of its own:\n%s", out)
		if err != nil {
			t.Fatalf("TestHostileFiles failed in its own process: %v", err)
		}
		return
	}
	bin := buildPgstrata(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.strata")
	if err := os.WriteFile(good, smallSnapshotFile(t), 0o644); err != nil {
		t.Fatal(err)
	}
	forge := exec.Command(os.Args[0], "-test.run=^TestForgeHostileFiles$")
	forge.Env = append(os.Environ(), "PGSTRATA_FORGE_DIR="+dir)
	if out, err := forge.CombinedOutput(); err != nil {
		t.Fatalf("forging: %v\n%s", err, out)
	}
	const maxRSS = 100 << 20
	for _, h := range hostileFiles() {
		t.Run(h.name, func(t *testing.T) {
			path := h.path(dir)
			if info, err := os.Stat(path); err != nil {
				t.Fatal(err)
			} else {
				t.Logf("%d-byte file", info.Size())
			}
			for _, args := range [][]string{{"inspect", path}, {"diff", path, good}, {"diff", good, path}} {
				var stdout, stderr bytes.Buffer
				cmd := exec.Command(bin, args...)
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				err := cmd.Run()
				code := 0
				if exit, ok := errors.AsType[*exec.ExitError](err); ok {
					code = exit.ExitCode()
				} else if err != nil {
					t.Fatal(err)
				}
				assertOneLineError(t, code, stderr.String(), h.want)
				if !strings.Contains(stderr.String(), path) {
					t.Errorf("%s: the error does not name the file: %q", args[0], stderr.String())
				}
				if args[0] == "diff" && stdout.Len() > 0 {
					t.Errorf("diff printed a script: %q", stdout.String())
				}
				rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // KiB on Linux
				t.Logf("%s: peak RSS %d MiB", args[0], rss>>20)
				if rss > maxRSS {
					t.Errorf("%s: peak RSS %d MiB, more than %d MiB", args[0], rss>>20, maxRSS>>20)
				}
			}
		})
	}
}
