//go:build !linux

package strata

// scratch returns a buffer of n zero bytes and a function to call when it
// is no longer used (see scratch_linux.go); here it comes from the heap.
func scratch(n int) (buf []byte, release func()) {
	return make([]byte, n), func() {}
}

// scratchPages is scratch; there are no pages to give back early here.
func scratchPages(n int) (buf []byte, release func(), discard func(read []byte) int) {
	return make([]byte, n), func() {}, nil
}
