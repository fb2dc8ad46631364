package strata

import (
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
	enc := msgpack.NewEncoder(&buf)
	enc.SetSortMapKeys(true)
	enc.SetOmitEmpty(true)
	enc.UseCompactInts(true)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
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
func Encode(w io.Writer, h Header, c *snapshot.Catalog) (Header, error) {
	body, digest, err := EncodeBody(c)
	if err != nil {
		return Header{}, err
	}
	enc := encoders.Get().(*zstd.Encoder)
	compressed := enc.EncodeAll(body, nil)
	encoders.Put(enc)

	h.FormatVersion = FormatVersion
	h.Compression = CompressionZstd
	h.BodyDigest = digest
	h.BodyLength = int64(len(body))
	h.CompressedLength = int64(len(compressed))
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
	if _, err := w.Write(compressed); err != nil {
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
