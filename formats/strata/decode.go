package strata

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// ReadFile reads and fully checks the snapshot file at path. Errors name path.
func ReadFile(path string, opts ReadOptions) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, ioError(path, err)
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
	}
	return decode(&reader{r: f, name: path, size: size}, opts)
}

// ReadHeader reads only the prefix and header of the file at path, checking
// the magic, the format version and the header checksum but not the body
// (not even its length): it is cheap whatever the file's size.
func ReadHeader(path string) (Header, error) {
	f, err := os.Open(path)
	if err != nil {
		return Header{}, ioError(path, err)
	}
	defer f.Close()
	return (&reader{r: f, name: path}).header()
}

// Decode reads a snapshot file from r, reading r to its end, and checks it
// whole: prefix, header checksum, body length, digest. name is only used in
// error messages, which all start with it.
func Decode(r io.Reader, name string, opts ReadOptions) (*File, error) {
	return decode(&reader{r: r, name: name, size: -1}, opts)
}

func decode(d *reader, opts ReadOptions) (*File, error) {
	h, err := d.header()
	if err != nil {
		return nil, err
	}
	if h.BodyLength > opts.maxBody() {
		return nil, d.fail(ErrTooLarge, nil, "too large: the body is %d bytes uncompressed, the limit is %d", h.BodyLength, opts.maxBody())
	}
	compressed, release, err := d.compressedBody(h)
	if err != nil {
		return nil, err
	}
	// Nothing decoded points into the stored body: strings are copied out
	// of it, or out of what it decompresses to.
	defer release()
	if opts.CheckOnly && canCheckOnly(h, compressed) {
		if bodyErr := d.checkOnly(compressed, h); bodyErr != nil {
			return damagedBody(h, opts, bodyErr)
		}
		return &File{Header: h, DigestOK: true, ChecksumOnly: true}, nil
	}
	decodeBody := d.decodeLegacy
	if h.FormatVersion >= 3 {
		decodeBody = d.decodeCurrent
	}
	c, bodyErr, err := decodeBody(h, compressed, opts)
	switch {
	case bodyErr != nil:
		return damagedBody(h, opts, bodyErr)
	case err != nil:
		return nil, err
	}
	// A forged catalog could hold what no database does (two objects of
	// one identity, an edge to nothing, an empty name), from which a diff
	// would build a nonsense script.
	validate := c.Validate
	if edgesByNumber(h) {
		validate = c.ValidateObjects // the edges were built from the objects
	}
	if err = validate(); err != nil {
		return nil, d.fail(ErrCorrupt, err, "corrupt: %s", oneLine(err.Error()))
	}
	// Nor could it hold, where PostgreSQL prints a name or a type, text
	// that a script would run as SQL.
	if err = c.CheckSQLFields(); err != nil {
		return nil, d.fail(ErrCorrupt, err, "corrupt: %s", oneLine(err.Error()))
	}
	// The header's counts are taken as written only where the digest is.
	if h.Contents != nil && !opts.SkipDigest {
		if why := h.Contents.disagreement(c); why != "" {
			return damagedBody(h, opts, d.fail(ErrCorrupt, nil, "corrupt: the body holds %s", why))
		}
	}
	// Files written before the reader stored settled expressions compare
	// equal to new ones (see snapshot.Canonicalize).
	c.Canonicalize()
	return &File{Header: h, Catalog: c, DigestOK: true, ChecksumOnly: d.checksumOnly}, nil
}

// damagedBody is what decode returns for a body that failed its check
// (bodyErr): the header alone when AllowDigestMismatch, else the error.
func damagedBody(h Header, opts ReadOptions, bodyErr error) (*File, error) {
	if opts.AllowDigestMismatch {
		return &File{Header: h, BodyErr: bodyErr}, nil
	}
	return nil, bodyErr
}

// columnWise reports whether h's body is stored column-wise (readColumns):
// zstd from format version 4 on. A "none" body is row-wise in every
// version.
func columnWise(h Header) bool {
	return h.FormatVersion >= 4 && h.Compression == CompressionZstd
}

// edgesByNumber reports whether h's body stores its dependency edges as
// numbers of the catalog's objects (edges.go): column-wise from format
// version 5 on. The reader then builds every edge from the objects.
func edgesByNumber(h Header) bool {
	return columnWise(h) && h.FormatVersion >= 5
}

// reader reads one file front to back; name prefixes its errors. size is
// the file's size when known (a regular file), else -1.
type reader struct {
	r    io.Reader
	name string
	size int64
	// skipDigest is ReadOptions.SkipDigest; checksumOnly says that it
	// took effect (the frame carried a checksum).
	skipDigest, checksumOnly bool
}

// decodeCurrent decodes a version 3, 4 or 5 body: as it is decompressed (the
// body is never held whole; readCurrent) unless it is a version 4 or 5
// column-wise one (readColumns), then checks its length and digest.
// bodyErr is what is wrong with the body as bytes (see checkBody).
func (d *reader) decodeCurrent(h Header, stored []byte, opts ReadOptions) (c *snapshot.Catalog, bodyErr, err error) {
	d.skipDigest = opts.SkipDigest
	read := d.readCurrent
	if columnWise(h) {
		read = d.readColumns
	}
	c, bodyErr, err = read(stored, h, opts.maxMemory())
	switch {
	case bodyErr != nil:
		return nil, bodyErr, nil
	case errors.Is(err, errDecodeBudget):
		return nil, nil, d.tooLarge(opts, err.Error())
	case err != nil:
		return nil, nil, d.fail(ErrCorrupt, err, "corrupt: the body does not decode as a catalog: %v", err)
	}
	return c, nil, nil
}

// decodeLegacy decodes a version 1 or 2 body (msgpack maps, read through
// the msgpack library). The body is read twice, each time as it is
// decompressed: once to check its length and digest and to vet it (scan),
// and only then, with the body known to be what the writer wrote and within
// the memory limit, to decode it; still defensively, since a writer can be
// hostile.
func (d *reader) decodeLegacy(h Header, compressed []byte, opts ReadOptions) (c *snapshot.Catalog, bodyErr, err error) {
	bodyErr, shapeErr := d.scan(compressed, h, opts.maxMemory())
	switch {
	case bodyErr != nil:
		return nil, bodyErr, nil
	case errors.Is(shapeErr, errBudget):
		return nil, nil, d.tooLarge(opts, shapeErr.Error())
	case shapeErr != nil:
		return nil, nil, d.fail(ErrCorrupt, shapeErr, "corrupt: the body does not decode as a catalog: %v", shapeErr)
	}
	if c, err = legacyDecodeCatalog(compressed); err != nil {
		return nil, nil, d.fail(ErrCorrupt, err, "corrupt: the body does not decode as a catalog: %v", err)
	}
	return c, nil, nil
}

func (d *reader) tooLarge(opts ReadOptions, why string) error {
	return d.fail(ErrTooLarge, nil, "too large: reading this catalog needs more than the memory limit of %s (%s); raise the limit (--max-memory) only for a file you trust", sizeString(opts.maxMemory()), why)
}

func (d *reader) fail(kind, cause error, format string, args ...any) error {
	return &Error{File: d.name, Kind: kind, Msg: fmt.Sprintf(format, args...), Err: cause}
}

func ioError(name string, err error) error {
	// *PathError and *LinkError repeat the path; keep only the operation
	// and the cause, after our own prefix.
	msg := err.Error()
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		msg = pe.Op + ": " + pe.Err.Error()
	} else if le, ok := errors.AsType[*os.LinkError](err); ok {
		msg = le.Op + ": " + le.Err.Error()
	}
	return &Error{File: name, Msg: msg, Err: err}
}

// readFull reads len(buf) bytes of the part called what. A short read is
// truncation; any other read error is reported as such.
func (d *reader) readFull(buf []byte, what string) error {
	n, err := io.ReadFull(d.r, buf)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return d.fail(ErrTruncated, nil, "truncated: %s ends after %d of %d bytes", what, n, len(buf))
	default:
		return ioError(d.name, err)
	}
}

// header reads and checks everything before the body.
func (d *reader) header() (Header, error) {
	if err := d.magic(); err != nil {
		return Header{}, err
	}
	var fixed [6]byte // version, header length
	if err := d.readFull(fixed[:], "format version and header length"); err != nil {
		return Header{}, err
	}
	version := binary.BigEndian.Uint16(fixed[0:2])
	switch {
	case version == 0:
		return Header{}, d.fail(ErrCorrupt, nil, "corrupt: format version 0 does not exist")
	case version > FormatVersion:
		// Nothing after the version can be trusted to mean the same, so stop here.
		return Header{}, d.fail(ErrNewerFormat, nil, "written by a newer pgstrata: format version %d, this build reads up to %d", version, FormatVersion)
	}
	hlen := binary.BigEndian.Uint32(fixed[2:6])
	switch {
	case hlen > MaxHeaderLength:
		return Header{}, d.fail(ErrTooLarge, nil, "too large: header of %d bytes, the limit is %d", hlen, MaxHeaderLength)
	case hlen == 0:
		return Header{}, d.fail(ErrCorrupt, nil, "corrupt: empty header")
	}
	hb := make([]byte, hlen) // at most 1 MiB: checked above
	if err := d.readFull(hb, "header"); err != nil {
		return Header{}, err
	}
	var sum [4]byte
	if err := d.readFull(sum[:], "header checksum"); err != nil {
		return Header{}, err
	}
	crc := crc32.Update(crc32.Checksum(fixed[:], castagnoli), castagnoli, hb)
	if crc != binary.BigEndian.Uint32(sum[:]) {
		return Header{}, d.fail(ErrCorrupt, nil, "header checksum mismatch: the header is corrupt")
	}
	h, err := decodeHeader(hb, int(version))
	if err != nil {
		return Header{}, d.fail(ErrCorrupt, err, "corrupt: the header does not decode: %v", err)
	}
	if err := d.checkHeader(&h, int(version)); err != nil {
		return Header{}, err
	}
	return h, nil
}

// magic reads and checks the signature, telling apart a foreign file, a
// short one and one whose signature a text-mode transfer altered.
func (d *reader) magic() error {
	var buf [len(Magic)]byte
	n, err := io.ReadFull(d.r, buf[:])
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return ioError(d.name, err)
	}
	got := string(buf[:n])
	switch {
	case got == Magic:
		return nil
	case n == 0:
		return d.fail(ErrNotSnapshot, nil, "not a pgstrata snapshot: the file is empty")
	case strings.HasPrefix(Magic, got):
		return d.fail(ErrTruncated, nil, "truncated: the file ends after %d bytes, inside the signature", n)
	case strings.Contains(got, "PGSTRATA"):
		return d.fail(ErrCorrupt, nil, "corrupt: the signature was altered, as by a text-mode or 7-bit transfer; copy the file in binary mode")
	default:
		return d.fail(ErrNotSnapshot, nil, "not a pgstrata snapshot")
	}
}

// checkHeader checks what the header says about itself and the body, so
// that later steps can trust its lengths to be consistent (not small).
func (d *reader) checkHeader(h *Header, version int) error {
	switch {
	case h.FormatVersion != version:
		return d.fail(ErrCorrupt, nil, "corrupt: the header says format version %d, the prefix %d", h.FormatVersion, version)
	case h.Compression != CompressionZstd && (version < 3 || h.Compression != CompressionNone):
		return d.fail(ErrCorrupt, nil, "corrupt: unknown body compression %q", h.Compression)
	case h.Compression == CompressionNone && h.CompressedLength != h.BodyLength:
		return d.fail(ErrCorrupt, nil, "corrupt: an uncompressed body of %d bytes stored in %d", h.BodyLength, h.CompressedLength)
	case !validDigest(h.BodyDigest):
		return d.fail(ErrCorrupt, nil, "corrupt: malformed body digest %q", h.BodyDigest)
	case h.BodyLength <= 0 || h.CompressedLength <= 0:
		return d.fail(ErrCorrupt, nil, "corrupt: impossible body lengths %d (compressed %d)", h.BodyLength, h.CompressedLength)
	case h.CompressedLength > zstdBound(h.BodyLength+maxColumnsPrefix):
		return d.fail(ErrCorrupt, nil, "corrupt: %d compressed bytes cannot hold a %d-byte body", h.CompressedLength, h.BodyLength)
	}
	if !h.CapturedAt.IsZero() {
		h.CapturedAt = h.CapturedAt.UTC()
	}
	return nil
}

func validDigest(s string) bool {
	hexPart, ok := strings.CutPrefix(s, "sha256:")
	if !ok || len(hexPart) != 64 {
		return false
	}
	for _, c := range []byte(hexPart) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// zstdBound is the most a zstd body of n content bytes can take: n bytes
// stored raw in blocks of 128 KiB with a 3-byte header each, plus the
// headers and checksums of its frames (one or two, see compressColumns),
// with room to spare.
func zstdBound(n int64) int64 {
	return n + (n>>17+1)*3 + 64
}

// compressedBody reads the body, which must end exactly where the file
// does. Call release once nothing uses it.
func (d *reader) compressedBody(h Header) (body []byte, release func(), err error) {
	release = func() {}
	if h.CompressedLength <= d.size {
		// A file of this size can hold the body: read it into a buffer of
		// exactly its length (growing one as bytes arrive, as below, would
		// allocate about three times that), in scratch memory: garbage
		// soon, it would otherwise stay in the heap until a collection.
		body, release = scratch(int(h.CompressedLength))
		if err := d.readFull(body, "body"); err != nil {
			release()
			return nil, nil, err
		}
	} else {
		var buf bytes.Buffer
		// The buffer grows as bytes arrive, so a short file that declares a
		// long body costs no more memory than it has.
		buf.Grow(int(min(h.CompressedLength, 1<<20)))
		n, err := io.CopyN(&buf, d.r, h.CompressedLength)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil, nil, d.fail(ErrTruncated, nil, "truncated: body ends after %d of %d bytes", n, h.CompressedLength)
			}
			return nil, nil, ioError(d.name, err)
		}
		body = buf.Bytes()
	}
	if err := d.noTrailingBytes(); err != nil {
		release()
		return nil, nil, err
	}
	return body, release, nil
}

// noTrailingBytes checks that the file ends where the body does.
func (d *reader) noTrailingBytes() error {
	const most = 1 << 20
	extra, err := io.Copy(io.Discard, io.LimitReader(d.r, most+1))
	switch {
	case err != nil:
		return ioError(d.name, err)
	case extra > most:
		return d.fail(ErrCorrupt, nil, "corrupt: more than %d bytes of trailing garbage after the body", most)
	case extra == 1:
		return d.fail(ErrCorrupt, nil, "corrupt: 1 byte of trailing garbage after the body")
	case extra > 0:
		return d.fail(ErrCorrupt, nil, "corrupt: %d bytes of trailing garbage after the body", extra)
	}
	return nil
}

// sizeString writes n bytes in the largest binary unit that divides it (up
// to GiB), as --max-memory takes it.
func sizeString(n int64) string {
	for _, u := range []struct {
		shift int
		name  string
	}{{30, "GiB"}, {20, "MiB"}, {10, "KiB"}} {
		if n >= 1<<u.shift && n%(1<<u.shift) == 0 {
			return fmt.Sprintf("%d %s", n>>u.shift, u.name)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}

// oneLine escapes line breaks, which names from a hostile file may hold,
// so that an error stays one line.
func oneLine(s string) string { return lineBreaks.Replace(s) }

var lineBreaks = strings.NewReplacer("\n", `\n`, "\r", `\r`)
