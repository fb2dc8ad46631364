package strata

import "hash/maphash"

// maxSharedString is the longest string a stringCache shares. Longer ones
// (definitions, bodies, comments) seldom repeat, and hashing them would
// cost more than copying.
const maxSharedString = 128

// stringCacheSlots is the size of a stringCache: a power of two.
const stringCacheSlots = 1 << 15

// stringCache gives a catalog decoded from a buffer it cannot keep one copy
// of each short string that repeats, instead of one per occurrence: a
// catalog repeats its column names, types, schema and table names, owners
// and grants many times over (a 10,000-table catalog's 16 MB of strings
// are 5 MB of distinct ones), and keeping the whole decompressed body
// instead, as the strings would otherwise point into it, kept all 16 MB.
// It is a direct-mapped table by hash: a string that collides with
// another is copied once more, which costs memory, never correctness.
type stringCache struct {
	seed    maphash.Seed
	slots   [stringCacheSlots]string
	streams []streamStrings // by stream (shape node) index
	// recent is each stream's recent strings (see streamStrings), when
	// the streams do not refer to their repeated strings (format version
	// 5 and before). From version 6 on (string_refs.go) a string read in
	// full is new to its stream, and only the table can hold it.
	recent [][recentStrings]string
}

// streamStrings is what a stringCache knows of one stream's strings. A
// stream repeats few strings often (the schema of objects in identity
// order, the table of a table's constraints, a column's type, an owner):
// its recent strings, found by a key that costs no hashing, catch most
// of them in memory the core has at hand, where the table's slots are
// half a megabyte apart. And some streams hardly repeat at all (the names
// of tables, constraints and indexes): after the first few, their strings
// are copied without a look in the table.
type streamStrings struct {
	seen, found int32
	unshared    bool
	// dict is the stream's numbered strings, when it refers to them
	// (format version 6, string_refs.go).
	dict []string
}

// recentStrings is how many strings of each stream are kept at hand.
const recentStrings = 1 << recentBits

// recentKey is where p (not empty) is kept among a stream's recent strings.
func recentKey(p []byte) int {
	n := len(p)
	k := uint32(n) | uint32(p[0])<<8 | uint32(p[n/2])<<16 | uint32(p[n-1])<<24
	return int((k * 0x9e3779b1) >> (32 - recentBits))
}

const recentBits = 6 // recentStrings is 1 << recentBits

// Every stream's first probeStrings looks in the table decide: if fewer
// than one in 32 found their string, the stream's strings are from then
// on copied unshared.
const probeStrings = 1024

// newStringCache returns a cache for the given number of streams, which
// refer to their repeated strings when refs is set.
func newStringCache(streams int, refs bool) *stringCache {
	c := &stringCache{seed: maphash.MakeSeed(), streams: make([]streamStrings, streams)}
	if !refs {
		c.recent = make([][recentStrings]string, streams)
	}
	return c
}

// refs reports whether the streams refer to their repeated strings.
func (c *stringCache) refs() bool { return c.recent == nil }

// share returns p (not empty), read from stream, as a string: the
// earlier copy when it is one of the stream's recent strings or when the
// slot p hashes to holds the same bytes, else a new copy in d's arena,
// which takes the slot.
func (c *stringCache) share(d *decoder, p []byte, stream int) string {
	if c.recent == nil {
		return c.shareNew(d, p, stream)
	}
	recent := &c.recent[stream][recentKey(p)]
	if *recent == string(p) { // compared without a conversion
		return *recent
	}
	*recent = c.shareNew(d, p, stream)
	return *recent
}

// shareNew is share for a string that is not among its stream's recent
// ones: the table's copy, or a new one.
func (c *stringCache) shareNew(d *decoder, p []byte, stream int) string {
	s := &c.streams[stream]
	if s.unshared {
		return d.arenaString(p)
	}
	slot := &c.slots[maphash.Bytes(c.seed, p)&(stringCacheSlots-1)]
	hit := *slot == string(p)
	if hit {
		s.found++
	}
	// Judged on the probeStrings-th look, found or not: judged on misses
	// only, a stream whose probeStrings-th look was a hit was never judged.
	if s.seen++; s.seen == probeStrings && s.found < probeStrings/32 {
		s.unshared = true
	}
	if !hit {
		*slot = d.arenaString(p)
	}
	return *slot
}
