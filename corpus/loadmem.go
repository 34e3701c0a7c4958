package corpus

import (
	"runtime/debug"
	"sync"

	"github.com/stancebot/stancebot/internal/memlimit"
)

// loadGCPercent is the collector's target while a corpus loads. It was 50
// when the memory limit below grew with the live heap (live × 5/4 + 16
// MB), so that the heap did not reach twice what was live; with the limit
// at a fixed headroom over the live heap it is the limit that bounds the
// load's peak, and at 50 the target only started more collections early
// in the parse, while little is live (a dup-25 load's parse: 24 where
// 18, docs/PERFORMANCE.md, perfmem9). A process running with a higher
// target (GOGC=200) is still lowered to it for the load.
const loadGCPercent = 100

// A load's soft memory limit (debug.SetMemoryLimit) is recomputed after
// every collection from the heap it found live: live × num/den + floor,
// in two stages, the parse (files parsed and merged: the analyses and
// the merger's records only grow) and, from the end of the merge
// (loadBuilding), the build (the store and the index; the merger's
// records and the analyses go, and the limit follows the live heap down
// as well as up: a limit kept at its highest let the index build reach
// the merge's peak again, ~40 MB above what it needs).
//
// Both stages are live + 20 MiB today (24 until December 2026). They
// were live × 5/4 + 16 MB (3/2 + 32 MB while each analysis was 416 bytes
// of pointers): a limit that grows with the live heap gave the end of a
// dup-25 load's parse ~34 MB of headroom over ~70 MB live, and the build
// as much, a resident peak of ~121 MiB in the bench harness's child
// (123.9 MB). The live figure a collection reports also counts what was
// allocated while it marked, so on a loaded machine (long marks) a
// proportional limit rose further. A fixed headroom is what a load's
// garbage needs (each file's scratch, the index build's), whatever the
// corpus's size. The process's resident peak is the limit plus what the
// runtime does not count (the binary's mapped pages, ~20 MB in the
// harness's child): with 24 MiB the heap reached the limit at the
// parse's end (~75 MB live at 100k statements, dup 25), a resident peak
// of ~116 MB against the 3× target's 111.8; 20 MiB took it to ~112 and,
// with the hand-over's spike gone (takeStoreInputs) and the serving
// limit at 40 % (memlimit.DefaultPolicy), the process to ~109
// (docs/PERFORMANCE.md, "The last 4 MB"). It costs ~40 % more
// collections than 24 MiB (46 where 33), each marking a heap that is
// mostly pointer-free; 16 MiB took twice as many and ~15 % more load
// CPU. The runtime caps the collector's CPU share under a limit, so a
// load never fails or stalls for it.
const (
	parseLimitNum, parseLimitDen = 1, 1
	parseLimitFloor              = 20 << 20
	buildLimitNum, buildLimitDen = 1, 1
	buildLimitFloor              = 20 << 20
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
