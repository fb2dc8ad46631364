//go:build !linux

package hugeheap

// Prepare does nothing outside Linux; it reports false.
func Prepare(size int) bool { return false }
