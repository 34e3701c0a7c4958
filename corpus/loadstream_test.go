package corpus

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"weak"
)

// TestLoadFreesAnalysesBeforeIndex: once every file is merged no
// paragraph is looked up again, so by the time the statements are stored
// (and then the index is built) no paragraph analysis may be reachable:
// not from the parse cache, the merger's statements, another analysis
// (the paragraph that followed it, a comparison's parts) or anything the
// corpus keeps. At 100k statements they were ~50 MB of the load's live
// heap; held into the index build they set its peak, and held into the
// store (~20 MB) they set the store's (see takeStoreInputs). Corpora of every page shape the parse knows
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
			alive := map[string]int{}
			check := func(stage string) {
				runtime.GC()
				runtime.GC()
				mu.Lock()
				defer mu.Unlock()
				alive[stage] = 0
				for _, w := range made {
					if w.Value() != nil {
						alive[stage]++
					}
				}
			}
			beforeStore = func() { check("store") }
			defer func() { beforeStore = nil }()
			opts := Options{Phase: func(name string) {
				if name == "index" {
					check("index")
				}
			}}
			c, err := LoadDir(context.Background(), dir, opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(made) == 0 || c.Len() == 0 {
				t.Fatalf("%d analyses made for %d statements", len(made), c.Len())
			}
			for _, stage := range []string{"store", "index"} {
				if n, ok := alive[stage]; !ok || n != 0 {
					t.Errorf("%d of %d paragraph analyses still reachable when the %s stage starts (checked: %v)", n, len(made), stage, ok)
				}
			}
			runtime.KeepAlive(c)
		})
	}
}
