package memlimit

import (
	"math"
	"runtime"
	"testing"
)

func TestScaled(t *testing.T) {
	tests := []struct {
		live          uint64
		prev          int64
		num, den, flr int64
		want          int64
		ok            bool
	}{
		{100 << 20, math.MaxInt64, 3, 2, 32 << 20, 182 << 20, true},
		{100 << 20, math.MaxInt64, 5, 2, 32 << 20, 282 << 20, true},
		{100 << 20, 150 << 20, 3, 2, 32 << 20, 0, false}, // the process's limit is stricter
		{0, math.MaxInt64, 3, 2, 32 << 20, 0, false},     // nothing measured
		{math.MaxUint64, math.MaxInt64, 3, 2, 0, 0, false},
	}
	for _, tt := range tests {
		got, ok := Scaled(tt.live, tt.prev, tt.num, tt.den, tt.flr)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Scaled(%d, %d, %d/%d + %d) = %d, %v; want %d, %v", tt.live, tt.prev, tt.num, tt.den, tt.flr, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLive(t *testing.T) {
	runtime.GC()
	if Live() == 0 {
		t.Error("no live heap reported after a collection")
	}
}
