package strata

import (
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// scratch returns a buffer of n zero bytes outside the Go heap, for data
// that lives only while one file is read (the decompressed column-wise
// body, as large as the catalog's body), and the function that gives it
// back to the kernel. Garbage on the heap would be returned only after a
// collection, and would meanwhile add to the process's peak memory; a
// diff reads two files at once. The mapping asks for huge pages, which
// cost one fault per 2 MiB instead of per 4 KiB (see internal/hugeheap).
// Where mapping fails, the buffer comes from the heap.
func scratch(n int) (buf []byte, release func()) {
	buf, release, _ = scratchPages(n)
	return buf, release
}

// scratchPages is scratch, and for a mapped buffer also discard, which
// gives back the whole pages within a part of it that has been read and
// will not be again, and returns how many of that part's bytes it gave
// back (those before the last partial page). It is nil for a buffer on
// the heap.
func scratchPages(n int) (buf []byte, release func(), discard func(read []byte) int) {
	if n < 1<<20 {
		return make([]byte, n), func() {}, nil
	}
	m, err := unix.Mmap(-1, 0, n, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_ANON|unix.MAP_PRIVATE)
	if err != nil {
		return make([]byte, n), func() {}, nil
	}
	_ = unix.Madvise(m, unix.MADV_HUGEPAGE) // advice: without it, small pages
	page := uintptr(os.Getpagesize())
	base := uintptr(unsafe.Pointer(unsafe.SliceData(m)))
	discard = func(read []byte) int {
		if len(read) == 0 {
			return 0
		}
		// Offsets in m: the mapping starts on a page boundary.
		start := uintptr(unsafe.Pointer(unsafe.SliceData(read))) - base
		from := (start + page - 1) &^ (page - 1)
		to := (start + uintptr(len(read))) &^ (page - 1)
		if to <= from {
			return 0
		}
		// MADV_DONTNEED, not MADV_FREE: the pages leave the process's
		// resident memory now, not when the kernel runs short.
		_ = unix.Madvise(m[from:to], unix.MADV_DONTNEED)
		return int(to - start)
	}
	return m, func() { _ = unix.Munmap(m) }, discard
}
