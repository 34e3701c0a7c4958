package corpus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unsafe"
	"weak"
)

// weakArrays returns weak pointers to the backing arrays of a strTable.
func weakArrays(t *strTable) []weak.Pointer[byte] {
	var ws []weak.Pointer[byte]
	if len(t.slots) > 0 {
		ws = append(ws, weak.Make((*byte)(unsafePointer(&t.slots[0]))))
	}
	for _, b := range t.blocks {
		ws = append(ws, weak.Make((*byte)(unsafePointer(&b[:1][0]))))
	}
	for _, b := range t.bytes {
		ws = append(ws, weak.Make(&b[:1][0]))
	}
	return ws
}

func countAlive(ws []weak.Pointer[byte]) int {
	n := 0
	for _, w := range ws {
		if w.Value() != nil {
			n++
		}
	}
	return n
}

// The word table goes once every paragraph is analysed (it was ~9 MB of
// a 100k-statement load's peak), and a word looked up after it gets the
// ID it had: the index build reads the words of a few statements again.
func TestInternerDropWords(t *testing.T) {
	in := newInterner()
	words := []string{"cooperation", "cooperate", "cooperating", "the", "norms", "norm", "sovereignty", "ransomware", "tapobonuzo"}
	for i := range 3000 {
		words = append(words, fmt.Sprintf("word%dness", i))
	}
	ids := map[string]uint32{}
	for _, w := range words {
		ids[w] = in.word(w)
	}
	var ws []weak.Pointer[byte]
	for k := range in.words {
		ws = append(ws, weakArrays(&in.words[k].strTable)...)
	}
	stems := in.next.Load()
	in.dropWords()
	runtime.GC()
	runtime.GC()
	if n := countAlive(ws); n != 0 {
		t.Errorf("%d of the word table's %d arrays still reachable after dropWords", n, len(ws))
	}
	for _, w := range words {
		if got := in.word(w); got != ids[w] {
			t.Errorf("%q: ID %d after the word table went, %d before", w, got, ids[w])
		}
	}
	if got := in.next.Load(); got != stems {
		t.Errorf("%d stems after looking the words up again, %d before", got, stems)
	}
	for k := range in.words {
		if in.words[k].n != 0 {
			t.Fatalf("shard %d of the dropped word table holds %d words", k, in.words[k].n)
		}
	}
	runtime.KeepAlive(in)
}

// A load lets go of the interner's word table before it builds the
// statements (and of the files' names before it stores them), and of the
// merger's file lists before it builds the index
// (weak pointers, as TestLoadFreesAnalysesBeforeIndex): it fails if the
// load, the term maker or the merger keeps either.
func TestLoadFreesTransients(t *testing.T) {
	for _, d := range []string{"altcorpus", "altcorpus-mirrors", "pages3", "esfr"} {
		t.Run(d, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", d)
			if _, err := os.Stat(dir); err != nil {
				t.Skipf("no corpus %s", dir)
			}
			var words, files, pend []weak.Pointer[byte]
			var names weak.Pointer[byte] // the files' names in path order (their slab)
			var tm *termMaker            // held strongly: only the load's own references may go
			loadMerged = func(x *termMaker, m *merger) {
				tm = x
				for k := range x.in.words {
					words = append(words, weakArrays(&x.in.words[k].strTable)...)
				}
				names = weak.Make(&m.names.blob[:1][0])
				for _, b := range m.files.blocks {
					files = append(files, weak.Make((*byte)(unsafePointer(&b[0]))))
				}
				for _, b := range m.stmts.blocks {
					pend = append(pend, weak.Make((*byte)(unsafePointer(&b[0]))))
				}
			}
			defer func() { loadMerged = nil }()
			wordsAlive, filesAlive, pendAlive, namesAlive := -1, -1, -1, true
			beforeStore = func() {
				runtime.GC()
				runtime.GC()
				namesAlive = names.Value() != nil
				pendAlive = countAlive(pend)
			}
			defer func() { beforeStore = nil }()
			opts := Options{Phase: func(name string) {
				switch name {
				case "finish":
					runtime.GC()
					runtime.GC()
					wordsAlive = countAlive(words)
				case "index":
					runtime.GC()
					runtime.GC()
					filesAlive = countAlive(files)
				}
			}}
			c, err := LoadDir(context.Background(), dir, opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(words) == 0 || len(files) == 0 || len(pend) == 0 {
				t.Fatalf("%d word table arrays, %d file list blocks, %d pending record blocks seen", len(words), len(files), len(pend))
			}
			if pendAlive != 0 {
				t.Errorf("%d of %d pending record blocks reachable when the statements are stored", pendAlive, len(pend))
			}
			if wordsAlive != 0 {
				t.Errorf("%d of %d word table arrays reachable when the statements are built", wordsAlive, len(words))
			}
			if namesAlive {
				t.Error("the files' names reachable when the statements are stored")
			}
			if filesAlive != 0 {
				t.Errorf("%d of %d file list blocks reachable when the index build starts", filesAlive, len(files))
			}
			runtime.KeepAlive(tm)
			runtime.KeepAlive(c)
		})
	}
}

func unsafePointer[T any](p *T) unsafe.Pointer { return unsafe.Pointer(p) }

// Once the merger has the names in path order, the queue hands out the
// rest of the walk-order names from that list, the same names under the
// same walk indices, and its own walk-order list is let go of.
func TestFileQueueSorted(t *testing.T) {
	q := newFileQueue()
	walk := []string{"b.txt", "a/z.txt", "c.txt", "a/b.txt", "0.txt"}
	for _, n := range walk {
		dir, base := ".", n
		if k := strings.LastIndexByte(n, '/'); k >= 0 {
			dir, base = n[:k], n[k+1:]
		}
		if err := q.push(dir, base); err != nil {
			t.Fatal(err)
		}
	}
	got := map[int]string{}
	for range 2 {
		i, n, ok := q.take()
		if !ok {
			t.Fatal("no name to take")
		}
		got[i] = n
	}
	w := weak.Make(&q.all().blob[:1][0])
	byPath := namesOf("0.txt", "a/b.txt", "a/z.txt", "b.txt", "c.txt")
	rank := []uint32{3, 2, 4, 1, 0}
	q.sorted(byPath, rank)
	q.finish() // the walk's deferred finish may come after
	for {
		i, n, ok := q.take()
		if !ok {
			break
		}
		if _, dup := got[i]; dup {
			t.Fatalf("walk index %d handed out twice", i)
		}
		got[i] = n
	}
	for i, n := range walk {
		if got[i] != n {
			t.Errorf("walk index %d: %q, want %q", i, got[i], n)
		}
	}
	runtime.GC()
	runtime.GC()
	if w.Value() != nil {
		t.Error("the walk-order list is still reachable after sorted")
	}
	runtime.KeepAlive(q)
}
