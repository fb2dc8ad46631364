package strata

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"

	"github.com/pgstrata/pgstrata/snapshot"
)

const name = "prod.strata"

// mustFail decodes data and checks that it fails with an *Error of the
// given kind (nil: any kind) whose message is one line starting with the
// file name. It returns the message.
func mustFail(t *testing.T, data []byte, opts ReadOptions, kind error) string {
	t.Helper()
	f, err := Decode(bytes.NewReader(data), name, opts)
	if err == nil {
		t.Fatalf("Decode succeeded (DigestOK %v), want an error", f.DigestOK)
	}
	if f != nil {
		t.Errorf("Decode returned a file along with the error %v", err)
	}
	checkMessage(t, err, name)
	if kind != nil && !errors.Is(err, kind) {
		t.Errorf("error %q is not %v", err, kind)
	}
	return err.Error()
}

func checkMessage(t *testing.T, err error, file string) {
	t.Helper()
	msg := err.Error()
	if !strings.HasPrefix(msg, file+": ") || strings.Contains(msg, "\n") {
		t.Errorf("message %q is not one line starting with %q", msg, file+": ")
	}
	if _, ok := errors.AsType[*Error](err); !ok {
		t.Errorf("error %q is a %T, not an *Error", msg, err)
	}
}

// craft builds a file from a header taken as is (lengths, digest and all)
// and a compressed body, for files no honest writer produces.
func craft(t testing.TB, h Header, compressed []byte) []byte {
	t.Helper()
	version := uint16(FormatVersion)
	if h.FormatVersion >= 1 && h.FormatVersion < FormatVersion {
		version = uint16(h.FormatVersion) // an older file
	}
	prefix, err := encodePrefixAs(h, version)
	if err != nil {
		t.Fatal(err)
	}
	return append(prefix, compressed...)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// honest returns a header as Encode would write it for body, compressed
// column-wise as format version 4 stores it (version 5's edges by number
// cannot hold the forgeries most tests need: edges to nothing, say).
func honest(body, compressed []byte) Header {
	return Header{FormatVersion: 4, Compression: CompressionZstd, BodyDigest: bodyDigest(body),
		BodyLength: int64(len(body)), CompressedLength: int64(len(compressed))}
}

func gzipped(t *testing.T, data []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	zw.Close()
	return buf.Bytes()
}

func with(data []byte, edit func([]byte)) []byte {
	out := bytes.Clone(data)
	edit(out)
	return out
}

func TestForeignAndDamagedPrefix(t *testing.T) {
	good := encode(t, sampleHeader(), sampleCatalog())
	at := len(Magic)
	tests := []struct {
		name string
		data []byte
		kind error
		want string // the message after the file name, or a prefix of it
	}{
		{"empty file", nil, ErrNotSnapshot, "not a pgstrata snapshot: the file is empty"},
		{"text", []byte("CREATE TABLE t (id int);\n"), ErrNotSnapshot, "not a pgstrata snapshot"},
		{"one byte", []byte("x"), ErrNotSnapshot, "not a pgstrata snapshot"},
		{"gzip", gzipped(t, good), ErrNotSnapshot, "not a pgstrata snapshot"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"), ErrNotSnapshot, "not a pgstrata snapshot"},
		{"start of the signature", []byte(Magic[:5]), ErrTruncated, "truncated: the file ends after 5 bytes, inside the signature"},
		{"only the signature", []byte(Magic), ErrTruncated, "truncated: format version and header length ends after 0 of 6 bytes"},
		{"CRLF to LF", bytes.ReplaceAll(good, []byte("\r\n"), []byte("\n")), ErrCorrupt, "corrupt: the signature was altered"},
		{"LF to CRLF", bytes.ReplaceAll(good, []byte("\n"), []byte("\r\n")), ErrCorrupt, "corrupt: the signature was altered"},
		{"7-bit transfer", with(good, func(b []byte) { b[0] &= 0x7f }), ErrCorrupt, "corrupt: the signature was altered"},
		{"newer format", with(good, func(b []byte) { binary.BigEndian.PutUint16(b[at:], FormatVersion+1) }), ErrNewerFormat,
			fmt.Sprintf("written by a newer pgstrata: format version %d, this build reads up to %d", FormatVersion+1, FormatVersion)},
		{"format version 0", with(good, func(b []byte) { binary.BigEndian.PutUint16(b[at:], 0) }), ErrCorrupt,
			"corrupt: format version 0 does not exist"},
		{"huge header", with(good, func(b []byte) { binary.BigEndian.PutUint32(b[at+2:], MaxHeaderLength+1) }), ErrTooLarge,
			"too large: header of 1048577 bytes, the limit is 1048576"},
		{"empty header", with(good, func(b []byte) { binary.BigEndian.PutUint32(b[at+2:], 0) }), ErrCorrupt, "corrupt: empty header"},
		{"trailing byte", append(bytes.Clone(good), 0), ErrCorrupt, "corrupt: 1 byte of trailing garbage after the body"},
		{"trailing file", append(bytes.Clone(good), good...), ErrCorrupt,
			fmt.Sprintf("corrupt: %d bytes of trailing garbage after the body", len(good))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := mustFail(t, tt.data, ReadOptions{}, tt.kind)
			if !strings.HasPrefix(msg, name+": "+tt.want) {
				t.Errorf("message %q\n   want %q", msg, name+": "+tt.want+"…")
			}
		})
	}
}

// TestTruncated cuts the file at every section boundary and at a sample of
// offsets inside the header and the body.
func TestTruncated(t *testing.T) {
	good := encode(t, sampleHeader(), syntheticCatalog(50, 10))
	body := bodyStart(t, good)
	hlen := int(binary.BigEndian.Uint32(good[len(Magic)+2:]))
	sections := map[int]string{
		0: "empty", 1: "inside the signature", len(Magic): "after the signature",
		len(Magic) + 1: "inside the version", len(Magic) + 2: "after the version", len(Magic) + 6: "after the header length",
		len(Magic) + 6 + hlen/2: "inside the header", len(Magic) + 6 + hlen: "after the header",
		body - 2: "inside the checksum", body: "after the checksum",
	}
	cut := len(good) - body
	for _, off := range []int{1, 2, 7, cut / 3, cut / 2, cut - 1} {
		sections[body+off] = fmt.Sprintf("%d bytes into the body", off)
	}
	for at, what := range sections {
		t.Run(what, func(t *testing.T) {
			kind := ErrTruncated
			if at == 0 {
				kind = ErrNotSnapshot
			}
			msg := mustFail(t, good[:at], ReadOptions{}, kind)
			if at > body {
				want := fmt.Sprintf("%s: truncated: body ends after %d of %d bytes", name, at-body, cut)
				if msg != want {
					t.Errorf("message %q\n   want %q", msg, want)
				}
			}
		})
	}
}

// TestHeaderFlips flips every byte after the magic and before the body, one
// at a time, in two ways: each must be caught (by the checksum, mostly).
func TestHeaderFlips(t *testing.T) {
	good := encode(t, sampleHeader(), sampleCatalog())
	for at := len(Magic); at < bodyStart(t, good); at++ {
		for _, mask := range []byte{0x01, 0xff} {
			bad := with(good, func(b []byte) { b[at] ^= mask })
			f, err := Decode(bytes.NewReader(bad), name, ReadOptions{AllowDigestMismatch: true})
			if err == nil {
				t.Errorf("flipping byte %d with %#x went unnoticed (DigestOK %v)", at, mask, f.DigestOK)
				continue
			}
			checkMessage(t, err, name)
		}
	}
}

// TestBodyFlips damages the compressed body at a sample of offsets: each
// must fail, and with AllowDigestMismatch give the header and DigestOK false.
func TestBodyFlips(t *testing.T) {
	good := encode(t, sampleHeader(), syntheticCatalog(100, 10))
	start := bodyStart(t, good)
	for at := start; at < len(good); at += max(1, (len(good)-start)/97) {
		for _, mask := range []byte{0x01, 0x80} {
			bad := with(good, func(b []byte) { b[at] ^= mask })
			// A few bits of a zstd stream are padding: a flip there still
			// decompresses to the very body the digest names, which is no
			// damage at all.
			if f, err := Decode(bytes.NewReader(bad), name, ReadOptions{}); err == nil && f.DigestOK {
				continue
			}
			mustFail(t, bad, ReadOptions{}, nil)
			f, err := Decode(bytes.NewReader(bad), name, ReadOptions{AllowDigestMismatch: true})
			if err != nil {
				t.Errorf("byte %d ^ %#x with AllowDigestMismatch: %v", at-start, mask, err)
				continue
			}
			if f.DigestOK || f.Catalog != nil || f.BodyErr == nil || f.Header.Database != "prod" {
				t.Errorf("byte %d ^ %#x: DigestOK %v, Catalog %v, BodyErr %v, Database %q", at-start, mask,
					f.DigestOK, f.Catalog != nil, f.BodyErr, f.Header.Database)
			}
		}
	}
}

func TestDigestMismatch(t *testing.T) {
	body, _, _ := EncodeBody(sampleCatalog())
	other, otherDigest, _ := EncodeBody(&snapshot.Catalog{ServerVersionNum: 1})
	compressed := compressColumns(must(toColumns(other)))
	h := honest(body, compressed)
	h.BodyLength = int64(len(other))
	h.Database = "prod"
	file := craft(t, h, compressed)

	msg := mustFail(t, file, ReadOptions{}, ErrCorrupt)
	want := fmt.Sprintf("%s: digest mismatch: the body is corrupt (expected %s, got %s)", name, h.BodyDigest, otherDigest)
	if msg != want {
		t.Errorf("message %q\n   want %q", msg, want)
	}
	f, err := Decode(bytes.NewReader(file), name, ReadOptions{AllowDigestMismatch: true})
	if err != nil {
		t.Fatalf("with AllowDigestMismatch: %v", err)
	}
	if f.DigestOK || f.Catalog != nil || f.BodyErr == nil || f.BodyErr.Error() != want || f.Header.Database != "prod" {
		t.Errorf("got DigestOK %v, Catalog %v, BodyErr %v, header %+v", f.DigestOK, f.Catalog, f.BodyErr, f.Header)
	}
}

// TestBadHeaders: headers that pass the checksum (a forger can compute it)
// but say impossible things.
func TestBadHeaders(t *testing.T) {
	body, _, _ := EncodeBody(sampleCatalog())
	compressed := compressColumns(must(toColumns(body)))
	tests := []struct {
		name string
		edit func(*Header)
		opts ReadOptions
		kind error
		want string
	}{
		{"format version disagrees", func(h *Header) { h.FormatVersion = FormatVersion + 1 }, ReadOptions{}, ErrCorrupt,
			fmt.Sprintf("corrupt: the header says format version %d, the prefix %d", FormatVersion+1, FormatVersion)},
		{"unknown compression", func(h *Header) { h.Compression = "gzip" }, ReadOptions{}, ErrCorrupt,
			`corrupt: unknown body compression "gzip"`},
		{"uncompressed, lengths disagree", func(h *Header) { h.Compression = CompressionNone }, ReadOptions{}, ErrCorrupt,
			fmt.Sprintf("corrupt: an uncompressed body of %d bytes stored in %d", len(body), len(compressed))},
		{"uncompressed in a version 2 file", func(h *Header) { h.Compression, h.FormatVersion = CompressionNone, 2 }, ReadOptions{}, ErrCorrupt,
			`corrupt: unknown body compression "none"`},
		{"malformed digest", func(h *Header) { h.BodyDigest = "md5:abc" }, ReadOptions{}, ErrCorrupt,
			`corrupt: malformed body digest "md5:abc"`},
		{"negative length", func(h *Header) { h.BodyLength = -1 }, ReadOptions{}, ErrCorrupt, "corrupt: impossible body lengths"},
		{"compressed longer than possible", func(h *Header) { h.CompressedLength = zstdBound(h.BodyLength+maxColumnsPrefix) + 1 }, ReadOptions{}, ErrCorrupt,
			"corrupt: "},
		{"body over the limit", func(*Header) {}, ReadOptions{MaxBodyLength: 100}, ErrTooLarge,
			fmt.Sprintf("too large: the body is %d bytes uncompressed, the limit is 100", len(body))},
		{"declared longer than the body", func(h *Header) { h.BodyLength++ }, ReadOptions{}, ErrCorrupt,
			fmt.Sprintf("corrupt: the body decompresses to %d bytes, the header declares %d", len(body), len(body)+1)},
		{"declared shorter than the body", func(h *Header) { h.BodyLength-- }, ReadOptions{}, ErrCorrupt,
			fmt.Sprintf("corrupt: the body decompresses to %d bytes, the header declares %d", len(body), len(body)-1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := honest(body, compressed)
			tt.edit(&h)
			msg := mustFail(t, craft(t, h, compressed), tt.opts, tt.kind)
			if !strings.HasPrefix(msg, name+": "+tt.want) {
				t.Errorf("message %q\n   want %q", msg, name+": "+tt.want+"…")
			}
		})
	}
}

// TestZstdBombs: bodies that expand far beyond what the header declares
// are stopped after the declared length, without the memory for the rest.
func TestZstdBombs(t *testing.T) {
	const limit = 1 << 20
	zeros := make([]byte, 64<<20)
	bomb := newEncoder(zstd.SpeedFastest).EncodeAll(zeros, nil)
	// The header cannot claim a body much shorter than its compressed
	// length, so a bomb against a small declared length must be small too.
	smallBomb := newEncoder(zstd.SpeedFastest).EncodeAll(zeros[:4<<20], nil)
	zeros = nil
	t.Logf("bombs: %d compressed bytes expand to 64 MiB, %d to 4 MiB", len(bomb), len(smallBomb))

	// A raw zstd frame that asks for a 1 GiB window: frame magic, a header
	// with a window descriptor (exponent 20: 2^30), one empty last raw block.
	window := []byte{0x28, 0xb5, 0x2f, 0xfd, 0x00, 20 << 3, 0x01, 0x00, 0x00}

	tests := []struct {
		name     string
		declared int64
		body     []byte
		kind     error
		want     string
	}{
		{"expands past the limit", limit, bomb, ErrCorrupt,
			"corrupt: the body decompresses to more than the 1048576 bytes the header declares"},
		{"expands past a small declared length", 1000, smallBomb, ErrCorrupt,
			"corrupt: the body decompresses to more than the 1000 bytes the header declares"},
		{"declared past the limit", limit + 1, bomb, ErrTooLarge,
			"too large: the body is 1048577 bytes uncompressed, the limit is 1048576"},
		{"huge window", 1000, window, ErrTooLarge, "too large: the body's zstd frame asks for a window over 8388608 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := honest(make([]byte, tt.declared), tt.body)
			var msg string
			allocated := allocatedBy(func() { msg = mustFail(t, craft(t, h, tt.body), ReadOptions{MaxBodyLength: limit}, tt.kind) })
			if msg != name+": "+tt.want {
				t.Errorf("message %q\n   want %q", msg, name+": "+tt.want)
			}
			if allocated > 16<<20 {
				t.Errorf("refusing the bomb allocated %d MiB", allocated>>20)
			}
		})
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.strata")
	_, err := ReadFile(missing, ReadOptions{})
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("ReadFile(missing) = %v, want fs.ErrNotExist", err)
	}
	checkMessage(t, err, missing)
	if _, err := ReadHeader(missing); err == nil || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadHeader(missing) = %v, want fs.ErrNotExist", err)
	}

	notes := filepath.Join(dir, "notes.txt")
	os.WriteFile(notes, []byte("hello\n"), 0o644)
	for _, read := range []func(string) error{
		func(p string) error { _, err := ReadFile(p, ReadOptions{}); return err },
		func(p string) error { _, err := ReadHeader(p); return err },
	} {
		err := read(notes)
		if err == nil || err.Error() != notes+": not a pgstrata snapshot" || !errors.Is(err, ErrNotSnapshot) {
			t.Errorf("reading notes.txt: %v", err)
		}
	}

	newer := filepath.Join(dir, "newer.strata")
	good := encode(t, sampleHeader(), sampleCatalog())
	os.WriteFile(newer, with(good, func(b []byte) { b[len(Magic)+1] = 9 }), 0o644)
	if _, err := ReadHeader(newer); !errors.Is(err, ErrNewerFormat) {
		t.Errorf("ReadHeader(newer) = %v, want ErrNewerFormat", err)
	}

	// ReadHeader does not look at the body: it reads a truncated file's header.
	short := filepath.Join(dir, "short.strata")
	os.WriteFile(short, good[:bodyStart(t, good)+3], 0o644)
	if h, err := ReadHeader(short); err != nil || h.Database != "prod" {
		t.Errorf("ReadHeader(truncated body) = %+v, %v", h, err)
	}
	if _, err := ReadFile(short, ReadOptions{}); !errors.Is(err, ErrTruncated) {
		t.Errorf("ReadFile(truncated body) = %v, want ErrTruncated", err)
	}
}
