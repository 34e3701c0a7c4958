package reload

import (
	"runtime/debug"
	"sync"

	"github.com/stancebot/stancebot/internal/memlimit"
)

// During a reload the process holds the live corpus while it builds the
// next one. The collector's target (a percentage of the whole live heap)
// then grants the new load headroom over the old corpus too, and the
// reload's peak exceeded the steady peak by more than one index
// (docs/PERFORMANCE.md, "Hot reload"). A soft memory limit for the length
// of the reload, derived from what is live when it starts, bounds that:
// the old corpus, plus room for a load of about its size, plus a floor so
// that small corpora are never squeezed. At 100k statements a load alone
// peaks at ~2.1× the heap it leaves and the target allows the old corpus
// on top (3.1×); 2.5× of Go's own accounting (which RSS exceeds a little)
// met it (docs/PERFORMANCE.md, "Reload memory limit"). Since the parse codes
// the text as it goes (corpus/parsecode.go) the steady peak is ~30 MB lower
// while a reload's was held at that limit: 2.4× keeps it ~10 MB inside the
// rule (docs/PERFORMANCE.md, "Load peak: text coded as it is parsed"). It is soft: a much larger new corpus makes
// the collector work harder (the runtime caps its CPU share), never fail.
const (
	reloadLimitNum, reloadLimitDen = 12, 5    // × the live heap when the reload starts
	reloadLimitFloor               = 32 << 20 // bytes over that, at least
)

var reloadMem struct {
	sync.Mutex
	active int
	prev   int64
	resume func() // gives the limit back to the serving policy (memlimit.Serve)
}

// boundReloadMemory sets the reload's soft memory limit and returns the
// function that restores the previous one. A limit the process set lower
// (GOMEMLIMIT) is left alone; overlapping reloads (several Reloaders in
// one process) share one limit, restored when the last one ends.
func boundReloadMemory() (restore func()) {
	reloadMem.Lock()
	defer reloadMem.Unlock()
	if reloadMem.active == 0 {
		// A serving limit (headroom over one corpus) is no bound for a
		// reload, which holds two: it is lifted to the process's own.
		reloadMem.resume = memlimit.Suspend()
		reloadMem.prev = debug.SetMemoryLimit(-1) // -1 reads it
		if limit, ok := reloadLimit(memlimit.Live(), reloadMem.prev); ok {
			debug.SetMemoryLimit(limit)
		}
	}
	reloadMem.active++
	return func() {
		reloadMem.Lock()
		defer reloadMem.Unlock()
		if reloadMem.active--; reloadMem.active == 0 {
			debug.SetMemoryLimit(reloadMem.prev)
			reloadMem.resume() // from the live heap: the new corpus's, after the next collection
		}
	}
}

// reloadLimit is the limit for a reload starting with live bytes of live
// heap under the process's limit prev; ok is false when no limit should be
// set (nothing measured, or prev is already at least as strict).
func reloadLimit(live uint64, prev int64) (limit int64, ok bool) {
	return memlimit.Scaled(live, prev, reloadLimitNum, reloadLimitDen, reloadLimitFloor)
}
