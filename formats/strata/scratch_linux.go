package strata

import "golang.org/x/sys/unix"

// scratch returns a buffer of n zero bytes outside the Go heap, for data
// that lives only while one file is read (the decompressed column-wise
// body, as large as the catalog's body), and the function that gives it
// back to the kernel. Garbage on the heap would be returned only after a
// collection, and would meanwhile add to the process's peak memory; a
// diff reads two files at once. The mapping asks for huge pages, which
// cost one fault per 2 MiB instead of per 4 KiB (see internal/hugeheap).
// Where mapping fails, the buffer comes from the heap.
func scratch(n int) (buf []byte, release func()) {
	if n < 1<<20 {
		return make([]byte, n), func() {}
	}
	m, err := unix.Mmap(-1, 0, n, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_ANON|unix.MAP_PRIVATE)
	if err != nil {
		return make([]byte, n), func() {}
	}
	_ = unix.Madvise(m, unix.MADV_HUGEPAGE) // advice: without it, small pages
	return m, func() { _ = unix.Munmap(m) }
}
