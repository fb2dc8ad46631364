// Package strata reads and writes pgstrata snapshot files (".strata"): one
// snapshot.Catalog, captured from a database, with a header that says where
// and when it came from. Snapshots are what pgstrata diffs, so they are kept
// for years and passed between machines and people: the format is built to
// be compared byte for byte, and to be read safely from a stranger.
//
// # Layout
//
// All integers are big-endian.
//
//	offset  size  content
//	0       13    Magic: "\x89PGSTRATA\r\n\x1a\n"
//	13      2     format version (uint16), FormatVersion = 7
//	15      4     header length N (uint32), at most MaxHeaderLength (1 MiB)
//	19      N     header: Header as msgpack
//	19+N    4     CRC-32C (Castagnoli) of bytes 13 … 19+N (version, length, header)
//	23+N    …     body: snapshot.Catalog as msgpack, transposed column-wise
//	              and compressed in one zstd frame, or two (its halves)
//	              from 4 MiB on (or stored as is, row-wise:
//	              Header.Compression "none"),
//	              Header.CompressedLength bytes, then end of file
//
// The magic is PNG's trick: a high-bit byte, CR LF, ^Z and LF, so that a
// file mangled by a 7-bit or text-mode transfer is recognised as such. The
// version comes next and is checked before anything else is read: a newer
// version may lay out the rest differently, and the error says "written by
// a newer pgstrata: format version N, this build reads up to M".
//
// The header (see Header) records the tool version, server version, database,
// capture time (UTC), source (password removed, see RedactSource), capture
// options, and for the body: its SHA-256 digest ("sha256:<hex>" of the
// uncompressed msgpack), uncompressed and compressed lengths, compression
// name, and what it holds (Contents: objects per kind, edges; files written
// before have none), which `inspect` shows without decoding the body
// (contents.go). The body digest does not cover the header; the CRC does,
// so that any single damaged byte anywhere is detected. The digest names the catalog's
// content: equal catalogs have equal digests whatever the header or the
// compression.
//
// # Encoding (format versions 3 and 4)
//
// The header is a msgpack map keyed by Go field name (from version 7, by
// one letter, with the digest as 32 bytes: header_wire.go). The body is plain
// msgpack that any msgpack library can walk, written and read by code
// generated from the model (codec_gen.go, by internal/codecgen through
// `go generate`), without reflection and without registering anything
// with the msgpack library:
//
//   - every struct is an array of its fields, in the order layout.txt
//     fixes; embedded structs are flattened into their parent's slots;
//   - a zero field (empty string or list, false, 0, nil pointer, a struct
//     whose fields are all zero) is nil, and trailing zero fields are left
//     out, so a sparse struct costs a few bytes;
//   - integers take their shortest form; strings are written in full, never
//     as references to earlier ones (the column-wise form of version 6
//     refers to repeats within a field; the body it rebuilds does not);
//   - an index definition that starts with what the index's name, schema and
//     table say ("CREATE INDEX n ON s.t USING ") is written without that
//     prefix, behind a marker byte (elide.go).
//
// So equal catalogs, once sorted with Catalog.Sort, give byte-identical
// bodies and digests (TestDigestPinned), and a small schema change changes
// a few bytes of the body in place. That locality is what lets git delta a
// history of uncompressed snapshots down to a few hundred bytes a revision
// (see `pgstrata convert` and the README); interned strings (version 2)
// renumbered every later reference when a name was added.
//
// The layout only grows: a new field takes a new slot at the end of its
// struct, which an older reader skips (it skips any trailing slots it does
// not know, whatever they hold, up to 32 levels deep); a removed field keeps
// its slot as a tombstone that stays nil. Neither needs a version bump.
// Retyping a field, or changing its meaning, does: codecgen refuses a type
// change, and TestCodecIsGenerated fails until the generated files match
// the model.
//
// # Compression (format version 4)
//
// Version 4 keeps version 3's body (what the digest covers, and what a
// "none" file stores) and changes only how it is compressed. zstd finds
// repeats within a window, but a catalog's repeats are between values of
// one field (column types, owners, schema names, the array headers of one
// kind), which lie far apart in a body that lists objects one after the
// other. The body is therefore transposed first (columns.go): each field
// of the model gets a stream of its values, in body order, and the streams
// are stored one after the other behind the shape that says how to weave
// them back. A small body's frame is compressed with a dictionary
// (dictionary.go) of catalog strings and struct headers, so that even a
// small schema finds repeats from its first byte. A body of 512 KiB or more
// is compressed without it (encode.go, dictionaryBelow): past a few hundred
// kilobytes the frame is smaller without, and zstd's fast decoding loop
// does not take a dictionary. The frame header names the dictionary, if
// any; readers take both. Files are 5–30% smaller than version 3's.
//
// # Edges by number (format version 5)
//
// Version 5 stores the catalog without its dependency edges, column-wise
// as version 4 does, and after it the edges as numbers of the objects at
// their ends (edges.go): written out, the edges were 7–29% of a
// compressed file. The decompressed frame is a uvarint length, the
// column-wise body of that many bytes, and the edge section. Files are
// another 4–21% smaller, and smaller than `pg_dump -s | zstd -3` on every
// schema we measure (see the README). A catalog with an edge to an object
// it does not hold (which Validate refuses) cannot be numbered and is
// written as version 4. What the digest covers, and a "none" body, stay
// version 3's.
//
// # String references (format version 6)
//
// Version 6 lays the column-wise catalog out as version 5 does, except
// that a short string that repeats within one value stream is written
// once, marked with the next number of that stream's dictionary, and
// afterwards as a reference to the number (string_refs.go). A reader
// keeps the numbered strings of each stream while it reads and gives
// each reference the string it names, with no hashing or comparing; the
// rebuilt row-wise body writes them out again, so the digest and a "none"
// body stay version 3's. A mark or reference that does not fit (a number
// not yet given, a mark before anything but a string of 1 to 128 bytes,
// more than 65,536 numbers in a stream) is refused. A body small enough
// for the dictionary (which holds strings written out) is stored with
// references or without, whichever compresses smaller: a reader takes
// both.
//
// Versions 1 and 2 wrote the body as msgpack maps keyed by field name
// through the msgpack library's reflection, version 2 with strings of
// fields tagged intern written once and referred to by number afterwards.
// This build still reads them (legacy_*.go, testdata/format_v1.strata and
// format_v2.strata); the msgpack codecs that speed that up are registered
// only when such a file is first read.
//
// # Reading defensively
//
// Files cross trust boundaries, so reading checks every length before
// allocating and refuses, with one-line errors that start with the file
// name, every damaged or forged file it can tell: a foreign file
// (ErrNotSnapshot), a newer format (ErrNewerFormat), truncation anywhere
// (ErrTruncated), trailing bytes, a damaged header or body (ErrCorrupt), and
// lengths past the limits (ErrTooLarge): header ≤ 1 MiB, body ≤
// ReadOptions.MaxBodyLength (1 GiB by default). Decompression stops one
// byte past the declared length, and the zstd window is capped at 8 MiB.
//
// A version 4 or 5 body is decompressed whole and rebuilt row-wise, both
// buffers counted against ReadOptions.MaxMemory before they are allocated.
// The rebuilding trusts nothing in the stored shape: at most 16,384 nodes
// and 32 levels, stream lengths that add up to the bytes decompressed and
// to the declared body length, every stream consumed exactly, never more
// output than declared. The rebuilt body's digest is checked, then it is
// decoded in place: the catalog's strings point into it rather than being
// copied. A version 5 body is decoded first, since its objects number the
// edges: every count of the numbering must match the catalog's, every
// number must name one of its objects, and only then is the digest of the
// whole body (catalog and edges spliced as version 3 lays them out)
// checked; edges built so need no lookup in Validate. The decoded catalog
// keeps them as numbers (Catalog.SetNumberedDependencies): at 10,000 tables
// with views that took a file diff from 150 to 128 MB peak RSS.
// A version 3 body (or a "none" one) is decoded as it is
// decompressed, never held whole, and its length and digest are checked at
// the end. Either way the decoder checks every array length against the
// bytes left (each element takes at least one), charges every slice and
// pointee to the memory budget (MaxMemory less the buffers) before
// allocating it, refuses a value of the wrong type, and stops at the first
// error. A 10,000-table catalog costs its body plus about 21 MiB of structs
// and slices (TestMemoryHeadroom).
//
// A version 1 or 2 body is read twice as it is decompressed, never held
// whole: a first pass checks its length and digest and vets the msgpack
// (guard.go) before the msgpack library sees it, since that library
// allocates slices of whatever length the data claims and recurses once per
// nesting level; the vetting counts what decoding will allocate and refuses
// a file past MaxMemory. A second pass decodes it.
//
// A decoded catalog must then pass snapshot.Catalog.Validate (no empty
// names, no duplicates, no edges to missing objects) and
// Catalog.CheckSQLFields (names and types where PostgreSQL prints them, not
// SQL): a forged file is refused (ErrCorrupt) rather than diffed into a
// nonsense or hostile script.
//
// ReadOptions.AllowDigestMismatch returns a file with a corrupt body
// (DigestOK false, no catalog) instead of an error, for `pgstrata inspect`
// to show its header and report the mismatch.
//
// # Writing atomically
//
// WriteFile writes a temporary file in the target's directory, syncs it,
// renames it over the target and syncs the directory: a reader, or a crash,
// sees the old file or the new one, never a mixture.
//
// # Compression level
//
// The body is compressed in one call on one goroutine, with a fixed level
// (zstdLevel), window (8 MiB) and dictionary (or none, by the body's
// size), so the output does not depend on the machine. BenchmarkZstdLevels measures the levels again, each with
// a fresh encoder as a snapshot process has: on column-wise bodies,
// SpeedBestCompression writes 7-15% less than SpeedBetterCompression, the
// level in use, but costs about 80 MB and 0.2 s of set-up on every write
// and 0.4-0.5 s more per 10,000 tables.
package strata
