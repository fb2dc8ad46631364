package strata

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"sync"

	"github.com/klauspost/compress/zstd"
	"github.com/vmihailenco/msgpack/v5"

	"github.com/pgstrata/pgstrata/snapshot"
)

// zstdLevel was chosen by measurement (BenchmarkZstdLevels). On a real
// 10,000-table catalog SpeedBetterCompression writes 237 KB where
// SpeedDefault writes 245 KB, which is the difference between beating
// `pg_dump --schema-only | zstd -3` or not, for ~25 ms more of encoding.
const zstdLevel = zstd.SpeedBetterCompression

// windowSize is fixed rather than left to the level's default so that the
// bytes we write, and the window a reader must accept (maxWindow), cannot
// drift with a library upgrade.
const windowSize = 8 << 20

// castagnoli checksums the prefix and header, which the body digest does not
// cover; CRC-32C catches every single-byte (indeed every burst ≤ 32 bits) error.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// encoders holds zstd encoders of the one fixed configuration. An encoder
// costs megabytes of tables to set up, so they are reused; a pool rather than
// one shared encoder because concurrency is 1 (see newEncoder).
var encoders = sync.Pool{New: func() any { return newEncoder(zstdLevel) }}

// newEncoder builds an encoder whose output depends only on its input and
// level: single-threaded so block boundaries cannot depend on the CPU count,
// and with a fixed window. The zstd content checksum is off: the SHA-256 in
// the header is checked on every read and is strictly stronger, and without
// it a damaged body is reported as a digest mismatch, which says more.
func newEncoder(level zstd.EncoderLevel) *zstd.Encoder {
	enc, err := zstd.NewWriter(nil,
		zstd.WithEncoderLevel(level),
		zstd.WithEncoderConcurrency(1),
		zstd.WithWindowSize(windowSize),
		zstd.WithEncoderCRC(false),
		zstd.WithZeroFrames(true),
	)
	if err != nil {
		// Only reachable if the constant options above are invalid.
		panic("strata: zstd encoder options: " + err.Error())
	}
	return enc
}

// marshal encodes v canonically. Every zero value is omitted, not only the
// fields tagged omitempty: that makes a nil slice and an empty one (or a
// zero struct and a missing one) encode to the same bytes, so equal catalogs
// have equal digests however they were built. A reader fills absent keys
// with zero values, so nothing is lost.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	if err := marshalTo(&buf, v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// marshalTo is marshal writing to w. Strings of the model fields tagged
// intern are written once and then referred to by number (msgpack's string
// interning), which is most of what repeats in a catalog: schema, table and
// type names, owners, grantees.
func marshalTo(w io.Writer, v any) error {
	enc := msgpack.NewEncoder(w)
	enc.SetSortMapKeys(true)
	enc.SetOmitEmpty(true)
	enc.UseCompactInts(true)
	return enc.Encode(v)
}

// countingWriter counts the bytes written through it.
type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

// EncodeBody returns the canonical uncompressed body of c and its digest
// ("sha256:<hex>"): what Header.BodyDigest records. Two catalogs that are
// equal after Catalog.Sort give identical bytes.
func EncodeBody(c *snapshot.Catalog) (body []byte, digest string, err error) {
	if c == nil {
		return nil, "", errors.New("nil catalog")
	}
	body, err = marshal(c)
	if err != nil {
		return nil, "", fmt.Errorf("encoding the catalog: %w", err)
	}
	return body, bodyDigest(body), nil
}

func bodyDigest(body []byte) string {
	sum := sha256.Sum256(body)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// Encode writes h and c as a snapshot file to w and returns the header as
// written: FormatVersion, Compression, BodyDigest, BodyLength and
// CompressedLength filled in, CapturedAt in UTC, Options sorted, Source
// redacted. c should be sorted (Catalog.Sort) for the output to be canonical.
//
// The body is streamed through the digest and the compressor as it is
// encoded, so the uncompressed body (tens of megabytes for a big catalog)
// never exists in memory; only the compressed one is held until the header,
// which records the digest, has been written.
func Encode(w io.Writer, h Header, c *snapshot.Catalog) (Header, error) {
	if c == nil {
		return Header{}, errors.New("nil catalog")
	}
	var compressed bytes.Buffer
	zw := encoders.Get().(*zstd.Encoder)
	defer encoders.Put(zw)
	zw.Reset(&compressed)
	digest := sha256.New()
	counted := &countingWriter{}
	buffered := bufio.NewWriterSize(io.MultiWriter(digest, counted, zw), 64<<10)
	if err := marshalTo(buffered, c); err != nil {
		return Header{}, fmt.Errorf("encoding the catalog: %w", err)
	}
	if err := buffered.Flush(); err != nil {
		return Header{}, err
	}
	if err := zw.Close(); err != nil {
		return Header{}, fmt.Errorf("compressing the catalog: %w", err)
	}

	h.FormatVersion = FormatVersion
	h.Compression = CompressionZstd
	h.BodyDigest = "sha256:" + hex.EncodeToString(digest.Sum(nil))
	h.BodyLength = counted.n
	h.CompressedLength = int64(compressed.Len())
	if !h.CapturedAt.IsZero() {
		// UTC drops the zone; Round(0) drops the monotonic reading, which
		// msgpack would not keep anyway, so h compares equal to a decoded one.
		h.CapturedAt = h.CapturedAt.UTC().Round(0)
	}
	h.Options = slices.Clone(h.Options)
	slices.Sort(h.Options)
	h.Source = RedactSource(h.Source)

	prefix, err := encodePrefix(h)
	if err != nil {
		return Header{}, err
	}
	if _, err := w.Write(prefix); err != nil {
		return Header{}, err
	}
	if _, err := w.Write(compressed.Bytes()); err != nil {
		return Header{}, err
	}
	return h, nil
}

// encodePrefix lays out everything before the body:
// magic, version (uint16), header length (uint32), header, CRC-32C (uint32)
// of the version, length and header bytes; integers big-endian.
func encodePrefix(h Header) ([]byte, error) {
	hb, err := marshal(h)
	if err != nil {
		return nil, fmt.Errorf("encoding the header: %w", err)
	}
	if len(hb) > MaxHeaderLength {
		return nil, fmt.Errorf("header of %d bytes exceeds the %d-byte limit", len(hb), MaxHeaderLength)
	}
	out := make([]byte, 0, len(Magic)+6+len(hb)+4)
	out = append(out, Magic...)
	out = binary.BigEndian.AppendUint16(out, FormatVersion)
	out = binary.BigEndian.AppendUint32(out, uint32(len(hb)))
	out = append(out, hb...)
	out = binary.BigEndian.AppendUint32(out, crc32.Checksum(out[len(Magic):], castagnoli))
	return out, nil
}
