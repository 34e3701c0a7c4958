package memlimit

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
)

func TestPolicyLimit(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		name  string
		p     Policy
		live  uint64
		base  int64
		limit int64
		ok    bool
	}{
		{"default", DefaultPolicy, 100 * mb, math.MaxInt64, 150*mb + 16*mb, true},
		{"small heap gets the floor", DefaultPolicy, 2 * mb, math.MaxInt64, 3*mb + 16*mb, true},
		{"off", Policy{Floor: 16 * mb}, 100 * mb, math.MaxInt64, 0, false},
		{"GOMEMLIMIT stricter", DefaultPolicy, 100 * mb, 120 * mb, 0, false},
		{"nothing measured", DefaultPolicy, 0, math.MaxInt64, 0, false},
		{"absurd headroom", Policy{HeadroomPercent: math.MaxInt64}, 100 * mb, math.MaxInt64, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			limit, ok := tt.p.Limit(tt.live, tt.base)
			if limit != tt.limit || ok != tt.ok {
				t.Errorf("Limit(%d, %d) = %d, %v; want %d, %v", tt.live, tt.base, limit, ok, tt.limit, tt.ok)
			}
		})
	}
}

var hold [][]byte

// Serve sets the limit from the live heap, follows it after collections,
// steps aside while a load suspends it, and stop restores the process's
// own limit.
func TestServeFollowsLiveHeapAndSuspends(t *testing.T) {
	orig := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(orig)
	p := Policy{HeadroomPercent: 50, Floor: 4 << 20}
	stop := Serve(p)
	within := func(what string, live uint64) int64 {
		t.Helper()
		got := debug.SetMemoryLimit(-1)
		want, _ := p.Limit(live, math.MaxInt64)
		if got == math.MaxInt64 || got < want-(4<<20) || got > want+(4<<20) {
			t.Errorf("%s: limit %d with %d live, want about %d", what, got, live, want)
		}
		return got
	}
	small := within("after Serve", Live())

	for range 64 {
		hold = append(hold, make([]byte, 1<<20))
	}
	runtime.GC()
	runtime.GC() // the first cycle's finalizers have run by the second
	if big := within("after the heap grew", Live()); big < small+(32<<20) {
		t.Errorf("limit %d did not follow the heap's growth from %d", big, small)
	}

	resume := Suspend()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("suspended: limit %d, want the process's own (none)", got)
	}
	runtime.GC()
	runtime.GC()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("suspended, after collections: limit %d, want it left alone", got)
	}
	inner := Suspend() // a load inside a reload
	inner()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("inner suspension ended: limit %d, want it still lifted", got)
	}
	resume()
	resume() // a second call is a no-op
	within("resumed", Live())

	hold = nil
	stop()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("after stop: limit %d, want the process's own restored", got)
	}
	runtime.GC()
	runtime.GC()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("after stop and collections: limit %d, want it left alone", got)
	}
}

// A stricter limit the process set (GOMEMLIMIT) is never raised, and an
// off policy changes nothing.
func TestServeKeepsStricterLimit(t *testing.T) {
	orig := debug.SetMemoryLimit(1 << 20)
	defer debug.SetMemoryLimit(orig)
	stop := Serve(DefaultPolicy)
	if got := debug.SetMemoryLimit(-1); got != 1<<20 {
		t.Errorf("limit %d, want the process's 1 MB kept", got)
	}
	stop()
	debug.SetMemoryLimit(math.MaxInt64)
	Serve(Policy{})()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("off policy set a limit: %d", got)
	}
}
