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
	if err := pipeBody(io.MultiWriter(digest, counted, zw), c); err != nil {
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

// pipeBody encodes c into w in two stages that run at once: msgpack in a
// goroutine of its own, digest and compression in the caller's. Each takes
// about half of an encode (at 10,000 tables, 125 ms and 80 ms of an 18 MB
// body), so on two cores the pair takes little more than the longer one.
// The stages hand over chunks through a small queue, so neither waits for
// the other chunk by chunk (as with io.Pipe). The bytes are the same as a
// single-goroutine encode's.
func pipeBody(w io.Writer, c *snapshot.Catalog) error {
	const chunkSize, queued = 256 << 10, 4
	full := make(chan []byte, queued)
	free := make(chan []byte, queued+2)
	for range queued + 2 {
		free <- make([]byte, 0, chunkSize)
	}
	stop := make(chan struct{})
	var encodeErr error
	go func() {
		defer close(full)
		q := &chunkQueue{full: full, free: free, stop: stop, chunk: <-free}
		if err := marshalTo(q, c); err != nil {
			encodeErr = fmt.Errorf("encoding the catalog: %w", err)
			return
		}
		encodeErr = q.flush() // errStopped only: then writeErr says why
	}()
	var writeErr error
	for chunk := range full {
		if writeErr == nil {
			if _, writeErr = w.Write(chunk); writeErr != nil {
				close(stop) // the encoder gives up at its next chunk
			}
		}
		free <- chunk[:0]
	}
	if encodeErr != nil && !errors.Is(encodeErr, errStopped) {
		return encodeErr
	}
	return writeErr
}

var errStopped = errors.New("stopped")

// chunkQueue is pipeBody's writer for the encoding goroutine.
type chunkQueue struct {
	full, free chan []byte
	stop       chan struct{}
	chunk      []byte
}

func (q *chunkQueue) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		room := cap(q.chunk) - len(q.chunk)
		if room == 0 {
			if err := q.flush(); err != nil {
				return n - len(p), err
			}
			continue
		}
		take := min(room, len(p))
		q.chunk = append(q.chunk, p[:take]...)
		p = p[take:]
	}
	return n, nil
}

// WriteByte spares the msgpack encoder, which writes most type codes a
// byte at a time, its fallback of one Write (and one allocation) per byte.
func (q *chunkQueue) WriteByte(b byte) error {
	if len(q.chunk) == cap(q.chunk) {
		if err := q.flush(); err != nil {
			return err
		}
	}
	q.chunk = append(q.chunk, b)
	return nil
}

func (q *chunkQueue) flush() error {
	if len(q.chunk) == 0 {
		return nil
	}
	select {
	case q.full <- q.chunk:
	case <-q.stop:
		return errStopped
	}
	select {
	case q.chunk = <-q.free:
	case <-q.stop:
		return errStopped
	}
	return nil
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
