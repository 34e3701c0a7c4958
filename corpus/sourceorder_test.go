package corpus

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// TestSourcesInOrder holds the per-statement answer SourcesInOrder keeps
// to the check it stands for (every source undated, IDs increasing), on
// a corpus whose paragraphs repeat across files with dated and undated
// sources and with file names whose ID order is not their file order
// ("a-b.txt" sorts before "a.txt", but ID "a" before "a-b"); asked twice,
// and from several goroutines at once (run with -race).
func TestSourcesInOrder(t *testing.T) {
	paras := []string{
		"Peru has argued that attribution is a sovereign decision of each state.",
		"Kenya has stressed capacity building for developing states in cyberspace.",
		"Japan supports the application of international law to cyber operations.",
		"Brazil supports a programme of action on responsible state behaviour.",
	}
	fsys := fstest.MapFS{}
	names := []string{"a", "a-b", "b", "c", "d/e", "d/f", "g", "h", "i", "j"}
	var tsv strings.Builder
	tsv.WriteString("id\ttitle\turl\tpublisher\tdate\tlanguage\n")
	for i, name := range names {
		var b strings.Builder
		for k, p := range paras {
			if (i+k)%3 != 0 {
				b.WriteString(p + "\n\n")
			}
		}
		fsys[name+".txt"] = &fstest.MapFile{Data: []byte(b.String())}
		if i%5 == 4 {
			fmt.Fprintf(&tsv, "%s\tReport %d\t\t\t2021-0%d\ten\n", name, i, 1+i%9)
		}
	}
	fsys["sources.tsv"] = &fstest.MapFile{Data: []byte(tsv.String())}
	plain := func(t *testing.T, c *Corpus) {
		t.Helper()
		var want []bool
		for _, st := range c.Statements() {
			ids := st.Sources
			ok := true
			for k, id := range ids {
				if k > 0 && ids[k-1] >= id || !c.Source(id).Date.IsZero() {
					ok = false
				}
			}
			want = append(want, ok)
		}
		var wg sync.WaitGroup
		for g := range 4 {
			wg.Go(func() {
				for round := range 2 {
					for i := range c.Len() {
						st := c.Statement((i + g) % c.Len())
						if got := c.SourcesInOrder(&st); got != want[st.ID] {
							t.Errorf("round %d: SourcesInOrder(%d) = %v, sources %v", round, st.ID, got, st.Sources)
						}
					}
				}
			})
		}
		wg.Wait()
	}
	seen := map[bool]int{}
	for _, tsvOn := range []bool{false, true} {
		fs := fstest.MapFS{}
		for k, v := range fsys {
			if k != "sources.tsv" || tsvOn {
				fs[k] = v
			}
		}
		c, err := Load(context.Background(), fs, Options{})
		if err != nil {
			t.Fatal(err)
		}
		plain(t, c)
		for _, st := range c.Statements() {
			seen[c.SourcesInOrder(&st)]++
			// A statement made outside the corpus, or a copy with its own
			// source list, is checked, not looked up.
			want := c.SourcesInOrder(&st)
			st.Sources = slices.Clone(st.Sources)
			if got := c.SourcesInOrder(&st); got != want {
				t.Errorf("statement %d with a copied source list: %v, want %v", st.ID, got, want)
			}
			st.ID = -1
			if got := c.SourcesInOrder(&st); got != want {
				t.Errorf("statement outside the corpus: %v, want %v", got, want)
			}
		}
	}
	if seen[true] == 0 || seen[false] == 0 {
		t.Fatalf("plain %d, not plain %d: both answers must be tried", seen[true], seen[false])
	}
	plain(t, seedCorpus(t))
}
