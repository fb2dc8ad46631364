// Package hugeheap asks Linux to back the Go heap of a short-lived,
// memory-hungry process with transparent huge pages.
//
// Reading a 10,000-table snapshot builds about 70 MB of heap, and a diff
// reads two. Each 4 KiB page of it is faulted in on first use, and on the
// virtual machines pgstrata is measured on a fault costs about 13 µs: the
// 50,000 faults of such a diff took more time than decoding both files.
// A 2 MiB page is faulted once for 512 small ones (the same diff: 52,000
// faults -> 2,300, 0.77 s -> 0.50-0.66 s).
//
// Most distributions ship transparent huge pages in "madvise" mode: only
// memory marked with madvise(MADV_HUGEPAGE) gets them, and the Go runtime
// does not mark its heap. It maps heap memory as it grows, each mapping a
// fresh one that carries no advice, so Prepare grows the heap ahead of time
// instead: it allocates one large, never-touched block, marks it, and lets
// the garbage collector take it back. The heap keeps the mapping, marked,
// and the runtime's page allocator serves later allocations from it
// lowest address first. Nothing is touched, so nothing is paid for until
// it is used.
//
// Prepare changes the whole process, so only programs call it (the
// pgstrata command), never a library package: a program that imports
// formats/strata keeps its heap as it was.
package hugeheap
