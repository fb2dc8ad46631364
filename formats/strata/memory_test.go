package strata

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/snapshot"
)

// Attack shapes against the reader's memory: a forger computes a correct
// digest, and pads or repeats for free since zstd compresses it to nothing.
// Memory must follow what the body describes, within ReadOptions.MaxMemory.

// str32 is a msgpack string of n bytes of padding.
func str32(n int) []byte {
	return append(binary.BigEndian.AppendUint32([]byte{0xdb}, uint32(n)), make([]byte, n)...)
}

// nilAggregates is a catalog of n aggregates, each written as one nil
// byte, which the decoder turns into a zeroed 416-byte Aggregate, followed
// by pad bytes of an ignored string: the "few-KB file that costs
// gigabytes" of issue 11, whose padding once bought it a budget of 32
// times its length.
func nilAggregates(n, pad int) []byte {
	return cat(fixmap(2), fixstr("Aggregates"), array32(uint32(n)), bytes.Repeat([]byte{0xc0}, n),
		fixstr("Zzz"), str32(pad))
}

// paddedCatalog is the sample catalog followed by an ignored key holding
// value.
func paddedCatalog(t *testing.T, value []byte) []byte {
	t.Helper()
	body, _, err := EncodeBody(sampleCatalog())
	if err != nil {
		t.Fatal(err)
	}
	// The catalog's map of n keys becomes one of n+1 keys.
	if body[0] != 0xde {
		t.Fatalf("the sample body starts with 0x%02x, not a map16", body[0])
	}
	body = bytes.Clone(body)
	binary.BigEndian.PutUint16(body[1:], binary.BigEndian.Uint16(body[1:])+1)
	return cat(body, fixstr("Zzz"), value)
}

func TestMemoryLimit(t *testing.T) {
	tests := []struct {
		name  string
		body  []byte
		opts  ReadOptions
		want  string // "" when the file must read
		bound uint64 // at most this allocated, whether refused or read
	}{
		// 3 million nil aggregates ask for 1.25 GB; the padding once
		// raised the budget to 1.7 GB.
		{"nil elements, padded", nilAggregates(3_000_000, 48<<20), ReadOptions{},
			"too large: reading this catalog needs more than the memory limit of 1 GiB", 64 << 20},
		{"nil elements under a lower limit", nilAggregates(200_000, 0), ReadOptions{MaxMemory: 64 << 20},
			"too large: reading this catalog needs more than the memory limit of 64 MiB", 16 << 20},
		// The decoder skips an unknown string through a buffer as long.
		{"an unknown string costs its buffer", paddedCatalog(t, str32(48<<20)), ReadOptions{MaxMemory: 64 << 20},
			"too large: reading this catalog needs more than the memory limit of 64 MiB", 16 << 20},
		// The body is never held whole: padding that the decoder skips
		// without a buffer (an array of 64 million small integers) costs
		// nothing, however long.
		{"padding costs nothing", paddedCatalog(t, cat(array32(64<<20), make([]byte, 64<<20))), ReadOptions{MaxMemory: 64 << 20},
			"", 40 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := fileWithBody(t, tt.body)
			t.Logf("%d body bytes in a %d-byte file", len(tt.body), len(file))
			var err error
			allocated := allocatedBy(func() { _, err = Decode(bytes.NewReader(file), name, tt.opts) })
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && err == nil:
				t.Errorf("read; want %q", tt.want)
			case tt.want != "":
				checkMessage(t, err, name)
				if !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), name+": "+tt.want) {
					t.Errorf("error %q\nwant ErrTooLarge %q…", err, tt.want)
				}
			}
			if allocated > tt.bound {
				t.Errorf("allocated %d MiB, more than %d MiB", allocated>>20, tt.bound>>20)
			}
		})
	}
}

// TestMemoryHeadroom: the estimate for honest catalogs, against the
// default limit. A 100,000-table catalog must read with room to spare.
func TestMemoryHeadroom(t *testing.T) {
	c := syntheticCatalog(10000, 10)
	body, _, err := EncodeBody(c)
	if err != nil {
		t.Fatal(err)
	}
	_, spent, err := checkShape(bytesSource(body), catalogShape(), 1<<62)
	if err != nil {
		t.Fatal(err)
	}
	per100k := spent * 10
	t.Logf("10,000 tables: %d body bytes, %d MiB estimated; 100,000 tables: about %d MiB of the %d MiB default",
		len(body), spent>>20, per100k>>20, DefaultMaxMemory>>20)
	if per100k > DefaultMaxMemory/3 {
		t.Errorf("100,000 tables would need %d MiB, too close to the default limit of %d MiB", per100k>>20, DefaultMaxMemory>>20)
	}
	// The estimate must not undercount what decoding really keeps.
	var decoded *snapshot.Catalog
	allocated := allocatedBy(func() { decoded = new(snapshot.Catalog); err = unmarshal(body, decoded, catalogShape(), 1<<62) })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("unmarshal allocated %d MiB (estimate %d MiB)", allocated>>20, spent>>20)
}
