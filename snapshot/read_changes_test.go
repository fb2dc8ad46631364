package snapshot

import (
	"slices"
	"testing"
)

// TestCommittedSince checks which xids the catalog change check looks
// for: the snapshot's running ones and those assigned since, as 32-bit
// xids, never 0, 1 or 2 (which the 32-bit counter skips at wraparound).
func TestCommittedSince(t *testing.T) {
	for _, tc := range []struct {
		before, now string
		want        []string
	}{
		{"100:100:", "100:100:", nil},                      // quiet: nothing to look for
		{"90:100:95,97", "100:100:", []string{"95", "97"}}, // two committed since
		{"100:100:", "101:103:", []string{"100", "101", "102"}},
		// The epoch turns during the read: 2^32 - 1, then (skipping 0, 1
		// and 2) 3.
		{"4294967294:4294967295:", "4294967299:4294967300:", []string{"4294967295", "3"}},
	} {
		got, err := committedSince(tc.before, tc.now)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("committedSince(%q, %q) = %v, want %v", tc.before, tc.now, got, tc.want)
		}
	}
	for _, bad := range []string{"", "1:2", "a:b:", "1:2:x"} {
		if _, err := committedSince(bad, "1:1:"); err == nil {
			t.Errorf("committedSince(%q) did not fail", bad)
		}
	}
}
