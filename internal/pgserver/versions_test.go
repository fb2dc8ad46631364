package pgserver

import "testing"

func TestPickNewest(t *testing.T) {
	vs := []string{"14.3.0-alpha.21", "14.23.0-beta.16", "14.23.0-beta.17", "14.9.0-beta.9", "15.18.0-beta.17", "junk"}
	if got := pickNewest(vs, 14); got != "14.23.0-beta.17" {
		t.Errorf("pickNewest(14) = %q", got)
	}
	if got := pickNewest(vs, 16); got != "" {
		t.Errorf("pickNewest(16) = %q, want none", got)
	}
}
