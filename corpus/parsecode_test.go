package corpus

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"unsafe"
	"weak"
)

// TestParseCoderLetsTextGo: once the vocabulary is made, a paragraph's
// analysis keeps its code, not its text: when every file is merged (the
// analyses all still live), the plain text each coded analysis was made
// from is unreachable. It fails if an analysis keeps a string that views
// its text and parseCoder's eachString does not copy it aside: that
// string would keep the whole paragraph, and the load's peak would hold
// the text plain again. The vocabulary is made after the first file, so
// every analysis made once the merger has seen it is coded.
func TestParseCoderLetsTextGo(t *testing.T) {
	defer setVocabSample(1)()
	dirs, _ := filepath.Glob("../testdata/*")
	total := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var mu sync.Mutex
			plain := map[*paraInfo]weak.Pointer[byte]{}
			analysisMade = func(info *paraInfo) {
				mu.Lock()
				defer mu.Unlock()
				plain[info] = weak.Make(unsafe.StringData(info.body))
			}
			defer func() { analysisMade = nil }()
			coded, alive := 0, 0
			var kept []string
			loadMerged = func(*termMaker, *merger) {
				runtime.GC()
				runtime.GC()
				mu.Lock()
				defer mu.Unlock()
				for info, w := range plain {
					if !info.coded {
						continue
					}
					coded++
					if w.Value() != nil {
						alive++
						if len(kept) < 3 {
							kept = append(kept, info.body)
						}
					}
				}
			}
			defer func() { loadMerged = nil }()
			// One worker: the files after the first are parsed once the
			// vocabulary is made, not beside the first.
			c, err := LoadDir(context.Background(), dir, Options{Workers: 1})
			if err != nil {
				t.Skip(err) // not a corpus
			}
			total += coded
			if alive > 0 {
				t.Errorf("%d of %d coded analyses still reach their plain text when every file is merged (codes %q)", alive, coded, kept)
			}
			runtime.KeepAlive(c)
		})
	}
	t.Logf("%d analyses coded during the parse", total)
	if total < 100 {
		t.Errorf("%d analyses coded during the parse over %d corpora: the test checks too little", total, len(dirs))
	}
}
