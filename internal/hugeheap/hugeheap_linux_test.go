package hugeheap

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"
)

// TestPrepareAdvisesLaterAllocations: once Prepare has run, memory the
// program allocates afterwards lies in a mapping advised for huge pages
// (smaps shows the "hg" flag), which is all Prepare is for.
func TestPrepareAdvisesLaterAllocations(t *testing.T) {
	if !madviseMode() {
		t.Skip("transparent huge pages are not in madvise mode here: Prepare has nothing to do")
	}
	if !unlimitedAddressSpace() || strictOvercommit() {
		t.Skip("the address space is limited or overcommitment is strict: Prepare stays out")
	}
	if !Prepare(128 << 20) {
		t.Fatal("Prepare did not prepare the heap")
	}
	// The block's first and last huge pages may be partial, and so not
	// advised: look at the middle of the allocation.
	later := make([]byte, 16<<20)
	flags, err := vmFlags(uintptr(unsafe.Pointer(&later[len(later)/2])))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(" "+flags+" ", " hg ") {
		t.Fatalf("a later allocation is in a mapping without huge-page advice (VmFlags: %s)", flags)
	}
}

// vmFlags returns the VmFlags line of the mapping that holds addr.
func vmFlags(addr uintptr) (string, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return "", err
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	inside := false
	for s.Scan() {
		line := s.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 {
			inside = lo <= addr && addr < hi
			continue
		}
		if inside && strings.HasPrefix(line, "VmFlags:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmFlags:")), nil
		}
	}
	return "", fmt.Errorf("no mapping holds %#x", addr)
}

// TestPrepareRefusesTinySizes: a size below a few huge pages is not worth
// a collection.
func TestPrepareRefusesTinySizes(t *testing.T) {
	if Prepare(hugePage) {
		t.Fatal("Prepare took a single huge page")
	}
}
