package corpus

import (
	"context"
	"math"
	"os"
	"reflect"
	"testing"
)

// queryCacheCorpora are corpora small (under 200 statements: every theme
// stem ranks) and large enough for the common-stem rule (rankTestCorpus
// puts two themes' first phrases in half its paragraphs).
func queryCacheCorpora(t *testing.T) map[string]*Corpus {
	t.Helper()
	cs := map[string]*Corpus{"seeds": seedCorpus(t), "generated": rankTestCorpus(t)}
	c, err := Load(context.Background(), os.DirFS("../testdata/altcorpus"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	cs["altcorpus"] = c
	if cs["generated"].Len() < 200 {
		t.Fatalf("generated corpus has %d statements: too few for the common-stem rule", cs["generated"].Len())
	}
	return cs
}

// TestThemeTermsMatchLookups holds each theme's kept ranking stems to the
// rule prepare applied stem by stem before they were kept: every stem of
// the theme in lexicon order, less those in more than a tenth of a corpus
// of 200 statements or more, each with the ID and IDF the scorer looked
// up itself; asked twice, the same list.
func TestThemeTermsMatchLookups(t *testing.T) {
	for name, c := range queryCacheCorpora(t) {
		dropped := 0
		for th := range c.Lexicon.Themes {
			var want []themeTerm
			for _, s := range c.Lexicon.ThemeStems(th) {
				if c.Len() >= 200 && c.DocFreq(s) > c.Len()/10 {
					dropped++
					continue
				}
				r := termRes{set: true}
				if id, ok := c.idx.stems.id(s); ok {
					df := float64(c.idx.post.df(id))
					n := float64(c.Len())
					r = termRes{id: id, idf: math.Log(1 + (n-df+0.5)/(df+0.5)), known: true, set: true}
				}
				want = append(want, themeTerm{stem: s, res: r})
			}
			for range 2 {
				if got := c.themeTerms(th); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
					t.Fatalf("%s: themeTerms(%d) = %+v, want %+v", name, th, got, want)
				}
			}
		}
		if name == "generated" && dropped == 0 {
			t.Errorf("%s: no theme stem was common enough to be left out: the rule is not exercised", name)
		}
	}
}

// TestResolvedScorerMatchesLookups scores every prepared query of a set of
// questions with the resolved terms (newScorer with query.res) and with
// every stem looked up again (NewScorer): the same statements, scores and
// own-word counts, bit for bit.
func TestResolvedScorerMatchesLookups(t *testing.T) {
	for name, c := range queryCacheCorpora(t) {
		for th := range c.Lexicon.Themes {
			for _, q := range []Query{
				{Themes: []int{th}},
				{Themes: []int{th, (th + 3) % len(c.Lexicon.Themes)}},
				{Themes: []int{th}, Terms: []QueryTerm{{Stem: "norm"}, {Stem: "report"}, {Stem: "zzzunknown"}}},
			} {
				p := c.prepare(q)
				if len(p.res) != len(p.terms) {
					t.Fatalf("%s: %d resolutions for %d terms", name, len(p.res), len(p.terms))
				}
				type hit struct {
					score float64
					own   int
				}
				collect := func(sc *Scorer) map[int]hit {
					m := map[int]hit{}
					sc.All(func(stmt int, score float64, own int) { m[stmt] = hit{score, own} })
					sc.Release()
					return m
				}
				got, want := collect(c.newScorer(p.terms, p.res)), collect(c.NewScorer(p.terms))
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: theme %d, %+v: resolved scorer gives %d hits, looked-up %d (or different scores)", name, th, q, len(got), len(want))
				}
			}
		}
	}
}

// TestDocMaskMatchesThemes holds the doc-ordered theme masks to each
// statement's theme set.
func TestDocMaskMatchesThemes(t *testing.T) {
	for name, c := range queryCacheCorpora(t) {
		tagged := 0
		for i := range c.Len() {
			doc := c.idx.stmtDoc(i)
			if c.idx.docStmt[doc] != i {
				t.Fatalf("%s: doc %d of statement %d holds statement %d", name, doc, i, c.idx.docStmt[doc])
			}
			if got, want := c.idx.docMask(doc), c.stmtMask(i); got != want {
				t.Fatalf("%s: statement %d (doc %d): mask %b, its themes %v give %b", name, i, doc, got, c.themesOf(i), want)
			}
			if c.stmtMask(i) != 0 {
				tagged++
			}
		}
		if tagged == 0 {
			t.Errorf("%s: no statement tagged: nothing compared", name)
		}
	}
}
