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
// paragraphs' analyses, the merger's records). There the limit is live ×
// parseLimitNum/parseLimitDen + parseLimitFloor. It was 3/2 + 32 MB while
// each analysis was 416 bytes of pointers (a tight limit multiplied the
// collections, each marking them all: 47 of a 100k load's 60 at 9/8 + 16
// MB throughout, +35% load CPU); with analyses of 192 bytes and the
// merger's key map pointer-free (docs/PERFORMANCE.md, "Streaming load")
// a collection marks less than half as much, and 5/4 + 16 MB holds the
// parse's end, where the peak was, ~15 MB lower.
//
// Its headroom stops growing at parseLimitCap (from 32 MB live): the limit
// is at most live + parseLimitCap. At the parse's end, where the live heap grows slowly (the
// last files are mostly paragraphs seen before), 5/4 + 16 MB let a dup-25
// load's heap reach ~106 MB over ~70 live, and the process's resident
// size ~118 MiB, above the ~111 MiB its serving phase reaches after it
// (the serving limit over the kept corpus): that plateau set the load's
// peak. 24 MB of headroom there costs a few collections, each marking a
// heap that is mostly pointer-free (docs/PERFORMANCE.md, perfmem9).
//
// From the end of the merge (loadBuilding) it is live × 5/4 + 8 MB and
// follows the live heap down as well as up: the merger's records and the
// analyses go while the store is built, and the index is built beside
// the statements alone. A limit kept at its highest (from the store's
// build, with the analyses still live) let the index build reach that
// peak again, ~40 MB above what it needs. Its floor was 16 MB, as the
// parse's: the store and index build (~0.5 s of one core, the other core
// free for the collector) then set a dup-25 load's peak, ~5 MiB above the
// parse's plateau; 8 MB costs it ~5 more collections. The runtime caps the
// collector's CPU share under a limit, so a load never fails or stalls
// for it.
const (
	parseLimitNum, parseLimitDen = 5, 4
	parseLimitFloor              = 16 << 20
	parseLimitCap                = 24 << 20
	buildLimitNum, buildLimitDen = 5, 4
	buildLimitFloor              = 8 << 20
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
		loadGC.building = false
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
	limit, ok = memlimit.Scaled(live, prev, parseLimitNum, parseLimitDen, parseLimitFloor)
	if ok && limit-int64(live) > parseLimitCap {
		limit = int64(live) + parseLimitCap
	}
	return limit, ok
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
