package corpus

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// rankSortedRef is rank as it was before stmtMarks: the reached
// statements in a sorted list, binary-searched for each statement of the
// country, and the tagged statements of all countries sorted and
// compacted. TestRankMarksMatchSearch holds rank to it.
func (c *Corpus) rankSortedRef(p *query, country string, out []ScoredHit, k int) ([]ScoredHit, int) {
	total := 0
	var reached []int
	fn := func(stmt int, score float64, own int) {
		if len(p.themes) > 0 {
			reached = append(reached, stmt)
		}
		ok, bonus, match := p.judge(stmt, c.stmtMask(stmt), true, own)
		if !ok {
			return
		}
		total++
		out = insertHit(out, ScoredHit{Stmt: stmt, Score: score + bonus, ThemeBonus: bonus, Match: match}, k)
	}
	sc := c.NewScorer(p.terms)
	if country == "" {
		sc.All(fn)
	} else {
		sc.Country(country, fn)
	}
	sc.Release()
	if len(p.themes) == 0 && !(p.mention != nil && len(p.terms) == 0) {
		return out, total
	}
	slices.Sort(reached)
	check := func(id int) {
		if _, found := slices.BinarySearch(reached, id); found {
			return
		}
		if ok, bonus, match := p.judge(id, c.stmtMask(id), false, 0); ok {
			total++
			out = insertHit(out, ScoredHit{Stmt: id, Score: bonus, ThemeBonus: bonus, Match: match}, k)
		}
	}
	if country != "" {
		for _, id := range c.StatementsOf(country) {
			check(id)
		}
		return out, total
	}
	var tagged []int
	for _, t := range p.themes {
		tagged = append(tagged, c.ThemeStatementIDs(t)...)
	}
	slices.Sort(tagged)
	for _, id := range slices.Compact(tagged) {
		check(id)
	}
	return out, total
}

// TestRankMarksMatchSearch runs rank and the sorted-list rank it replaced
// on every holder (and all holders) of three corpora, for each theme alone,
// two themes, a theme with own words, own words alone and a mentioning
// query, with and without a cut: the same hits, scores and totals.
func TestRankMarksMatchSearch(t *testing.T) {
	cs := map[string]*Corpus{"seeds": seedCorpus(t), "generated": rankTestCorpus(t)}
	for _, dir := range []string{"altcorpus", "unseen"} {
		c, err := Load(context.Background(), os.DirFS("../testdata/"+dir), Options{})
		if err != nil {
			t.Fatal(err)
		}
		cs[dir] = c
	}
	compared, late, unreached := 0, 0, 0
	for name, c := range cs {
		var holders []string
		for _, h := range c.Countries() {
			holders = append(holders, h.Country)
		}
		holders = append(holders, "")
		nt := len(c.Lexicon.Themes)
		var qs []Query
		for th := 0; th < nt; th++ {
			stems := c.Lexicon.ThemeStems(th)
			qs = append(qs,
				Query{Themes: []int{th}},
				Query{Themes: []int{th, (th + 3) % nt}},
				Query{Themes: []int{th}, Terms: []QueryTerm{{Stem: "norm"}, {Stem: stems[0], InTheme: true}}},
				Query{Terms: []QueryTerm{{Stem: stems[0]}, {Stem: "state"}}},
			)
		}
		qs = append(qs, Query{Themes: []int{0, 1}}, Query{Themes: []int{1, 0}, Terms: []QueryTerm{{Stem: "norm"}}})
		multi := 0
		for id := range c.Len() {
			if ts := c.themesOf(id); len(ts) >= 2 && multi < 40 {
				multi++
				qs = append(qs, Query{Themes: slices.Clone(ts)})
			}
		}
		for _, h := range holders[:min(len(holders), 4)] {
			qs = append(qs, Query{Mentioning: []string{h}}, Query{Mentioning: []string{h}, Themes: []int{0}})
		}
		for _, h := range holders {
			for _, q := range qs {
				p := c.prepare(q)
				if len(p.themes) > 0 || p.mention != nil {
					late++
				}
				for _, k := range []int{0, 1, 3} {
					got, gn := c.rank(&p, h, nil, k)
					want, wn := c.rankSortedRef(&p, h, nil, k)
					compared++
					for _, h := range got {
						if h.BM25 == 0 && h.Score == h.ThemeBonus && h.ThemeBonus > 0 {
							unreached++
						}
					}
					if gn != wn || !reflect.DeepEqual(got, want) {
						t.Fatalf("%s: rank(%q, %+v, k=%d) = %d %+v, want %d %+v", name, h, q, k, gn, got, wn, want)
					}
				}
			}
		}
	}
	if late == 0 || unreached == 0 {
		t.Fatalf("%d queries reached the tagged-statement pass, %d hits came from it: the test checks nothing", late, unreached)
	}
	t.Logf("%d rankings compared", compared)
}

// rankTestCorpus is large enough (over 200 statements) that a theme's
// common phrase words are left out of the query terms, so that tagged
// statements no term reaches exist; several themes are named in one
// paragraph, and some paragraphs name another country.
func rankTestCorpus(t *testing.T) *Corpus {
	t.Helper()
	lex := DefaultLexicon()
	g := DefaultGazetteer()
	r := rand.New(rand.NewPCG(7, 9))
	fsys := fstest.MapFS{}
	fillers := []string{"the delegation stressed", "it has long held", "the government underlined", "officials noted", "the country supports"}
	for ci := 0; ci < 12; ci++ {
		country := g.Countries[ci*7].Short
		var b strings.Builder
		for k := 0; k < 40; k++ {
			th := lex.Themes[r.IntN(len(lex.Themes))]
			fmt.Fprintf(&b, "%s %s %s", country, fillers[r.IntN(len(fillers))], th.Phrases[r.IntN(len(th.Phrases))])
			if r.IntN(3) == 0 {
				th2 := lex.Themes[r.IntN(len(lex.Themes))]
				fmt.Fprintf(&b, " and %s", th2.Phrases[r.IntN(len(th2.Phrases))])
			}
			// Two themes' first phrases in half the paragraphs each: too
			// common to be query terms, so their statements are tagged
			// but reached by no term.
			for _, ct := range lex.Themes[:2] {
				if r.IntN(2) == 0 {
					fmt.Fprintf(&b, ", %s", ct.Phrases[0])
				}
			}
			if r.IntN(4) == 0 {
				fmt.Fprintf(&b, ", in talks with %s", g.Countries[r.IntN(40)].Short)
			}
			fmt.Fprintf(&b, " in state practice, citing report %d of norms.\n\n", ci*100+k)
		}
		fsys[fmt.Sprintf("c%02d.txt", ci)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() < 200 {
		t.Fatalf("%d statements, want over 200", c.Len())
	}
	return c
}
