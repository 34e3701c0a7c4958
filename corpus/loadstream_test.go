package corpus

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"weak"
)

// TestLoadFreesAnalysesBeforeIndex: once every file is merged no
// paragraph is looked up again, so by the time the index is built no
// paragraph analysis may be reachable: not from the parse cache, the
// merger's statements, another analysis (the paragraph that followed it,
// a comparison's parts) or anything the corpus keeps. At 100k statements
// they were ~50 MB of the load's live heap; held into the index build
// they set its peak. Corpora of every page shape the parse knows
// (repeats across mirrors, headings, speakers' turns, comparisons cut
// into parts, interviews, Spanish and French).
func TestLoadFreesAnalysesBeforeIndex(t *testing.T) {
	dirs := []string{"altcorpus", "altcorpus-mirrors", "pages3", "records", "parliament", "documents", "delegations", "esfr", "policies"}
	for _, d := range dirs {
		t.Run(d, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", d)
			if _, err := os.Stat(dir); err != nil {
				t.Skipf("no corpus %s", dir)
			}
			var mu sync.Mutex
			var made []weak.Pointer[paraInfo]
			analysisMade = func(p *paraInfo) {
				mu.Lock()
				made = append(made, weak.Make(p))
				mu.Unlock()
			}
			defer func() { analysisMade = nil }()
			alive := -1
			opts := Options{Phase: func(name string) {
				if name != "index" {
					return
				}
				runtime.GC()
				runtime.GC()
				mu.Lock()
				defer mu.Unlock()
				alive = 0
				for _, w := range made {
					if w.Value() != nil {
						alive++
					}
				}
			}}
			c, err := LoadDir(context.Background(), dir, opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(made) == 0 || c.Len() == 0 {
				t.Fatalf("%d analyses made for %d statements", len(made), c.Len())
			}
			if alive != 0 {
				t.Errorf("%d of %d paragraph analyses still reachable when the index build starts", alive, len(made))
			}
			runtime.KeepAlive(c)
		})
	}
}

// TestLoadLimitStages: the load's limit from the heap a collection found
// live, in each stage, and never above a limit the process set itself.
// The build stage's limit is computed from the live heap alone, so it
// follows the heap down (the analyses and the merger's records go while
// the store is built); setLoadLimit keeps no highest.
func TestLoadLimitStages(t *testing.T) {
	const mb = 1 << 20
	none := int64(math.MaxInt64)
	tests := []struct {
		name     string
		live     uint64
		prev     int64
		building bool
		want     int64 // 0: no limit set
	}{
		{"parse, nothing measured", 0, none, false, 0},
		{"parse", 100 * mb, none, false, 100*mb*5/4 + 16*mb},
		{"parse, the end of a 100k load", 130 * mb, none, false, 130*mb*5/4 + 16*mb},
		{"build, store and analyses live", 134 * mb, none, true, 134*mb*5/4 + 16*mb},
		{"build, after the merger's records went", 100 * mb, none, true, 100*mb*5/4 + 16*mb},
		{"the process's own limit is stricter", 100 * mb, 120 * mb, false, 0},
		{"the process's own limit is looser", 100 * mb, 400 * mb, true, 100*mb*5/4 + 16*mb},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := loadLimit(tt.live, tt.prev, tt.building)
			if !ok {
				got = 0
			}
			if got != tt.want {
				t.Errorf("loadLimit(%d MiB, building %v) = %.1f MiB, want %.1f MiB", tt.live/mb, tt.building, float64(got)/mb, float64(tt.want)/mb)
			}
		})
	}
}
