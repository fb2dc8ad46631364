package strata

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/klauspost/compress/zstd"

	"github.com/pgstrata/pgstrata/snapshot"
)

// The 10,000-table catalog (10 columns each, plus a primary key, a foreign
// key, two indexes and dependencies per table) is built once: ~0.5 s.
var bigCatalog = sync.OnceValue(func() *snapshot.Catalog { return syntheticCatalog(10000, 10) })

// BenchmarkEncode10kTables measures Encode end to end (msgpack, SHA-256,
// zstd, header) and reports the file size.
func BenchmarkEncode10kTables(b *testing.B) {
	c := bigCatalog()
	var size int
	b.ResetTimer()
	for b.Loop() {
		n, err := countingEncode(c)
		if err != nil {
			b.Fatal(err)
		}
		size = n
	}
	b.ReportMetric(float64(size), "file-bytes")
}

// BenchmarkDecode10kTables measures Decode end to end (all checks included).
func BenchmarkDecode10kTables(b *testing.B) {
	file := encode(b, sampleHeader(), bigCatalog())
	b.SetBytes(int64(len(file)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Decode(bytes.NewReader(file), "bench", ReadOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(file)), "file-bytes")
}

func countingEncode(c *snapshot.Catalog) (int, error) {
	var w countWriter
	_, err := Encode(&w, sampleHeader(), c)
	return int(w), err
}

type countWriter int

func (w *countWriter) Write(p []byte) (int, error) { *w += countWriter(len(p)); return len(p), nil }

// BenchmarkZstdLevels compresses the 10k-table body, column-wise, at each
// level with the settings Encode uses (window, dictionary), reporting
// compressed size and time: the measurement behind zstdLevel. Each
// operation sets up a fresh encoder, as a snapshot process does once: the
// set-up (match tables, the dictionary's copy) is most of the cost of the
// best level on small bodies. Run with -bench=ZstdLevels -benchtime=5x.
func BenchmarkZstdLevels(b *testing.B) {
	for _, size := range []struct {
		name   string
		tables int
	}{{"10k", 10000}, {"100", 100}} {
		body, _, err := EncodeBody(syntheticCatalog(size.tables, 10))
		if err != nil {
			b.Fatal(err)
		}
		columns := must(toColumns(body))
		for _, level := range []zstd.EncoderLevel{zstd.SpeedFastest, zstd.SpeedDefault, zstd.SpeedBetterCompression, zstd.SpeedBestCompression} {
			b.Run(size.name+"/"+level.String(), func(b *testing.B) {
				var out []byte
				b.SetBytes(int64(len(body)))
				b.ReportAllocs()
				for b.Loop() {
					enc := newEncoder(level, zstd.WithEncoderDictRaw(dictionaryID, dictionary1))
					out = enc.EncodeAll(columns, out[:0])
				}
				b.ReportMetric(float64(len(out)), "compressed-bytes")
				b.ReportMetric(float64(len(body))/float64(len(out)), "ratio")
			})
		}
	}
}

// BenchmarkDecompressLevels is the read side of the same measurement
// (with the digest and the vetting that go with decompression).
func BenchmarkDecompressLevels(b *testing.B) {
	body, _, err := EncodeBody(bigCatalog())
	if err != nil {
		b.Fatal(err)
	}
	for _, level := range []zstd.EncoderLevel{zstd.SpeedFastest, zstd.SpeedDefault, zstd.SpeedBetterCompression, zstd.SpeedBestCompression} {
		b.Run(level.String(), func(b *testing.B) {
			compressed := newEncoder(level).EncodeAll(body, nil)
			h := Header{BodyLength: int64(len(body)), BodyDigest: bodyDigest(body)}
			d := &reader{name: "bench"}
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if bodyErr, shapeErr := d.scan(compressed, h, DefaultMaxMemory); bodyErr != nil || shapeErr != nil {
					b.Fatal(bodyErr, shapeErr)
				}
			}
		})
	}
}

// BenchmarkMsgpack10kTables isolates the body encoding and decoding.
func BenchmarkMsgpack10kTables(b *testing.B) {
	c := bigCatalog()
	body, _, _ := EncodeBody(c)
	b.Run("marshal", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			if _, err := marshal(c); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("checkShape+unmarshal", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			if err := unmarshal(body, new(snapshot.Catalog), catalogShape(), DefaultMaxMemory); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("checkShape", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			if _, _, err := checkShape(bytesSource(body), catalogShape(), DefaultMaxMemory); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkReadFile reads the first file PGSTRATA_BENCH_FILES names
// ("a.strata,b.strata", as cmd/pgstrata's benchmarks take them) as a diff
// does (SkipDigest); skipped without it.
func BenchmarkReadFile(b *testing.B) {
	path, _, _ := strings.Cut(os.Getenv("PGSTRATA_BENCH_FILES"), ",")
	if path == "" {
		b.Skip("PGSTRATA_BENCH_FILES not set")
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadFile(path, ReadOptions{SkipDigest: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateObjects checks the catalog of the first file
// PGSTRATA_BENCH_FILES names as reading it does (the part of reading
// that Validate takes); skipped without it.
func BenchmarkValidateObjects(b *testing.B) {
	path, _, _ := strings.Cut(os.Getenv("PGSTRATA_BENCH_FILES"), ",")
	if path == "" {
		b.Skip("PGSTRATA_BENCH_FILES not set")
	}
	f, err := ReadFile(path, ReadOptions{SkipDigest: true})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := f.Catalog.ValidateObjects(); err != nil {
			b.Fatal(err)
		}
	}
}
