package corpus

import (
	"runtime/debug"
	"sync"
)

// loadGCPercent is the collector's target while a corpus loads. A load
// allocates several times its final heap in short-lived garbage (tokens,
// per-file paragraph lists, scratch of the index build) while the corpus it
// builds only grows; with the default target (100) the heap may reach twice
// what is live before the collector runs, and that excess sets the load's
// peak RSS. 50 trades a little collector CPU for a lower peak
// (docs/PERFORMANCE.md, "Load memory").
const loadGCPercent = 50

// The GC percentage is process-wide, and loads may overlap (a hot reload
// while another is running, parallel tests): the first load to start
// lowers it, the last to finish restores what it was.
var loadGC struct {
	sync.Mutex
	active int
	prev   int
}

// lowerGCForLoad lowers the collector's target for the duration of a load
// and returns the function that restores it. It never raises a target the
// process set lower, nor turns on a collector that was turned off (GOGC=off
// with a memory limit is the process's own choice).
func lowerGCForLoad() (restore func()) {
	loadGC.Lock()
	defer loadGC.Unlock()
	if loadGC.active == 0 {
		prev := debug.SetGCPercent(loadGCPercent)
		if prev < loadGCPercent {
			debug.SetGCPercent(prev) // already lower, or off: leave it
		}
		loadGC.prev = prev
	}
	loadGC.active++
	return func() {
		loadGC.Lock()
		defer loadGC.Unlock()
		if loadGC.active--; loadGC.active == 0 {
			debug.SetGCPercent(loadGC.prev)
		}
	}
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
