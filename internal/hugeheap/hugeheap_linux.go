package hugeheap

import (
	"bytes"
	"os"
	"runtime"
	"unsafe"

	"golang.org/x/sys/unix"
)

const hugePage = 2 << 20

// Prepare grows the heap by up to size bytes of memory advised for huge
// pages, when that can help and cannot hurt: the kernel's mode is
// "madvise" (under "always" the heap gets huge pages anyway, under "never"
// not at all), the address space is not limited (RLIMIT_AS) and the kernel
// does not refuse overcommitment (vm.overcommit_memory 2), so that the
// reservation, which the runtime cannot survive failing, is safe. It takes
// at most a quarter of the machine's memory. It reports whether it did.
func Prepare(size int) bool {
	if !madviseMode() || !unlimitedAddressSpace() || strictOvercommit() {
		return false
	}
	if quarter := memTotal() / 4; quarter < int64(size) {
		size = int(quarter)
	}
	if size < 4*hugePage {
		return false
	}
	block := make([]byte, size) // fresh from the kernel: the runtime does not clear it
	// madvise wants page-aligned bounds; advise the whole huge pages inside.
	start := uintptr(unsafe.Pointer(unsafe.SliceData(block)))
	begin := int((start+hugePage-1)&^(hugePage-1) - start)
	end := int((start+uintptr(size))&^(hugePage-1) - start)
	err := unix.Madvise(block[begin:end], unix.MADV_HUGEPAGE)
	block = nil
	runtime.GC() // give the block back to the heap now, not at the first collection
	return err == nil
}

// madviseMode reports whether transparent huge pages are given only where
// advised.
func madviseMode() bool {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	return err == nil && bytes.Contains(mode, []byte("[madvise]"))
}

func unlimitedAddressSpace() bool {
	var limit unix.Rlimit
	return unix.Getrlimit(unix.RLIMIT_AS, &limit) == nil && limit.Cur == unix.RLIM_INFINITY
}

func strictOvercommit() bool {
	mode, err := os.ReadFile("/proc/sys/vm/overcommit_memory")
	return err != nil || string(bytes.TrimSpace(mode)) == "2"
}

// memTotal is the machine's memory in bytes, 0 when unknown.
func memTotal() int64 {
	var info unix.Sysinfo_t
	if unix.Sysinfo(&info) != nil {
		return 0
	}
	return int64(info.Totalram) * int64(info.Unit)
}
