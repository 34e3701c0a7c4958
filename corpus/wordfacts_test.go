package corpus

import (
	"strings"
	"testing"
)

// TestWordFactsMatchLists holds every fact of Gazetteer.facts to the map
// or list it stands for, for every word of any of them and for words of
// none, in a gazetteer before and after its regions are added (both
// rebuild the phrase table).
func TestWordFactsMatchLists(t *testing.T) {
	g, err := ParseGazetteer(strings.NewReader(countriesTSV))
	if err != nil {
		t.Fatal(err)
	}
	check := func(stage string) {
		t.Helper()
		words := map[string]bool{"": true, "narnia": true, "attribution": true, "position": true, "xyzzy": true}
		for _, m := range []map[string]bool{g.multiWords, g.common, g.commonESFR, notTypoWords, connector, stopWords, articles, romanceMarkers} {
			for w := range m {
				words[w] = true
			}
		}
		for w := range g.phrases {
			words[w] = true
		}
		for w := range g.seen {
			words[w] = true
		}
		n := 0
		for w := range words {
			f := g.facts[w]
			_, seen := g.seen[w]
			for _, c := range []struct {
				name string
				flag wordFlag
				want bool
			}{
				{"multiWords", wfMulti, g.multiWords[w]},
				{"common", wfCommon, g.common[w]},
				{"commonESFR", wfCommonESFR, g.commonESFR[w]},
				{"seen", wfSeen, seen},
				{"notTypoWords", wfNotTypo, notTypoWords[w]},
				{"connector", wfConnector, connector[w]},
				{"stopWords", wfStop, stopWords[w]},
				{"articles", wfArticle, articles[w]},
				{"readsRomance", wfRomance, readsRomance([]string{w})},
			} {
				if got := f.flags&c.flag != 0; got != c.want {
					t.Errorf("%s: %q: %s fact %v, the list says %v", stage, w, c.name, got, c.want)
				}
			}
			ps := g.phrases[w]
			if len(f.phrases) != len(ps) || len(ps) > 0 && &f.phrases[0] != &ps[0] {
				t.Errorf("%s: %q: %d phrases in its facts, not the table's %d", stage, w, len(f.phrases), len(ps))
			}
			if f.flags != 0 || len(ps) > 0 {
				n++
			}
		}
		if n < 1000 {
			t.Errorf("%s: only %d words have facts", stage, n)
		}
		if got := g.wordFactsOf([]string{"the", "narnia", "korea"}, nil); len(got) != 3 || got[0].flags&wfStop == 0 || got[1].flags != 0 || len(got[2].phrases) == 0 {
			t.Errorf("%s: wordFactsOf(the narnia korea) = %+v", stage, got)
		}
	}
	check("countries")
	before := len(g.facts)
	if err := g.AddRegions(strings.NewReader(regionsTSV)); err != nil {
		t.Fatal(err)
	}
	if len(g.facts) <= before {
		t.Errorf("adding regions left %d words with facts (%d before)", len(g.facts), before)
	}
	check("countries and regions")
}
