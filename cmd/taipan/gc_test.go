package main

import "testing"

// TestGCPercentFor checks the collector's tuning: a small live heap may
// double, a large one grows by at most gcMaxGrowth, and a huge one by
// gcMinPercent.
func TestGCPercentFor(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 100},
		{64 * mb, 100},
		{256 * mb, 100},
		{512 * mb, 50},
		{400 * mb, 64},
		{1024 * mb, 25},
		{8192 * mb, 25},
	} {
		if got := gcPercentFor(c.live); got != c.want {
			t.Errorf("gcPercentFor(%d MB) = %d, want %d", c.live/mb, got, c.want)
		}
	}
}
