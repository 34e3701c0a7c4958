package corpus

import (
	"context"
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/stancebot/stancebot/internal/memlimit"
)

func TestLowerGCForLoadRestores(t *testing.T) {
	orig := debug.SetGCPercent(100)
	defer debug.SetGCPercent(orig)
	tests := []struct {
		name       string
		before     int
		during     int
		concurrent int
	}{
		{"default is kept", 100, loadGCPercent, 1},
		{"a higher target is lowered", 200, loadGCPercent, 1},
		{"overlapping loads restore once", 100, loadGCPercent, 4},
		{"a lower target is kept", 20, 20, 1},
		{"off stays off", -1, -1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetGCPercent(tt.before)
			var restores []func()
			for range tt.concurrent {
				restores = append(restores, lowerGCForLoad())
			}
			if got := debug.SetGCPercent(tt.during); got != tt.during {
				t.Errorf("during the load: GC percent %d, want %d", got, tt.during)
			}
			// Finish out of order: the last one out restores.
			for i := len(restores) - 1; i >= 0; i-- {
				restores[i]()
			}
			if got := debug.SetGCPercent(tt.before); got != tt.before {
				t.Errorf("after the loads: GC percent %d, want %d", got, tt.before)
			}
		})
	}
}

func TestConcurrentLoadsRestoreGC(t *testing.T) {
	orig := debug.SetGCPercent(100)
	defer debug.SetGCPercent(orig)
	fsys := fstest.MapFS{"a.txt": {Data: []byte("Peru has noted the difficulty of attribution in cyberspace.\n")}}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := Load(context.Background(), fsys, Options{}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("after concurrent loads: GC percent %d, want 100", got)
	}
}

// The index build memoises stems per load; the words of a corpus must not
// stay in the process-wide Stem cache after it (they cost ~40 MB at 100k
// statements).
func TestIndexBuildLeavesStemCache(t *testing.T) {
	word := "quorvalimenting" // in no lexicon, no question of any test
	fsys := fstest.MapFS{"a.txt": {Data: []byte("Peru supports " + word + " in cyberspace.\n")}}
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := stemCache.Load(word); ok {
		t.Errorf("%q is in the process-wide stem cache after a load", word)
	}
	if _, ok := stemFront.get(word); ok {
		t.Errorf("%q is in the stem cache's front after a load", word)
	}
	// The word is still indexed under its stem.
	if c.DocFreq(Stem(word)) != 1 {
		t.Errorf("DocFreq(Stem(%q)) = %d, want 1", word, c.DocFreq(Stem(word)))
	}
}

// Postings keep term frequencies in one byte, and the rare larger one
// exactly beside them: a word repeated 255 times or more in one paragraph
// keeps its count, whichever side of the byte's range it falls on.
func TestPostingsCompact(t *testing.T) {
	for _, n := range []int{1, 254, 255, 256, 300} {
		text := "Peru supports responsible state behaviour in cyberspace, and" + strings.Repeat(" norms", n) + ".\n\nChile supports norms of responsible state behaviour and more norms.\n"
		c, err := Load(context.Background(), fstest.MapFS{"a.txt": {Data: []byte(text)}}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		id, ok := c.idx.stems.id(Stem("norms"))
		if !ok {
			t.Fatal("norms not indexed")
		}
		l := decodeList(&c.idx.post, id)
		if len(l) != 2 {
			t.Fatalf("n=%d: %d postings of norms, want 2", n, len(l))
		}
		for _, pt := range l {
			want := uint32(n)
			if c.Statement(int(c.idx.docStmt[pt[0]])).Country == "Chile" {
				want = 2
			}
			if pt[1] != want {
				t.Errorf("n=%d: tf %v, want %v", n, pt[1], want)
			}
		}
	}
}

// isBinary reads 8 bytes at a time; it must count exactly what a byte loop
// counts, wherever the control characters fall.
func TestIsBinaryMatchesByteLoop(t *testing.T) {
	ref := func(b []byte) bool {
		n := min(len(b), 8192)
		ctl := 0
		for _, c := range b[:n] {
			if c == 0 {
				return true
			}
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				ctl++
			}
		}
		return ctl*10 > n
	}
	alphabet := []byte("ab \n\r\t\f\x01\x1b\x1f\x7f\xc2é")
	rng := uint64(1)
	next := func() uint64 { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng }
	differ := 0
	for round := range 3000 {
		n := int(next() % 9000)
		b := make([]byte, n)
		dense := next()%16 + 1 // vary how many control bytes a text holds
		for i := range b {
			if next()%dense == 0 {
				b[i] = alphabet[next()%uint64(len(alphabet))]
			} else {
				b[i] = 'a' + byte(next()%26)
			}
		}
		if got, want := isBinary(b), ref(b); got != want {
			t.Fatalf("round %d (%d bytes): isBinary %v, byte loop %v", round, n, got, want)
		}
		if ref(b) {
			differ++
		}
	}
	if differ == 0 {
		t.Fatal("no input was binary: the test compares nothing")
	}
}

// A load sets a soft memory limit from the live heap, follows it from
// collection to collection, never raises the process's own limit, and the
// last of overlapping loads restores it.
func TestLoadMemoryLimit(t *testing.T) {
	orig := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(orig)
	tests := []struct {
		name       string
		before     int64
		lowered    bool
		concurrent int
	}{
		{"no limit: one is set", math.MaxInt64, true, 1},
		{"overlapping loads restore once", math.MaxInt64, true, 3},
		{"a stricter process limit is kept", 1 << 20, false, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(tt.before)
			runtime.GC()
			var restores []func()
			for range tt.concurrent {
				restores = append(restores, lowerGCForLoad())
			}
			// The heap grows during the load; after a collection the
			// limit follows what it found live.
			hold := make([][]byte, 0, 64)
			for range 64 {
				hold = append(hold, make([]byte, 1<<20))
			}
			runtime.GC()
			runtime.GC() // finalizers of the first cycle have run by the second
			during := debug.SetMemoryLimit(-1)
			live := memlimit.Live()
			if tt.lowered {
				if during >= tt.before {
					t.Errorf("during the load: limit %d, want one set", during)
				}
				if want, _ := loadLimit(live, tt.before, false); during < int64(64<<20) || during > want+(16<<20) {
					t.Errorf("during the load: limit %d with %d live, want about %d (it follows the live heap)", during, live, want)
				}
			} else if during != tt.before {
				t.Errorf("during the load: limit %d, want the process's %d kept", during, tt.before)
			}
			runtime.KeepAlive(hold)
			for i := len(restores) - 1; i >= 0; i-- {
				if got := debug.SetMemoryLimit(-1); got == tt.before && tt.lowered && i > 0 {
					t.Errorf("restored with %d loads still running", i+1)
				}
				restores[i]()
			}
			if got := debug.SetMemoryLimit(-1); got != tt.before {
				t.Errorf("after the loads: limit %d, want %d", got, tt.before)
			}
		})
	}
}

func TestLoadLimit(t *testing.T) {
	tests := []struct {
		live     uint64
		prev     int64
		building bool
		want     int64
		ok       bool
	}{
		{0, math.MaxInt64, false, 0, false},
		{100 << 20, math.MaxInt64, false, 100<<20 + parseLimitFloor, true}, // a fixed headroom over the live heap
		{100 << 20, math.MaxInt64, true, 100<<20 + buildLimitFloor, true},
		{100 << 20, 100 << 20, false, 0, false},
		{100 << 20, 100 << 20, true, 0, false},
		{1 << 20, math.MaxInt64, false, 1<<20 + parseLimitFloor, true},
		{134 << 20, math.MaxInt64, true, 134<<20 + buildLimitFloor, true}, // the store built beside the analyses
		{100 << 20, 400 << 20, true, 100<<20 + buildLimitFloor, true},     // the process's own limit is looser
		{math.MaxUint64, math.MaxInt64, true, 0, false},
	}
	for _, tt := range tests {
		got, ok := loadLimit(tt.live, tt.prev, tt.building)
		if got != tt.want || ok != tt.ok {
			t.Errorf("loadLimit(%d, %d, %v) = %d, %v; want %d, %v", tt.live, tt.prev, tt.building, got, ok, tt.want, tt.ok)
		}
	}
}

var loadHeld [][]byte

// Once the files are merged (loadBuilding) the limit is the build stage's,
// and it follows the live heap down when the heap falls (the analyses and
// the merger's records go while the store is built: a limit kept at its
// highest let the index build climb back to the merge's peak); the next
// load starts in the parse stage.
func TestLoadBuildStageLimit(t *testing.T) {
	orig := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(orig)
	for range 48 {
		loadHeld = append(loadHeld, make([]byte, 1<<20))
	}
	runtime.GC()
	restore := lowerGCForLoad()
	parse := debug.SetMemoryLimit(-1)
	loadBuilding()
	build := debug.SetMemoryLimit(-1)
	if want, _ := loadLimit(memlimit.Live(), math.MaxInt64, true); build != want || build > parse {
		t.Errorf("build stage: limit %d, want %d, not above the parse stage's %d", build, want, parse)
	}
	loadHeld = nil
	runtime.GC()
	runtime.GC() // the first cycle's finalizers have run by the second
	// 48 MB less, give or take the test's own heap:
	if got, want := debug.SetMemoryLimit(-1), build-24<<20; got > want {
		t.Errorf("after the live heap fell by 48 MB: limit %d, want it to follow the heap down from %d to at most %d", got, build, want)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("after the load: limit %d, want none", got)
	}
	restore = lowerGCForLoad()
	defer restore()
	if got, want := debug.SetMemoryLimit(-1), func() int64 { l, _ := loadLimit(memlimit.Live(), math.MaxInt64, false); return l }(); got != want {
		t.Errorf("next load: limit %d, want the parse stage's %d", got, want)
	}
}

// A serving process's limit (memlimit.Serve: headroom over one corpus) is
// lifted for a load, which sets its own from the process's limit, and
// applies again when the load ends; a load under it completes.
func TestLoadLiftsServingLimit(t *testing.T) {
	orig := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(orig)
	stop := memlimit.Serve(memlimit.Policy{HeadroomPercent: 1, Floor: 1 << 20})
	defer stop()
	serving := debug.SetMemoryLimit(-1)
	if serving == math.MaxInt64 {
		t.Fatal("Serve set no limit")
	}
	restore := lowerGCForLoad()
	during := debug.SetMemoryLimit(-1)
	if want, _ := loadLimit(memlimit.Live(), math.MaxInt64, false); during != want || during <= serving {
		t.Errorf("during the load: limit %d, want the load's own %d (serving %d)", during, want, serving)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got == math.MaxInt64 || got >= during {
		t.Errorf("after the load: limit %d, want the serving limit back (about %d)", got, serving)
	}
	fsys := fstest.MapFS{"a.txt": {Data: []byte("Peru has noted the difficulty of attribution in cyberspace.\n")}}
	if _, err := Load(context.Background(), fsys, Options{}); err != nil {
		t.Fatalf("a load under the serving limit: %v", err)
	}
	if got := debug.SetMemoryLimit(-1); got == math.MaxInt64 {
		t.Error("after a load: the serving limit was not put back")
	}
}
