package strata

import (
	"errors"
	"time"

	"github.com/pgstrata/pgstrata/snapshot"
)

// FormatVersion is the version of the file layout and body encoding this
// build writes, and the newest it reads. Bump it for any change an older
// reader would misread; adding a field to the model or the header is not
// such a change (an older reader skips trailing slots it does not know; see
// internal/codecgen for how the layout grows).
//
// Version 7 writes the header with one-letter keys and the digest in
// binary (header_wire.go); its body is version 6's. Version 6 writes a short string that repeats in a stream of the
// column-wise body as a reference to its first occurrence there
// (string_refs.go). Version 5 stores the dependency edges as numbers of
// the objects they join (edges.go), after the rest of the catalog. Version 4 compresses the
// body column-wise, with a dictionary (see columns.go and dictionary.go);
// for both, the body (what the digest covers and what a "none" file
// stores) is version 3's. Version 3 writes every struct as a msgpack array
// of its fields in the order layout.txt fixes (see doc.go); versions 1 and
// 2 wrote msgpack maps keyed by field name, version 2 with interned
// strings. This build reads all seven and writes version 7 (version 4 for a
// catalog whose edges reach outside it).
const FormatVersion = 7

// Magic starts every snapshot file. Like PNG's signature, it is built to be
// damaged by a careless transfer: the high byte by a 7-bit channel, "\r\n" by
// a newline conversion in either direction, "\x1a" by tools that stop at a
// DOS end-of-file, so that such damage is diagnosed at once rather than as a
// corrupt body.
const Magic = "\x89PGSTRATA\r\n\x1a\n"

// Body compressions: zstd by default; none (from format version 3) for
// files that another tool compresses better, as git does when it packs
// many revisions of one file (see `pgstrata convert`).
const (
	CompressionZstd = "zstd"
	CompressionNone = "none"
)

// Limits on what a reader accepts. The header limit is fixed: a header is a
// few hundred bytes, so anything near the limit is damage or an attack. The
// body limit is a default that ReadOptions can lower (or raise).
const (
	MaxHeaderLength      = 1 << 20
	DefaultMaxBodyLength = 1 << 30
	// DefaultMaxMemory bounds what decoding one body may allocate, counted
	// element by element from what the body describes (see checkShape):
	// a 100,000-table catalog of the kind syntheticCatalog builds needs
	// about a quarter of it (TestMemoryHeadroom).
	DefaultMaxMemory = 1 << 30
)

// Header describes a snapshot without its body: who wrote it, from what, and
// how to check the body. It is small and cheap to read (see ReadHeader).
type Header struct {
	// ToolVersion is the pgstrata version that wrote the file, given by the caller.
	ToolVersion string `msgpack:",omitempty"`
	// FormatVersion is set by Encode to FormatVersion and must repeat the
	// version in the file's prefix.
	FormatVersion int
	// ServerVersion and ServerVersionNum are the server's server_version
	// ("16.2 (Debian 16.2-1.pgdg120+2)") and server_version_num (160002).
	ServerVersion    string `msgpack:",omitempty"`
	ServerVersionNum int    `msgpack:",omitempty"`
	Database         string `msgpack:",omitempty"`
	// CapturedAt is when the catalog was read; stored and returned in UTC.
	CapturedAt time.Time `msgpack:",omitempty"`
	// Source says where the catalog came from (a connection string, a file).
	// Encode strips any password from it with RedactSource, whatever the caller did.
	Source string `msgpack:",omitempty"`
	// Options are the capture options as sorted "key=value" strings.
	Options []string `msgpack:",omitempty"`

	// The rest is filled in by Encode.

	// BodyDigest is "sha256:<hex>" of the uncompressed msgpack body: it names
	// the catalog's exact content, whatever the compression.
	BodyDigest string
	// BodyLength is the uncompressed body length in bytes.
	BodyLength int64
	// Compression is how the body is compressed: CompressionZstd, or
	// CompressionNone (format version 3 on). Encode takes "" as zstd.
	Compression string
	// CompressedLength is the body's length in the file, which then ends:
	// it tells a truncated file and trailing bytes apart from a corrupt body.
	CompressedLength int64
	// Contents counts what the body holds, so that a reader can tell it
	// without decoding the catalog (ReadOptions.CheckOnly, `inspect`).
	// Written from this build on; nil in older files. A full read checks it
	// against the catalog unless SkipDigest.
	Contents *Contents `msgpack:",omitempty"`
}

// Contents counts a catalog's objects, as Catalog.Counts and the catalog's
// lists do: every list sorted, zero counts left out.
type Contents struct {
	// Objects are the catalog's objects per kind, columns included, in
	// kind order.
	Objects []KindCount `msgpack:",omitempty"`
	// Dependencies is the number of dependency edges.
	Dependencies int `msgpack:",omitempty"`
	// NotModeled and NotReadable are the catalog's own lists.
	NotModeled  []snapshot.CatalogCount `msgpack:",omitempty"`
	NotReadable []snapshot.CatalogCount `msgpack:",omitempty"`
}

// KindCount is a number of objects of one kind. From format version 6 it
// is written as a two-element array ([kind, count]) rather than a map
// keyed by field name, which took 11 bytes more a kind: a sixth of a small
// schema's header (readers take either).
type KindCount struct {
	_msgpack struct{} `msgpack:",as_array"`
	Kind     snapshot.Kind
	Count    int
}

// File is a decoded snapshot file.
type File struct {
	Header Header
	// Catalog is the decoded body; nil when DigestOK is false, or when
	// ReadOptions.CheckOnly checked the body without decoding it.
	Catalog *snapshot.Catalog
	// DigestOK is false only when ReadOptions.AllowDigestMismatch let a file
	// with a corrupt body through; BodyErr then says what is wrong. With
	// ReadOptions.SkipDigest or CheckOnly, it can mean that the zstd
	// frame's checksum matched, and the digest was not checked:
	// ChecksumOnly then says so.
	DigestOK     bool
	ChecksumOnly bool
	BodyErr      error
}

// ReadOptions tune Decode and ReadFile. The zero value is the safe default.
type ReadOptions struct {
	// MaxBodyLength is the largest uncompressed body accepted; 0 means
	// DefaultMaxBodyLength. The body is never held whole, so this bounds
	// the time a read takes, not its memory.
	MaxBodyLength int64
	// MaxMemory is the most that decoding the catalog may allocate, as
	// counted before anything is allocated from what the body describes:
	// every slice element, pointee and kept string at its size in memory
	// (skipped and padding bytes cost nothing). 0 means DefaultMaxMemory.
	// A file over it is refused with ErrTooLarge. The process needs some
	// more: the zstd window (8 MiB), buffers, and the collector's headroom.
	MaxMemory int64
	// AllowDigestMismatch returns a file whose body is corrupt (its digest
	// does not match, or it does not decompress to the declared length)
	// instead of failing, with DigestOK false and no Catalog, so that a
	// caller such as `pgstrata inspect` can still show the header.
	// A damaged prefix or header, truncation and trailing bytes still fail.
	AllowDigestMismatch bool
	// SkipDigest reads a body whose zstd frame carries a checksum of its
	// content (files of format version 5 written from this build on)
	// without checking the body's SHA-256 digest: the decompressor checks
	// the frame's checksum instead, which detects damage as well, but the
	// digest in the header is then taken as the writer stated it. Checking
	// the digest means rebuilding the row-wise body the digest covers,
	// which is about a quarter of reading a large file. A body without the
	// checksum is checked by its digest whatever this says. For a reader
	// that uses the catalog and not the digest (a diff); `inspect`, which
	// reports the digest, leaves it unset.
	SkipDigest bool
	// CheckOnly checks the body without decoding the catalog, when the
	// file allows it: a version 5 body whose frame carries a checksum and
	// whose header counts its contents (Header.Contents). The body is
	// decompressed, which checks the frame's checksum, and its outline
	// (the shape of its columns, the count of its edges and of the
	// objects they number) is checked against the header; File.Catalog is
	// then nil and File.ChecksumOnly true. Any other file is read in full,
	// as without this option. For `inspect`, which reports the header and
	// the counts: under a third of a full read of a large file.
	CheckOnly bool
}

func (o ReadOptions) maxMemory() int64 {
	if o.MaxMemory > 0 {
		return o.MaxMemory
	}
	return DefaultMaxMemory
}

func (o ReadOptions) maxBody() int64 {
	if o.MaxBodyLength > 0 {
		return o.MaxBodyLength
	}
	return DefaultMaxBodyLength
}

// The kinds of failure, for errors.Is. Every error that Decode, ReadFile,
// ReadHeader and WriteFile return is an *Error naming the file.
var (
	// ErrNotSnapshot: the file does not start with Magic.
	ErrNotSnapshot = errors.New("not a pgstrata snapshot")
	// ErrNewerFormat: the file has a format version this build does not know.
	ErrNewerFormat = errors.New("written by a newer pgstrata")
	// ErrCorrupt: the file is damaged (or forged) past its magic.
	ErrCorrupt = errors.New("corrupt")
	// ErrTruncated: the file ends early.
	ErrTruncated = errors.New("truncated")
	// ErrTooLarge: a declared length exceeds a limit.
	ErrTooLarge = errors.New("too large")
)

// Error is a failure to read or write one snapshot file. Its message is one
// line that starts with the file name, e.g.
// "prod.strata: truncated: body ends after 1234 of 5678 bytes".
type Error struct {
	File string // the name or path, as given by the caller
	Kind error  // one of the Err* values above; nil for an I/O error
	Msg  string // the problem, without the file name
	Err  error  // the underlying cause, if any (an I/O, zstd or msgpack error)
}

func (e *Error) Error() string { return e.File + ": " + e.Msg }

// Unwrap exposes both the kind and the cause, so that errors.Is works with
// the sentinels above as well as with fs.ErrNotExist and the like.
func (e *Error) Unwrap() []error {
	var errs []error
	if e.Kind != nil {
		errs = append(errs, e.Kind)
	}
	if e.Err != nil {
		errs = append(errs, e.Err)
	}
	return errs
}
