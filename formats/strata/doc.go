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
//	13      2     format version (uint16), FormatVersion = 2
//	15      4     header length N (uint32), at most MaxHeaderLength (1 MiB)
//	19      N     header: Header as msgpack
//	19+N    4     CRC-32C (Castagnoli) of bytes 13 … 19+N (version, length, header)
//	23+N    …     body: one zstd frame holding snapshot.Catalog as msgpack,
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
// uncompressed msgpack), uncompressed and compressed lengths and compression
// name. The body digest does not cover the header; the CRC does, so that any
// single damaged byte anywhere is detected. The digest names the catalog's
// content: equal catalogs have equal digests whatever the header says.
//
// # Encoding
//
// Structs are msgpack maps keyed by Go field name, embedded structs inlined
// (msgpack's defaults), in field order. Every zero value is omitted, not only
// the fields tagged omitempty: so a nil and an empty slice, or an absent and
// a zero struct, encode alike, and a reader fills absent keys with zero
// values. Map keys are sorted (the model has no maps today). The zstd encoder
// runs single-threaded with a fixed level and window, so output does not
// depend on the machine. Hence equal catalogs, once sorted with
// Catalog.Sort, give byte-identical bodies and digests; TestDigestPinned
// guards this against library upgrades.
//
// Strings of model fields tagged `msgpack:",intern"` (names of schemas,
// tables and types, owners, grantees, identities) are written in full the
// first time and as a 2–3 byte reference to that first time afterwards
// (msgpack v5's interning: up to 65,535 strings of 3 bytes or more, in the
// order written). Any string, including a struct key, may be written as a
// reference to one of them. This is most of what repeats in a catalog: it
// makes a 10,000-table body about 25% smaller, its zstd output 8% smaller,
// and the decoded catalog shares those strings instead of allocating each.
// Format version 1 had no references; version 2 readers read it unchanged.
//
// New fields may be added to the model or the header without a version bump:
// older readers skip unknown keys. A new field must not be tagged intern,
// though: a reader that skips it would not enter its strings in the table
// and would resolve later references wrongly. Tagging a field intern,
// renaming or retyping a field, or changing its meaning, needs
// FormatVersion+1.
//
// # Reading defensively
//
// Files cross trust boundaries, so reading checks every length before
// allocating and refuses, with one-line errors that start with the file
// name, every damaged or forged file it can tell: a foreign file
// (ErrNotSnapshot), a newer format (ErrNewerFormat), truncation anywhere
// (ErrTruncated), trailing bytes, a damaged header or body (ErrCorrupt), and
// lengths past the limits (ErrTooLarge): header ≤ 1 MiB, body ≤
// ReadOptions.MaxBodyLength (1 GiB by default). Decompression streams and
// stops one byte past the declared length, and the zstd window is capped at
// 8 MiB.
//
// The body is never held whole. A first pass decompresses it, checks its
// length and digest, and vets the msgpack (guard.go) before the msgpack
// library sees it: that library allocates slices of whatever length the
// data claims and recurses once per nesting level, which a few bytes could
// turn into an out-of-memory crash or a stack overflow, neither of which
// can be recovered from. The vetting also counts what decoding will
// allocate, element by element at its size in memory (a nil byte that
// becomes a 416-byte Aggregate costs 416 bytes), skipped values at what
// skipping them allocates; padding, which a forger adds for free since it
// compresses to nothing, costs nothing. Past ReadOptions.MaxMemory (1 GiB
// by default) the file is refused with ErrTooLarge before anything is
// allocated. A second pass decodes the catalog from the stream again.
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
// Measured on a synthetic catalog of 10,000 tables × 10 columns with primary
// and foreign keys, two indexes per table and dependencies (19 MB of msgpack;
// BenchmarkZstdLevels), and on the example fixture from a real database
// (83 KB of msgpack); CPU time per encode on one core:
//
//	level     10k tables          time     fixture
//	fastest   482 KB (40×)        17 ms    14.5 KB (5.7×)
//	default   375 KB (51×)        23 ms    13.8 KB (6.0×)
//	better    318 KB (60×)        49 ms    12.6 KB (6.6×)
//	best      380 KB (50×)        145 ms   11.8 KB (7.0×)
//
// Decompression takes 12–20 ms at every level. The whole Encode of the 10k
// catalog costs about 0.23 s of CPU at the default level, 0.19 s of it in
// msgpack; see zstdLevel for the choice.
package strata
