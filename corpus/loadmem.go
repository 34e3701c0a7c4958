package corpus

import (
	"runtime/debug"
	"sync"

	"github.com/stancebot/stancebot/internal/memlimit"
)

// loadGCPercent is the collector's target while a corpus loads. A load
// allocates several times its final heap in short-lived garbage (tokens,
// per-file paragraph lists, scratch of the index build) while the corpus it
// builds only grows; with the default target (100) the heap may reach twice
// what is live before the collector runs, and that excess sets the load's
// peak RSS. 50 trades a little collector CPU for a lower peak
// (docs/PERFORMANCE.md, "Load memory").
const loadGCPercent = 50

// A load's soft memory limit (debug.SetMemoryLimit) is recomputed after
// every collection from the heap it found live, in two stages.
//
// While files are parsed and merged the live heap only grows (the
// paragraphs' analyses, the merger's records) and stays below what the
// load holds later, when the statements are built beside the merger's
// records and then the index beside the statements. There the limit is
// live × 3/2 + 32 MB: each collection marks the parse's pointer-rich
// analyses, and a tight limit multiplied the collections (47 of a 100k
// load's 60 at 9/8 + 16 MB throughout, +35% load CPU).
//
// From the end of the merge (loadBuilding) it is live × 5/4 + 16 MB and
// is not lowered until the load ends: a load's peak RSS is set here, and
// the live heap falls and rises again (the merger's records go, the
// index's scratch comes), so a limit that followed it down would add
// collections without lowering the peak. At 100k statements this took the
// load's peak from ~225 to ~195 MB for no measurable CPU; 9/8 + 16 MB made
// it ~185 MB for +13% CPU (docs/PERFORMANCE.md, "Peak memory"). The
// runtime caps the collector's CPU share under a limit, so a load never
// fails or stalls for it.
const (
	parseLimitNum, parseLimitDen = 3, 2
	parseLimitFloor              = 32 << 20
	buildLimitNum, buildLimitDen = 5, 4
	buildLimitFloor              = 16 << 20
)

// The GC percentage and the memory limit are process-wide, and loads may
// overlap (a hot reload while another is running, parallel tests): the
// first load to start lowers them, the last to finish restores what they
// were.
var loadGC struct {
	sync.Mutex
	active    int
	prev      int    // GC percent before the first load
	prevLimit int64  // memory limit before the first load: never raised
	gen       int    // bumped when the first load starts and the last ends
	building  bool   // a load has finished merging: the build stage's limit
	high      int64  // the highest limit set in the build stage
	resume    func() // gives the limit back to the serving policy (memlimit.Serve)
}

// lowerGCForLoad lowers the collector's target and sets a soft memory
// limit for the duration of a load, and returns the function that
// restores both. It never raises a target or a limit the process set
// lower (GOGC, GOMEMLIMIT, a reload's limit), nor turns on a collector
// that was turned off (GOGC=off with a memory limit is the process's own
// choice).
func lowerGCForLoad() (restore func()) {
	loadGC.Lock()
	defer loadGC.Unlock()
	if loadGC.active == 0 {
		prev := debug.SetGCPercent(loadGCPercent)
		if prev < loadGCPercent {
			debug.SetGCPercent(prev) // already lower, or off: leave it
		}
		loadGC.prev = prev
		loadGC.resume = memlimit.Suspend()          // a serving limit is no bound for a load
		loadGC.prevLimit = debug.SetMemoryLimit(-1) // -1 reads it
		loadGC.gen++
		loadGC.building, loadGC.high = false, 0
		setLoadLimit()
		gen := loadGC.gen
		memlimit.OnGC(func() bool {
			loadGC.Lock()
			defer loadGC.Unlock()
			if loadGC.gen != gen || loadGC.active == 0 {
				return false // the loads ended: restore has run
			}
			setLoadLimit()
			return true
		})
	}
	loadGC.active++
	return func() {
		loadGC.Lock()
		defer loadGC.Unlock()
		if loadGC.active--; loadGC.active == 0 {
			debug.SetGCPercent(loadGC.prev)
			debug.SetMemoryLimit(loadGC.prevLimit)
			loadGC.gen++ // the watcher stops at the next collection
			loadGC.resume()
		}
	}
}

// loadBuilding moves the running loads' memory limit to its build stage
// (see buildLimitNum): Load calls it once every file is merged.
func loadBuilding() {
	loadGC.Lock()
	defer loadGC.Unlock()
	if loadGC.active > 0 && !loadGC.building {
		loadGC.building = true
		setLoadLimit()
	}
}

// setLoadLimit sets the load's memory limit from the heap live at the
// last collection. loadGC must be locked.
func setLoadLimit() {
	limit, ok := loadLimit(memlimit.Live(), loadGC.prevLimit, loadGC.building)
	if !ok {
		return
	}
	if loadGC.building {
		limit = max(limit, loadGC.high)
		loadGC.high = limit
	}
	debug.SetMemoryLimit(limit)
}

// loadLimit is the limit for a load, in its parse stage or its build
// stage, when the last collection found live bytes live and the process's
// own limit is prev; ok is false when no limit should be set (nothing
// measured yet, or prev is already at least as strict).
func loadLimit(live uint64, prev int64, building bool) (limit int64, ok bool) {
	if building {
		return memlimit.Scaled(live, prev, buildLimitNum, buildLimitDen, buildLimitFloor)
	}
	return memlimit.Scaled(live, prev, parseLimitNum, parseLimitDen, parseLimitFloor)
}

// Scratch reused across paragraphs and files of a load. A paragraph's
// tokens (about 4.8 KB for a 370-byte statement) and a file's paragraph
// list are garbage as soon as the paragraph is analysed and the file
// merged; at 100k statements they were 0.48 GB and 0.16 GB of allocation
// per load, collector work that a pool avoids.
var (
	tokenPool = sync.Pool{New: func() any { return new([]Token) }}
	parasPool = sync.Pool{New: func() any { return new([]parsedPara) }}
)

// getTokens tokenises text into a pooled slice; give it back with
// putTokens once nothing refers to it.
func getTokens(text string) []Token {
	return appendTokens(*tokenPool.Get().(*[]Token), text)
}

func putTokens(toks []Token) {
	clear(toks) // drop the strings, so the pool keeps no text alive
	toks = toks[:0]
	tokenPool.Put(&toks)
}

// getParas returns an empty pooled paragraph list; putParas gives one
// back once the merger has taken what it needs from it.
func getParas() []parsedPara { return *parasPool.Get().(*[]parsedPara) }

func putParas(ps []parsedPara) {
	if cap(ps) == 0 {
		return
	}
	clear(ps)
	ps = ps[:0]
	parasPool.Put(&ps)
}
