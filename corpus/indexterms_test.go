package corpus

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// refIndex is the index's terms as a plain serial pass over the
// statements derives them, the way the index was built before the
// analysis handed its terms over: each statement tokenised (a Spanish or
// French one through its English reading), stop words dropped, stems
// numbered in order of first occurrence (statements in corpus order),
// acronym concepts (each with its forms mark) after the statement's words, and each stem's surface
// the first word seen with it.
type refIndex struct {
	stems   []string
	surface []string
	post    [][][2]uint32 // stem -> (statement, tf), statement order
	words   []int         // statement -> content words
	themes  [][]int
	counts  [][]uint16
	lang    []uint8
}

func buildRefIndex(c *Corpus) refIndex {
	var r refIndex
	ids := map[string]int{}
	for i, s := range c.Statements() {
		toks := Tokenize(s.Text)
		l := langEnglish
		if code := paragraphLang(toks); code != "" {
			l = langFrench
			if code == "es" {
				l = langSpanish
			}
			toks = Tokenize(DefaultTranslator().translate(code, s.Text, c.Gazetteer, func(string) bool { return true }, false).English)
		}
		r.lang = append(r.lang, l)
		var stems []string
		tf := map[int]uint32{}
		var order []int
		intern := func(stem, word string) {
			id, ok := ids[stem]
			if !ok {
				id = len(r.stems)
				ids[stem] = id
				r.stems = append(r.stems, stem)
				r.surface = append(r.surface, word)
				r.post = append(r.post, nil)
			}
			if tf[id] == 0 {
				order = append(order, id)
			}
			tf[id]++
		}
		for _, t := range toks {
			if stopWords[t.Lower] {
				continue
			}
			st := stemWord(t.Lower)
			stems = append(stems, st)
			intern(st, t.Lower)
		}
		defaultAcronyms().each(stems, func(_, _ int, concept string) {
			intern(concept, concept)
			if l == langEnglish {
				intern(concept+formsMark, "") // no surface word
			}
		})
		for _, id := range order {
			r.post[id] = append(r.post[id], [2]uint32{uint32(i), tf[id]})
		}
		r.words = append(r.words, len(stems))
		ts, cs := c.Lexicon.themeCounts(stems)
		r.themes = append(r.themes, ts)
		r.counts = append(r.counts, cs)
	}
	return r
}

// checkIndexTerms compares c's index with the plain serial derivation.
func checkIndexTerms(t *testing.T, c *Corpus) {
	t.Helper()
	ix := &c.idx
	r := buildRefIndex(c)
	if ix.stems.len() != len(r.stems) {
		t.Fatalf("%d stems, want %d", ix.stems.len(), len(r.stems))
	}
	bad := 0
	fail := func(format string, args ...any) {
		if bad++; bad <= 10 {
			t.Errorf(format, args...)
		}
	}
	for id := range uint32(len(r.stems)) {
		if got := ix.stems.stem(id); got != r.stems[id] {
			fail("stem %d = %q, want %q", id, got, r.stems[id])
			continue
		}
		got := decodeList(&ix.post, id)
		// The index lists docs (country by country); the reference lists statements.
		want := make([][2]uint32, len(r.post[id]))
		for k, pt := range r.post[id] {
			want[k] = [2]uint32{ix.stmtDoc(int(pt[0])), pt[1]}
		}
		slices.SortFunc(want, func(a, b [2]uint32) int { return int(a[0]) - int(b[0]) })
		if !slices.Equal(got, want) {
			fail("postings of %q = %v, want %v", r.stems[id], got, want)
		}
		if len(want) >= 2 && ix.stems.surface(id) != r.surface[id] {
			fail("surface of %q = %q, want %q", r.stems[id], ix.stems.surface(id), r.surface[id])
		}
	}
	total := 0
	for i := range c.Len() {
		total += r.words[i]
		if got := int(ix.docLen[ix.stmtDoc(i)]); got != min(r.words[i], 1<<16-1) {
			fail("statement %d: %d words, want %d", i, got, r.words[i])
		}
		// (A section heading's themes are the statement's too: see TestSectionThemes.)
		want, _ := withSection(slices.Clone(r.themes[i]), make([]uint16, len(r.themes[i])), ix.sections[i])
		if got := c.themesOf(i); !slices.Equal(got, want) {
			fail("statement %d: themes %v, want %v", i, got, want)
		}
		if ix.lang[i] != r.lang[i] {
			fail("statement %d: language %d, want %d", i, ix.lang[i], r.lang[i])
		}
	}
	if n := c.Len(); n > 0 && ix.avgLen != float64(total)/float64(n) {
		t.Errorf("avgLen %v, want %v", ix.avgLen, float64(total)/float64(n))
	}
}

// The terms the load's analysis derives, renumbered by the index build,
// give the index a plain serial pass over the statements would: the same
// stem IDs (the typo vocabulary's ties follow their order), surface
// words, postings, lengths, themes and languages; on every corpus of the
// repository, Spanish and French ones included, and on one whose words of
// one stem first appear in files the walk lists late.
func TestIndexTermsMatchStatements(t *testing.T) {
	dirs, _ := filepath.Glob("../testdata/*")
	dirs = append(dirs, "../seeds")
	for _, dir := range dirs {
		if !strings.HasSuffix(dir, ".tsv") {
			t.Run(filepath.Base(dir), func(t *testing.T) {
				c, err := LoadDir(context.Background(), dir, Options{})
				if err != nil {
					t.Skip(err)
				}
				checkIndexTerms(t, c)
			})
		}
	}
	t.Run("forms", func(t *testing.T) {
		// Many files so the workers parse out of corpus order; each stem
		// has several words, and acronyms and their forms mix.
		fsys := fstest.MapFS{}
		forms := []string{"cooperation", "cooperate", "cooperating", "cooperated", "CERT", "computer emergency response team", "norms", "norm", "normed"}
		for i := range 300 {
			text := fmt.Sprintf("Peru supports %s and %s in cyberspace number%d.\n\nChile rejects %s, citing its %s.\n",
				forms[(i*7)%len(forms)], forms[(i*3+1)%len(forms)], i%50, forms[(i*5+2)%len(forms)], forms[i%len(forms)])
			fsys[fmt.Sprintf("%03d.txt", 299-i)] = &fstest.MapFile{Data: []byte(text)}
		}
		c, err := Load(context.Background(), fsys, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkIndexTerms(t, c)
	})
}

// A corpus built from statements alone (no analysis terms) and one whose
// every statement's terms were handed over index alike.
func TestIndexWithoutAnalysisTerms(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/esfr", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var stmts []Statement
	for _, s := range c.Statements() {
		stmts = append(stmts, s)
	}
	d := FromStatements(stmts)
	checkIndexTerms(t, d)
	if c.idx.stems.words != d.idx.stems.words || !slices.Equal(c.idx.post.off, d.idx.post.off) || !slices.Equal(c.idx.post.data, d.idx.post.data) {
		t.Error("the index from the analysis's terms differs from the one derived from statements")
	}
}
