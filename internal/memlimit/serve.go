package memlimit

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync"
)

// Policy is the soft memory limit of a serving process: after every
// collection it becomes the live heap plus HeadroomPercent of it plus
// Floor bytes. Between loads the live heap is the corpus and its index;
// what questions allocate is short-lived garbage. With the collector's
// default target (GOGC=100) that garbage may grow the heap to twice the
// corpus before a collection, and the runtime keeps the pages it grew
// into, so a process that had loaded a 100k-statement corpus (118 MB
// live) reached ~260 MB resident after a few thousand questions
// (docs/PERFORMANCE.md, "Load memory"). The limit lets the heap grow only
// by the headroom; collections then come more often, each cheap when the
// heap is mostly pointer-free text and postings.
//
// The limit is soft: the runtime caps the collector's CPU share, so a
// process whose live heap outgrows it slows a little, never fails. It
// never exceeds the limit the process had when Serve began (GOMEMLIMIT).
type Policy struct {
	HeadroomPercent int64 // over the live heap; 0 turns the policy off
	Floor           int64 // bytes over that, so that a small corpus is never squeezed
}

// DefaultPolicy is the serving limit stancebot uses unless configured
// (config: corpus.memory_headroom_percent). Each collection costs the
// question path CPU in proportion to the live heap it marks; at 100k
// statements 9,000 questions took 16 collections and +70% CPU with 25%
// headroom, 6 with 50%, 2 with none (docs/PERFORMANCE.md, "Peak memory"),
// and 50% keeps the serving peak under the load's.
var DefaultPolicy = Policy{HeadroomPercent: 50, Floor: 16 << 20}

// Limit is the limit p sets when live bytes are live under the process's
// own limit base; ok is false when p sets none (off, nothing measured, or
// base is already as strict).
func (p Policy) Limit(live uint64, base int64) (limit int64, ok bool) {
	if p.HeadroomPercent <= 0 || p.HeadroomPercent > math.MaxInt32 {
		return 0, false
	}
	return Scaled(live, base, 100+p.HeadroomPercent, 100, p.Floor)
}

// serving is the process-wide serving policy. Loads and reloads suspend
// it (they set their own, looser, limits from the limit the process had
// before Serve, see Suspend); it applies again when the last one ends.
var serving struct {
	sync.Mutex
	on        bool
	policy    Policy
	base      int64 // the process's limit before Serve
	gen       int   // bumped by each Serve and stop: stale watchers end
	suspended int
}

// Serve applies p from now until stop is called: it collects once, so
// that the limit starts from what is live (a load just finished leaves
// its garbage and a live figure taken in the middle of it), then follows
// the live heap after every collection. A second Serve replaces the
// first's policy. With p off it does nothing and returns a no-op.
func Serve(p Policy) (stop func()) {
	if p.HeadroomPercent <= 0 {
		return func() {}
	}
	runtime.GC()
	serving.Lock()
	defer serving.Unlock()
	if !serving.on {
		serving.base = debug.SetMemoryLimit(-1)
	}
	serving.on, serving.policy = true, p
	serving.gen++
	gen := serving.gen
	applyServing()
	OnGC(func() bool {
		serving.Lock()
		defer serving.Unlock()
		if serving.gen != gen {
			return false
		}
		applyServing()
		return true
	})
	return func() {
		serving.Lock()
		defer serving.Unlock()
		if serving.gen != gen {
			return // replaced by a later Serve
		}
		serving.gen++
		serving.on = false
		if serving.suspended == 0 {
			debug.SetMemoryLimit(serving.base)
		}
	}
}

// applyServing sets the serving limit from the live heap, unless a load
// has suspended it. serving must be locked.
func applyServing() {
	if !serving.on || serving.suspended > 0 {
		return
	}
	limit, ok := serving.policy.Limit(Live(), serving.base)
	if !ok {
		limit = serving.base
	}
	debug.SetMemoryLimit(limit)
}

// Suspend lifts the serving limit, if one is set, back to the process's
// own limit until resume is called: a load or a reload holds more than
// the serving headroom allows (the old corpus and the new one) and sets
// its own bound from the limit it then finds. Suspensions nest; the
// serving limit applies again, from the live heap, when the last ends.
// Call it before reading the limit; call resume after restoring it.
func Suspend() (resume func()) {
	serving.Lock()
	defer serving.Unlock()
	if serving.suspended == 0 && serving.on {
		debug.SetMemoryLimit(serving.base)
	}
	serving.suspended++
	var once sync.Once
	return func() {
		once.Do(func() {
			serving.Lock()
			defer serving.Unlock()
			serving.suspended--
			applyServing()
		})
	}
}

// gcTick is an object whose finalizer runs once a collection has found
// it unreachable: the hook into the end of each GC cycle. It holds a
// pointer so that it is never batched with other small objects (their
// finalizers may not run).
type gcTick struct {
	fn *func() bool
}

// OnGC calls fn after each collection (from the finalizer goroutine)
// until fn returns false. fn must be quick and must not block on
// anything a collection waits for.
func OnGC(fn func() bool) {
	t := &gcTick{fn: &fn}
	runtime.SetFinalizer(t, func(t *gcTick) {
		if (*t.fn)() {
			OnGC(*t.fn)
		}
	})
}
