package strata

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"

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
// byte, which the decoder turns into a zeroed Aggregate of hundreds of
// bytes, followed by pad bytes of an unknown trailing slot: the "few-KB
// file that costs gigabytes" of issue 11.
func nilAggregates(t testing.TB, n, pad int) []byte {
	slot, slots := layoutSlot(t, "snapshot.Catalog", "Aggregates")
	aggregates := cat(array32(uint32(n)), bytes.Repeat([]byte{0xc0}, n))
	return withExtraSlot(t, withSlot(slots, slot, aggregates), slots, str32(pad))
}

// catalogSlot is the position of a field of snapshot.Catalog in the
// version 3 body, as layout.txt gives it.
func catalogSlot(t testing.TB, field string) int {
	slot, _ := layoutSlot(t, "snapshot.Catalog", field)
	return slot
}

// layoutSlot is the position of field in typ's array in the version 3
// body, as layout.txt gives it, and the number of typ's slots.
func layoutSlot(t testing.TB, typ, field string) (slot, slots int) {
	t.Helper()
	text, err := os.ReadFile("layout.txt")
	if err != nil {
		t.Fatal(err)
	}
	in, slot := false, -1
	for line := range strings.Lines(string(text)) {
		switch {
		case strings.TrimSpace(line) == typ:
			in = true
		case in && strings.HasPrefix(line, "\t"):
			if f := strings.Fields(line); f[len(f)-2] == field {
				slot = slots
			}
			slots++
		case in:
			in = false
		}
	}
	if slot < 0 {
		t.Fatalf("layout.txt has no %s slot %s", typ, field)
	}
	return slot, slots
}

// withSlot is an array of n slots, all nil but slot i, which holds value.
func withSlot(n, i int, value []byte) []byte {
	e := &encoder{}
	e.arrayHeader(n)
	for range i {
		e.writeNil()
	}
	e.buf = append(e.buf, value...)
	for range n - i - 1 {
		e.writeNil()
	}
	return e.buf
}

// paddedCatalog is the sample catalog followed by an unknown trailing slot
// holding value, as a newer writer could add.
func paddedCatalog(t *testing.T, value []byte) []byte {
	t.Helper()
	body, _, err := EncodeBody(sampleCatalog())
	if err != nil {
		t.Fatal(err)
	}
	_, slots := layoutSlot(t, "snapshot.Catalog", "Tables")
	return withExtraSlot(t, body, slots, value)
}

// withExtraSlot makes the array that body is, of a struct with slots
// slots, one that a newer writer could write: its trailing zero slots
// written out as nil, then value in a slot this build does not know.
func withExtraSlot(t testing.TB, body []byte, slots int, value []byte) []byte {
	t.Helper()
	d := newDecoder(bytes.NewReader(body), int64(len(body)), 1<<30)
	n, _ := d.record()
	if d.err != nil || n > slots {
		t.Fatalf("not an array of at most %d slots: %v", slots, d.err)
	}
	e := &encoder{}
	e.arrayHeader(slots + 1)
	e.buf = append(e.buf, body[d.consumed:]...)
	for range slots - n {
		e.writeNil()
	}
	return cat(e.buf, value)
}

func TestMemoryLimit(t *testing.T) {
	tests := []struct {
		name  string
		body  []byte
		opts  ReadOptions
		want  string // "" when the file must read
		bound uint64 // at most this allocated, whether refused or read
	}{
		// 3 million nil aggregates ask for more than 1 GB.
		{"nil elements, padded", nilAggregates(t, 3_000_000, 48<<20), ReadOptions{},
			"too large: reading this catalog needs more than the memory limit of 1 GiB", 24 << 20},
		{"nil elements under a lower limit", nilAggregates(t, 200_000, 0), ReadOptions{MaxMemory: 64 << 20},
			"too large: reading this catalog needs more than the memory limit of 64 MiB", 16 << 20},
		// The body is never held whole: unknown slots are skipped as they
		// stream past, whatever their length.
		{"an unknown string costs nothing", paddedCatalog(t, str32(48<<20)), ReadOptions{MaxMemory: 32 << 20},
			"", 16 << 20},
		{"padding costs nothing", paddedCatalog(t, cat(array32(64<<20), make([]byte, 64<<20))), ReadOptions{MaxMemory: 64 << 20},
			"", 16 << 20},
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
			t.Logf("allocated %d MiB", allocated>>20)
			if allocated > tt.bound {
				t.Errorf("allocated %d MiB, more than %d MiB", allocated>>20, tt.bound>>20)
			}
		})
	}
}

// TestMemoryHeadroom: what honest catalogs cost against the default limit
// (what the decoder charges), and that the charge does not
// undercount what decoding allocates. A 100,000-table catalog must read
// with room to spare.
func TestMemoryHeadroom(t *testing.T) {
	c := syntheticCatalog(10000, 10)
	body, _, err := EncodeBody(c)
	if err != nil {
		t.Fatal(err)
	}
	const unlimited = 1 << 62
	d := newDecoder(bytes.NewReader(body), int64(len(body)), unlimited)
	allocated := allocatedBy(func() { decodeCatalog(d, new(snapshot.Catalog)) })
	if d.err != nil {
		t.Fatal(d.err)
	}
	charged := unlimited - d.budget
	per100k := charged * 10
	t.Logf("10,000 tables: %d body bytes, %d MiB charged (%d MiB allocated); 100,000 tables: about %d MiB of the %d MiB default",
		len(body), charged>>20, allocated>>20, per100k>>20, DefaultMaxMemory>>20)
	if per100k > DefaultMaxMemory/2 {
		t.Errorf("100,000 tables would need %d MiB, too close to the default limit of %d MiB", per100k>>20, DefaultMaxMemory>>20)
	}
	if float64(charged) < 0.9*float64(allocated) {
		t.Errorf("the decoder charged %d bytes but allocated %d", charged, allocated)
	}
}

// TestEncoderFixedCost: a snapshot process compresses one body with a
// fresh encoder, so the encoder's set-up is paid on every run, however
// small the database. zstd's SpeedBestCompression allocates (and, with the
// dictionary, fills) about 80 MB of match tables before it writes a byte:
// it made the snapshot of a 300-object schema take 0.3 s more and 70 MB
// more peak RSS than pg_dump's whole run. The fixed cost must stay well
// below that.
func TestEncoderFixedCost(t *testing.T) {
	body, _, err := EncodeBody(syntheticCatalog(20, 5))
	if err != nil {
		t.Fatal(err)
	}
	columns, err := toColumns(body)
	if err != nil {
		t.Fatal(err)
	}
	const limit = 40 << 20
	allocated := allocatedBy(func() { encoders.New().(*zstd.Encoder).EncodeAll(columns, nil) })
	t.Logf("compressing a %d-byte body with a fresh encoder allocates %d MiB", len(columns), allocated>>20)
	if allocated > limit {
		t.Errorf("a fresh encoder allocates %d MiB for a %d-byte body; the limit is %d MiB", allocated>>20, len(columns), limit>>20)
	}
}
