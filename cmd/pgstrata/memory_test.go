package main

import "testing"

func TestMemorySize(t *testing.T) {
	for in, want := range map[string]memorySize{"1GiB": 1 << 30, "512MiB": 512 << 20, "2G": 2 << 30, "64m": 64 << 20,
		"1048576": 1 << 20, "4 GiB": 4 << 30, "10KB": 10 << 10, "1T": 1 << 40} {
		var m memorySize
		if err := m.UnmarshalText([]byte(in)); err != nil || m != want {
			t.Errorf("%q: %d, %v; want %d", in, m, err, want)
		}
	}
	for _, in := range []string{"", "x", "-1G", "0", "1.5G", "9999999999T", "G"} {
		var m memorySize
		if err := m.UnmarshalText([]byte(in)); err == nil {
			t.Errorf("%q accepted as %d", in, m)
		}
	}
}
