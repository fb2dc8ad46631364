package strata

import (
	"bytes"
	"encoding/binary"
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

// zstdLevel was chosen by measurement, on column-wise bodies with the
// dictionary, with a fresh encoder as a snapshot process has one.
// SpeedBestCompression writes 7-15% less than SpeedBetterCompression
// (a 10,000-table catalog of views: 2.31 MB instead of 2.70 MB; pagila
// 7,376 bytes instead of 7,931), but its match tables cost about 80 MB to
// set up before the first byte: 0.2 s and 70 MB of peak RSS on every
// snapshot, however small, and 0.4-0.5 s at 10,000 tables. That doubled
// the snapshot's time at 1,000 tables and took its memory above
// pg_dump's (bench/run.sh, 2026-12-05), so the default stays at
// SpeedBetterCompression (TestEncoderFixedCost keeps the set-up small).
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
var encoders = sync.Pool{New: func() any {
	return newEncoder(zstdLevel, zstd.WithEncoderDictRaw(dictionaryID, dictionary1), zstd.WithEncoderCRC(true))
}}

// plainEncoders are encoders without the dictionary, for bodies of
// dictionaryBelow bytes and more (see compressColumns).
var plainEncoders = sync.Pool{New: func() any {
	return newEncoder(zstdLevel, zstd.WithEncoderCRC(true))
}}

// dictionaryBelow is the body size from which the dictionary is left out.
// It helps a small body, whose first bytes have little before them to
// refer to, and costs a big one: zstd's fast decoding loop (assembly on
// amd64 and arm64) does not take a dictionary, and past a few hundred
// kilobytes the frame comes out smaller without one. Measured on subsets
// of the 10,000-table catalogs of both bench profiles, the frame without
// the dictionary is 22-23% larger at 3 tables (5 KB), 3% at 100 (0.1 MB),
// 0.6-0.8% at 300 (0.3 MB); 0.5-1% smaller at 1,000 (0.8-1 MB), 2% at
// 10,000 and 3% at 100,000 (default profile), and decompresses 2.3-2.7
// times as fast (views profile, 10,000 tables: 25 -> 11 ms; 100,000
// tables: 231 -> 99 ms).
const dictionaryBelow = 512 << 10

// newEncoder builds an encoder whose output depends only on its input and
// level: single-threaded so block boundaries cannot depend on the CPU count,
// and with a fixed window. The zstd content checksum (the low 32 bits of
// XXH64 of what the frame decompresses to) is off unless more turns it on:
// Encode turns it on, so that a reader can trust a frame's content without
// rebuilding the row-wise body to check its SHA-256 digest
// (ReadOptions.SkipDigest). Files written before that have no checksum,
// and every read of them checks the digest.
func newEncoder(level zstd.EncoderLevel, more ...zstd.EOption) *zstd.Encoder {
	enc, err := zstd.NewWriter(nil, append([]zstd.EOption{
		zstd.WithEncoderLevel(level),
		zstd.WithEncoderConcurrency(1),
		zstd.WithWindowSize(windowSize),
		zstd.WithEncoderCRC(false),
		zstd.WithZeroFrames(true),
	}, more...)...)
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

// EncodeBody returns the canonical uncompressed body of c and its digest
// ("sha256:<hex>"): what Header.BodyDigest records. Two catalogs that are
// equal after Catalog.Sort give identical bytes.
func EncodeBody(c *snapshot.Catalog) (body []byte, digest string, err error) {
	if c == nil {
		return nil, "", errors.New("nil catalog")
	}
	body = encodeBody(c)
	return body, bodyDigest(body), nil
}

// Encode writes h and c as a snapshot file to w and returns the header as
// written: FormatVersion, BodyDigest, BodyLength and CompressedLength
// filled in, Compression CompressionZstd unless the caller asked for
// CompressionNone, CapturedAt in UTC, Options sorted, Source redacted. c
// should be sorted (Catalog.Sort) for the output to be canonical.
func Encode(w io.Writer, h Header, c *snapshot.Catalog) (Header, error) {
	if c == nil {
		return Header{}, errors.New("nil catalog")
	}
	switch h.Compression {
	case "":
		h.Compression = CompressionZstd
	case CompressionZstd, CompressionNone:
	default:
		return Header{}, fmt.Errorf("unknown body compression %q (want %s or %s)", h.Compression, CompressionZstd, CompressionNone)
	}
	contents := make(chan *Contents, 1) // counted beside the encoding
	go func() { contents <- contentsOf(c) }()
	var stored []byte
	version := FormatVersion
	if h.Compression == CompressionZstd {
		var err error
		if stored, version, h.BodyDigest, h.BodyLength, err = compressBody(c); err != nil {
			<-contents
			return Header{}, err
		}
	} else {
		stored = encodeBody(c)
		h.BodyDigest, h.BodyLength = bodyDigest(stored), int64(len(stored))
	}

	h.FormatVersion = version
	h.CompressedLength = int64(len(stored))
	h.Contents = <-contents
	if !h.CapturedAt.IsZero() {
		// UTC drops the zone; Round(0) drops the monotonic reading, which
		// msgpack would not keep anyway, so h compares equal to a decoded one.
		h.CapturedAt = h.CapturedAt.UTC().Round(0)
	}
	h.Options = slices.Clone(h.Options)
	slices.Sort(h.Options)
	h.Source = RedactSource(h.Source)

	prefix, err := encodePrefixAs(h, uint16(version))
	if err != nil {
		return Header{}, err
	}
	if _, err := w.Write(prefix); err != nil {
		return Header{}, err
	}
	if _, err := w.Write(stored); err != nil {
		return Header{}, err
	}
	return h, nil
}

// compressBody compresses c as format version 6 stores it: the
// column-wise body of c without its edges, its repeated strings as
// references (string_refs.go), then the edges by number (edges.go). It returns the digest and length of c's version 3 body,
// which it does not build: spliceDigest hashes the pieces. A catalog with
// an edge to something it does not hold (which Validate refuses) cannot
// be numbered, and is stored as version 4 does: the column-wise body of
// all of it.
//
// The work is split over two goroutines, the second core being idle at
// the end of a snapshot: the edges are numbered while the rest is encoded
// and transposed, and the digest is computed while the payload is
// compressed. The bytes are the same either way.
func compressBody(c *snapshot.Catalog) (stored []byte, version int, digest string, length int64, err error) {
	type numbered struct {
		edges []byte
		ok    bool
	}
	numbering := make(chan numbered, 1)
	go func() {
		edges, ok := encodeEdges(c)
		numbering <- numbered{edges, ok}
	}()
	bodyA := encodeBody(c.WithoutDependencies())
	// The payload is the columns' length, the columns, the edges: the
	// columns are transposed into place before the edges, which took six
	// bytes an edge in the 10,000-table views catalog (and are appended
	// wherever they take more).
	framed, slotEnds, err := toColumnsFramed(bodyA, binary.MaxVarintLen64, 8*c.DependencyCount()+4096, true)
	if err != nil {
		<-numbering
		return nil, 0, "", 0, err
	}
	if e := <-numbering; e.ok {
		type digested struct {
			digest string
			length int64
			err    error
		}
		digesting := make(chan digested, 1)
		go func() {
			digest, length, err := spliceDigest(bodyA, slotEnds, c)
			digesting <- digested{digest, length, err}
		}()
		payload := framePayload(framed, e.edges)
		compressed := compressColumns(payload)
		if len(bodyA) < dictionaryBelow {
			// A small body is compressed with the dictionary, which
			// holds strings as bodies without references write them:
			// either way may be the smaller (on the corpus schemas, 4%
			// smaller to 3% larger with references). The smaller is
			// kept; a reader takes both.
			plain, _, err := toColumnsFramed(bodyA, binary.MaxVarintLen64, len(e.edges), false)
			if err == nil {
				plainPayload := framePayload(plain, e.edges)
				if p := compressColumns(plainPayload); len(p) < len(compressed) {
					payload, compressed = plainPayload, p
				}
			}
		}
		d := <-digesting
		if d.err != nil {
			return nil, 0, "", 0, d.err
		}
		// A reader takes at most this much (readColumns); edges by number
		// are always shorter than written out, so this only guards.
		if int64(len(payload)) <= maxPayload(d.length) {
			return compressed, FormatVersion, d.digest, d.length, nil
		}
	}
	body := encodeBody(c)
	columns, err := toColumns(body)
	if err != nil {
		return nil, 0, "", 0, err
	}
	return compressColumns(columns), 4, bodyDigest(body), int64(len(body)), nil
}

// framePayload returns the payload of a version 5 or 6 body: the length
// of the column-wise body, which framed holds after binary.MaxVarintLen64
// bytes of room for that length, then the body, then the edges.
func framePayload(framed, edges []byte) []byte {
	var size [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(size[:], uint64(len(framed)-len(size)))
	start := len(size) - n // the size ends where the columns start
	copy(framed[start:], size[:n])
	return append(framed[start:], edges...)
}

// maxPayload is the most a version 4 or 5 body of bodyLength bytes (as
// the header declares) decompresses to.
func maxPayload(bodyLength int64) int64 {
	return bodyLength + maxColumnsPrefix + binary.MaxVarintLen64
}

// compressColumns compresses a column-wise body, with the dictionary
// when it is smaller than dictionaryBelow. A frame names the dictionary
// it was written with, if any, and every reader of version 4 and later
// takes either.
//
// A body of splitFramesFrom bytes or more is written as two frames, its
// first and second halves, compressed at the same time: a reader
// decompresses concatenated frames as one (zstd's DecodeAll and its
// streams both do, and every pgstrata reader uses one of them). At the end
// of a snapshot the second core is otherwise idle while zstd runs, and
// the second frame's only loss is matches into the first half: measured
// on the 10,000-table bench catalogs (2026-12-07), 99 -> 46 ms and +0.2%
// (default profile), 133 -> 88 ms and +0.7% (views). The halves depend on
// the length alone, so the bytes do not depend on the CPU count.
func compressColumns(columns []byte) []byte {
	if len(columns) < splitFramesFrom {
		return compressFrame(columns, make([]byte, 0, len(columns)/16))
	}
	half := len(columns) / 2
	second := make(chan []byte, 1)
	go func() { second <- compressFrame(columns[half:], make([]byte, 0, half/16)) }()
	first := compressFrame(columns[:half], make([]byte, 0, len(columns)/16)) // room for both
	return append(first, <-second...)
}

// splitFramesFrom is the body size from which compressColumns writes two
// frames. Below it the time saved is small and the second frame's loss
// larger (it has less of the body before it to refer to).
const splitFramesFrom = 4 << 20

// compressFrame compresses part of a column-wise body as one frame,
// appended to dst.
func compressFrame(columns, dst []byte) []byte {
	pool := &encoders
	if len(columns) >= dictionaryBelow {
		pool = &plainEncoders
	}
	zw := pool.Get().(*zstd.Encoder)
	defer pool.Put(zw)
	return zw.EncodeAll(columns, dst)
}

// encodePrefix lays out everything before the body:
// magic, version (uint16), header length (uint32), header, CRC-32C (uint32)
// of the version, length and header bytes; integers big-endian.
func encodePrefix(h Header) ([]byte, error) {
	return encodePrefixAs(h, FormatVersion)
}

// encodePrefixAs is encodePrefix with the given version in the prefix
// (tests write older versions, and prefixes that disagree with headers).
func encodePrefixAs(h Header, version uint16) ([]byte, error) {
	var wire any = h
	if version >= shortHeaderFrom {
		w, err := h.toWire()
		if err != nil {
			return nil, fmt.Errorf("encoding the header: %w", err)
		}
		wire = w
	}
	hb, err := marshal(wire)
	if err != nil {
		return nil, fmt.Errorf("encoding the header: %w", err)
	}
	if len(hb) > MaxHeaderLength {
		return nil, fmt.Errorf("header of %d bytes exceeds the %d-byte limit", len(hb), MaxHeaderLength)
	}
	out := make([]byte, 0, len(Magic)+6+len(hb)+4)
	out = append(out, Magic...)
	out = binary.BigEndian.AppendUint16(out, version)
	out = binary.BigEndian.AppendUint32(out, uint32(len(hb)))
	out = append(out, hb...)
	out = binary.BigEndian.AppendUint32(out, crc32.Checksum(out[len(Magic):], castagnoli))
	return out, nil
}
