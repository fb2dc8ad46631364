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
}

// streamStrings is what a stringCache knows of one stream's strings. Most
// strings that repeat do so in a run (the schema of objects in identity
// order, the table of a table's constraints), which the last string
// catches without hashing; and some streams hardly repeat at all (the
// names of tables, constraints and indexes), whose strings after the
// first few are copied without hashing them.
type streamStrings struct {
	last        string
	seen, found int32
	unshared    bool
}

// Every stream's first probeStrings strings go through the table; if fewer
// than one in 32 were found there, the rest are copied unshared.
const probeStrings = 1024

func newStringCache(streams int) *stringCache {
	return &stringCache{seed: maphash.MakeSeed(), streams: make([]streamStrings, streams)}
}

// share returns p, read from stream, as a string: the earlier copy when
// it is the stream's last string or when the slot p hashes to holds the
// same bytes, else a new copy in d's arena, which takes the slot.
func (c *stringCache) share(d *decoder, p []byte, stream int) string {
	s := &c.streams[stream]
	if s.last == string(p) { // compared without a conversion
		return s.last
	}
	if s.unshared {
		s.last = d.arenaString(p)
		return s.last
	}
	slot := &c.slots[maphash.Bytes(c.seed, p)&(stringCacheSlots-1)]
	if s.seen++; *slot == string(p) {
		s.found++
		s.last = *slot
		return *slot
	}
	if s.seen == probeStrings && s.found < probeStrings/32 {
		s.unshared = true
	}
	*slot = d.arenaString(p)
	s.last = *slot
	return *slot
}
