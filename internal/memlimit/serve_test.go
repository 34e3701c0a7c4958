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
		{"default", DefaultPolicy, 100 * mb, math.MaxInt64, 140*mb + 16*mb, true},
		{"small heap gets the floor", DefaultPolicy, 10 * mb, math.MaxInt64, 14*mb + 16*mb, true},
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
	// The limit follows a heap that has grown by more than a third once
	// liveWindow collections have seen it (see liveEstimate); each
	// collection's hook runs after it, so a few more are allowed for the
	// last hooks to have run.
	// The collections the allocations brought about saw the heap partly
	// grown: the estimate rises in steps, and stays at a figure within a
	// third of the heap.
	const held = 64 << 20
	lo, _ := p.Limit(held*3/4, math.MaxInt64)
	hi, _ := p.Limit(held+(16<<20), math.MaxInt64) // what the test binary holds besides
	big := debug.SetMemoryLimit(-1)
	for i := 0; i < 8*liveWindow && big < lo; i++ {
		runtime.GC()
		big = debug.SetMemoryLimit(-1)
	}
	if big < lo || big > hi {
		t.Errorf("after the heap grew: limit %d with %d live, want %d to %d (from %d)", big, Live(), lo, hi, small)
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

// The estimate is the least live figure: a figure inflated by what was
// allocated while its collection marked never raises it, a smaller one
// lowers it at once, and only a window of figures all more than a third
// over it (the heap really grew) raises it, to the least of them.
func TestLiveEstimate(t *testing.T) {
	const mb = 1 << 20
	repeat := func(v uint64, n int) []uint64 {
		var s []uint64
		for range n {
			s = append(s, v)
		}
		return s
	}
	tests := []struct {
		name string
		figs []uint64
		want uint64
	}{
		{"none", nil, 0},
		{"nothing measured", []uint64{0, 0}, 0},
		{"the first figure", []uint64{52 * mb}, 52 * mb},
		{"marking's garbage", []uint64{52 * mb, 60 * mb, 56 * mb, 64 * mb, 58 * mb, 61 * mb, 59 * mb, 62 * mb, 57 * mb, 63 * mb}, 52 * mb},
		{"a smaller heap at once", []uint64{80 * mb, 52 * mb}, 52 * mb},
		{"growth within a third", append([]uint64{52 * mb}, repeat(68*mb, 20)...), 52 * mb},
		{"growth by more than a third, too few figures", append([]uint64{52 * mb}, repeat(90*mb, liveWindow-1)...), 52 * mb},
		{"growth by more than a third", append(append([]uint64{52 * mb}, repeat(90*mb, liveWindow-1)...), 80*mb), 80 * mb},
		{"zeros skipped", []uint64{52 * mb, 0, 40 * mb, 0}, 40 * mb},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e liveEstimate
			var got uint64
			for _, f := range tt.figs {
				got = e.add(f)
			}
			if got != tt.want {
				t.Errorf("estimate %d MiB, want %d MiB", got/mb, tt.want/mb)
			}
			e.reset()
			if got := e.add(0); got != 0 {
				t.Errorf("after reset: %d, want none", got)
			}
		})
	}
}
