package strata

import (
	"hash/maphash"
	"unsafe"
)

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
	seed  maphash.Seed
	slots [stringCacheSlots]string
}

func newStringCache() *stringCache {
	return &stringCache{seed: maphash.MakeSeed()}
}

// share returns p as a string: the earlier copy when the slot p hashes to
// holds the same bytes, else a new copy in d's arena, which takes the slot.
func (c *stringCache) share(d *decoder, p []byte) string {
	slot := &c.slots[maphash.Bytes(c.seed, p)&(stringCacheSlots-1)]
	if *slot == string(p) { // compared without a conversion
		return *slot
	}
	b := d.arenaBytes(int64(len(p)))
	if b == nil {
		return ""
	}
	copy(b, p)
	*slot = unsafe.String(&b[0], len(b))
	return *slot
}
