package memlimit

import (
	"math"
	"runtime"
	"runtime/debug"
	"slices"
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
// headroom, 6 with 50%, 2 with none (docs/PERFORMANCE.md, "Peak memory").
// The floor stays 16 MiB with the exact live figure (see liveEstimate):
// 8 MiB kept a 100k corpus's serving phase ~7 MiB lower (resident 100
// MiB where 107), but for 17-18 collections where 12 and +10-20% question
// CPU (docs/PERFORMANCE.md, "Serving limit from the least live figure").
// The headroom is 40 %, not 50: a process's resident size is its limit
// plus ~20 MB the runtime does not count (the binary's pages), and once
// the load's peak came down (corpus/loadmem.go) the serving phase reached
// ~113 MB at 100k statements with 50 %, above the 3× target's 111.8, where
// 40 % keeps it at ~109 (docs/PERFORMANCE.md, "The last 4 MB"). A small
// corpus still has 40 % of its live heap and 16 MiB over it, and the
// runtime caps the collector's CPU share.
var DefaultPolicy = Policy{HeadroomPercent: 40, Floor: 16 << 20}

// Limit is the limit p sets when live bytes are live under the process's
// own limit base; ok is false when p sets none (off, nothing measured, or
// base is already as strict).
func (p Policy) Limit(live uint64, base int64) (limit int64, ok bool) {
	if p.HeadroomPercent <= 0 || p.HeadroomPercent > math.MaxInt32 {
		return 0, false
	}
	return Scaled(live, base, 100+p.HeadroomPercent, 100, p.Floor)
}

// liveWindow is how many collections' live figures liveEstimate looks
// back over before it believes the heap has grown.
const liveWindow = 8

// liveEstimate is the live heap the serving limit is computed from. A
// collection's live figure counts as live everything allocated while it
// marked: under a stream of questions that garbage was 4-14 MiB over a
// 100k corpus of 51.5 MiB (more on a loaded machine, where marking takes
// longer), and a limit recomputed from each figure rose and fell with
// it, its highest setting the serving phase's peak RSS (docs/PERFORMANCE.md,
// "Serving limit from the least live figure"). Every figure is at least
// what was live when its collection ended, so the estimate is the least
// figure seen (Serve's own collection, with nothing else running, gives
// the exact one). It is raised only when each of the last liveWindow
// figures exceeds it by more than a third, more than marking's garbage
// has added: the heap has really grown, and the estimate becomes the
// least of them. Until then the limit's headroom covers the growth, and
// a limit that is too low only brings collections sooner, so the window
// fills fastest exactly when the limit is tight.
type liveEstimate struct {
	least  uint64 // the estimate; 0: no figure yet
	recent [liveWindow]uint64
	n      int // figures in recent, at most liveWindow
	next   int // where the next figure goes in recent
}

// reset forgets every figure (a new Serve, or the end of a suspension:
// the heap is another one).
func (e *liveEstimate) reset() { *e = liveEstimate{} }

// add records one collection's live figure (0, nothing measured, is
// skipped) and returns the estimate (0 when there is none yet).
func (e *liveEstimate) add(live uint64) uint64 {
	if live == 0 {
		return e.least
	}
	e.recent[e.next] = live
	e.next = (e.next + 1) % liveWindow
	e.n = min(e.n+1, liveWindow)
	if e.least == 0 || live < e.least {
		e.least = live
		return e.least
	}
	if e.n == liveWindow {
		low := slices.Min(e.recent[:])
		if low-e.least > e.least/3 {
			e.least = low
		}
	}
	return e.least
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
	lives     liveEstimate // from the live figures since Serve or the last suspension
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
	serving.lives.reset()
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
	limit, ok := serving.policy.Limit(serving.lives.add(Live()), serving.base)
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
			if serving.suspended == 0 {
				serving.lives.reset() // the figures from before the load are another heap's
			}
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
