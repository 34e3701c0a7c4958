package corpus

import (
	"fmt"
	"hash/maphash"
	"strings"
	"sync"
	"testing"
)

// The interner's table finds every string it holds, with its value and
// second string, across block boundaries, growth, and strings longer
// than a byte block.
func TestStrTable(t *testing.T) {
	tb := strTable{hasAux: true, seed: maphash.MakeSeed()}
	hash := func(s string) uint32 { return strHash(tb.seed, []byte(s)) }
	key := func(i int) string {
		switch {
		case i%5000 == 7:
			return strings.Repeat(fmt.Sprint(i), strBlock/3) // longer than a block
		case i%3 == 0:
			return fmt.Sprintf("w%d", i)
		}
		return fmt.Sprintf("word-%d-%s", i, strings.Repeat("x", i%40))
	}
	const n = 20000
	for i := range n {
		s := key(i)
		if _, ok := tb.find(hash(s), s); ok {
			t.Fatalf("%d found before it was added", i)
		}
		aux := ""
		if i%2 == 0 {
			aux = "aux" + s
		}
		tb.add(hash(s), s, uint32(i), aux)
	}
	for i := range n {
		s := key(i)
		e, ok := tb.find(hash(s), s)
		if x := tb.at(e); !ok || x.val != uint32(i) || tb.str(x.ref, x.n) != s {
			t.Fatalf("%d: found %v", i, ok)
		}
		if want, a := map[bool]string{true: "aux" + s, false: ""}[i%2 == 0], tb.auxAt(e); tb.str(a.ref, a.n) != want {
			t.Fatalf("%d: second string %q", i, tb.str(a.ref, a.n))
		}
		if _, ok := tb.find(hash(s+"!"), s+"!"); ok {
			t.Fatalf("%d: a different string found", i)
		}
	}
}

// Concurrent workers get one ID per stem, the stem's first word, and
// whether another word was seen with it.
func TestInternerConcurrent(t *testing.T) {
	in := newInterner()
	words := []string{"cooperation", "cooperate", "norms", "norm", "the", "sovereignty", "tapobonuzo"}
	var wg sync.WaitGroup
	ids := make([][]uint32, 4)
	for g := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				for _, w := range words {
					ids[g] = append(ids[g], in.word(w))
				}
			}
		}()
	}
	wg.Wait()
	for g := range ids {
		for k, id := range ids[g] {
			if id != ids[0][k%len(words)] {
				t.Fatalf("worker %d: %q has IDs %d and %d", g, words[k%len(words)], id, ids[0][k%len(words)])
			}
		}
	}
	if ids[0][4] != stopID {
		t.Errorf("stop word has ID %d", ids[0][4])
	}
	got := map[string]string{}
	in.eachStem(func(stem string, id uint32, surface string, multi bool) {
		got[stem] = fmt.Sprint(surface != "", multi)
	})
	want := map[string]string{stemWord("cooperation"): "true true", stemWord("norms"): "true true", stemWord("sovereignty"): "true false", stemWord("tapobonuzo"): "true false"}
	for s, w := range want {
		if got[s] != w {
			t.Errorf("stem %q: (has surface, multi) = %s, want %s", s, got[s], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d stems, want %d: %v", len(got), len(want), got)
	}
}
