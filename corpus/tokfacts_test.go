package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// TestTokFactsMatchPasses holds the analysis's one look-up per word (see
// tokfacts.go) to the passes it stands for: the same tokens as
// appendTokens, and for each the key Fold gives, the stem ID
// termMaker.word gives and the marker markerOf gives, over every
// paragraph of the test corpora and words the cache must tell apart
// (cases, apostrophes, accents, abbreviations, words too long for a slot).
func TestTokFactsMatchPasses(t *testing.T) {
	paras := []string{
		"The U.S. and the E.U. said L'Inde's position is the State’s own; d'Ivoire, Côte d'Ivoire.",
		"Brazil's delegation ARGUED that capacity-building matters. Brazil BRAZIL brazil Brazil’s.",
		"Le Tchad soutient la initiative. La République démocratique du Congo a déclaré que l’élaboration compte.",
		"Internationalisationwordsthatarelong and Internationalisationwordsthatarelonger words repeat.",
		"El Salvador y Perú apoyan la propuesta de los Estados Unidos.",
		"",
		"1st session, 2024: ÉTATS-UNIS, Türkiye; the Netherlands’ view.",
	}
	for _, dir := range []string{"../seeds", "../testdata"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
		more, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range append(files, more...) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			paras = append(paras, paragraphs(string(b))...)
		}
	}
	if len(paras) < 50 {
		t.Fatalf("only %d paragraphs read: the corpora moved?", len(paras))
	}
	tm := newTermMaker(DefaultLexicon(), defaultGazetteer())
	sc := tm.pool.Get().(*termScratch)
	ref := new(termScratch)
	// Twice: the second pass reads the cache's slots.
	for round := range 2 {
		for _, p := range paras {
			toks := tm.analysisTokens(sc, p)
			want := appendTokens(nil, p)
			if len(toks) != len(want) || len(want) > 0 && !reflect.DeepEqual(toks, want) {
				t.Fatalf("round %d: tokens of %q differ:\n got %+v\nwant %+v", round, p, toks, want)
			}
			if len(sc.tf) != len(toks) || len(sc.akeys) != len(toks) {
				t.Fatalf("%q: %d tokens, %d facts, %d keys", p, len(toks), len(sc.tf), len(sc.akeys))
			}
			for i, tk := range toks {
				f := sc.tf[i]
				if k := Fold(tk.Lower); sc.akeys[i] != k {
					t.Errorf("%q: key of %q = %q, want %q", p, tk.Orig, sc.akeys[i], k)
				}
				if id := tm.word(ref, tk.Lower); f.id != id {
					t.Errorf("%q: stem ID of %q = %d, want %d", p, tk.Orig, f.id, id)
				}
				if m := markerOf(tk.Lower); f.mark != m {
					t.Errorf("%q: marker of %q = %d, want %d", p, tk.Orig, f.mark, m)
				}
			}
			if pl := paragraphLang(toks); paragraphLangFacts(toks, sc.tf) != pl {
				t.Errorf("%q: language differs from paragraphLang's %q", p, pl)
			}
			sc.dropTokens()
		}
	}
}

// TestLoadWithFactsUnchanged loads every test corpus with the fact cache
// from the first paragraph and without it: the statements, their
// attribution, the version and the index (terms, postings, themes) are
// the same.
func TestLoadWithFactsUnchanged(t *testing.T) {
	dirs := []string{"../seeds"}
	more, _ := filepath.Glob("../testdata/*")
	for _, d := range more {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			dirs = append(dirs, d)
		}
	}
	saved := factsAfter
	defer func() { factsAfter = saved }()
	load := func(after int32, dir string) *Corpus {
		factsAfter = after
		c, err := LoadDir(t.Context(), dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	for _, dir := range dirs {
		with, without := load(0, dir), load(1<<30, dir)
		if with.Version != without.Version || with.Len() != without.Len() {
			t.Fatalf("%s: version %s with the cache, %s without", dir, with.Version, without.Version)
		}
		for i := range with.Len() {
			if a, b := with.Statement(i), without.Statement(i); !reflect.DeepEqual(a, b) {
				t.Fatalf("%s: statement %d differs:\n with    %+v\n without %+v", dir, i, a, b)
			}
		}
		if !reflect.DeepEqual(with.idx.post, without.idx.post) || with.idx.stems.words != without.idx.stems.words || !slices.Equal(with.idx.stems.off, without.idx.stems.off) || // (its table's seed is random)
			!reflect.DeepEqual(with.idx.docLen, without.idx.docLen) || !reflect.DeepEqual(with.idx.lang, without.idx.lang) ||
			!reflect.DeepEqual(with.idx.themeSets, without.idx.themeSets) {
			t.Fatalf("%s: the index differs with the cache", dir)
		}
	}
}

// TestTokFactsKeepNoText: the analysis may read a paragraph from a
// worker's buffer that is then reused (see paraCache.lookup), so the fact
// cache keeps no string that views the text, though Fold returns part of
// an elided word ("information" of "d'information").
func TestTokFactsKeepNoText(t *testing.T) {
	tm := newTermMaker(DefaultLexicon(), defaultGazetteer())
	sc := tm.pool.Get().(*termScratch)
	for _, text := range []string{"d'information l'élaboration qu'il L'Inde", "Brazil’s d’Ivoire l'inde"} {
		buf := []byte(text)
		toks := tm.analysisTokens(sc, unsafe.String(&buf[0], len(buf)))
		var want []string
		for _, tk := range toks {
			want = append(want, strings.Clone(Fold(tk.Lower)))
		}
		sc.dropTokens()
		again := []byte(text)
		for i := range buf {
			buf[i] = 'x' // the worker's buffer, reused
		}
		tm.analysisTokens(sc, unsafe.String(&again[0], len(again)))
		if !slices.Equal(sc.akeys, want) {
			t.Errorf("%q: keys %q after the first text's bytes changed, want %q", text, sc.akeys, want)
		}
		sc.dropTokens()
	}
}

// TestFactCacheTwoWay: two words of the same set both stay cached (with
// one slot per hash the second evicted the first, half of a 100k load's
// misses); a third evicts the one looked up longest ago, and every look-up,
// hit or miss, gives the facts factsOf gives.
func TestFactCacheTwoWay(t *testing.T) {
	tm := newTermMaker(DefaultLexicon(), defaultGazetteer())
	sc := tm.pool.Get().(*termScratch)
	sc.facts = new(factCache)
	setOf := factSetOf
	// Three words (one capitalised, so its lower form and key are its
	// own strings) that fall in one set.
	var same []string
	for i := 0; len(same) < 3; i++ {
		w := fmt.Sprintf("word%d", i)
		if len(same) == 1 {
			w = fmt.Sprintf("Word%d", i)
		}
		if len(same) == 0 || setOf(w) == setOf(same[0]) {
			same = append(same, w)
		}
	}
	a, b, c := same[0], same[1], same[2]
	held := func(w string) bool {
		set := &sc.facts.sets[setOf(w)]
		for i := range set {
			if string(set[i].word[:set[i].n]) == w {
				return true
			}
		}
		return false
	}
	check := func(w string) {
		t.Helper()
		lower, key, f := tm.lookupFacts(sc, w)
		wl, wk, wf := tm.factsOf(new(termScratch), lowerWord(w))
		if lower != wl || key != wk || f != wf {
			t.Errorf("%q: facts %q %q %+v, want %q %q %+v", w, lower, key, f, wl, wk, wf)
		}
	}
	for _, tt := range []struct {
		look      []string
		held, not []string
	}{
		{look: []string{a, b}, held: []string{a, b}, not: []string{c}},
		{look: []string{a, b, a, b}, held: []string{a, b}, not: []string{c}}, // hits move nothing
		{look: []string{c}, held: []string{b, c}, not: []string{a}},          // a was filled first
		{look: []string{a}, held: []string{c, a}, not: []string{b}},
	} {
		for _, w := range tt.look {
			check(w)
		}
		for _, w := range tt.held {
			if !held(w) {
				t.Errorf("after %q: %q not cached", tt.look, w)
			}
		}
		for _, w := range tt.not {
			if held(w) {
				t.Errorf("after %q: %q still cached", tt.look, w)
			}
		}
	}
}

// TestFactSetOfSpreads: factSetOf takes words of every length a slot
// holds, and spreads the distinct words of the testdata pages over the
// fact cache's sets as evenly as a random hash would (no set holds more
// than a few times its share): a poor spread costs misses, never facts.
func TestFactSetOfSpreads(t *testing.T) {
	for n := 1; n <= factSlotLen; n++ {
		if s := factSetOf(strings.Repeat("a", n)); s >= factCacheSets {
			t.Fatalf("factSetOf of %d bytes = %d, past %d sets", n, s, factCacheSets)
		}
	}
	seen := map[string]bool{}
	count := make([]int, factCacheSets)
	err := filepath.WalkDir("../testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, tok := range Tokenize(string(raw)) {
			if w := tok.Orig; w != "" && len(w) <= factSlotLen && !seen[w] {
				seen[w] = true
				count[factSetOf(w)]++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) < 2*factCacheSets {
		t.Fatalf("only %d distinct words in testdata", len(seen))
	}
	mean, most := float64(len(seen))/factCacheSets, slices.Max(count)
	if float64(most) > 2*mean+12 {
		t.Errorf("%d distinct words: the fullest set holds %d, the mean %.1f", len(seen), most, mean)
	}
	t.Logf("%d distinct words: the fullest set holds %d, the mean %.1f", len(seen), most, mean)
}
