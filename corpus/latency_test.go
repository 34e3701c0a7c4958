package corpus

import (
	"reflect"
	"strings"
	"testing"
)

// TestFindSkipsOnlyUnknownNames holds Find and FindRegions, which skip
// the unknown-name pass for speed, to the full Scan: the same countries
// and regions on questions that have unknown names, demonyms with roles,
// typos, regions and Spanish and French names.
func TestFindSkipsOnlyUnknownNames(t *testing.T) {
	g := DefaultGazetteer()
	unknowns := 0
	known := func(w string) bool { return w == "attribution" || w == "norms" }
	for _, q := range []string{
		"what does Peru say on attribution?",
		"what does Narnia say about norms, and Freedonia?",
		"compare Grand Fenwick and Kenya on due diligence",
		"what do Brazilian officials say about Chinese investment in Lagos?",
		"Untied Kingdom and Soth Korea on norms",
		"who in the Pacific talks about sovereignty? and Latin America?",
		"¿Qué dice Corea del Sur sobre atribución?",
		"que pense l'Inde de la souveraineté",
		"",
	} {
		toks := Tokenize(q)
		for _, kn := range []func(string) bool{nil, known} {
			full := g.Scan(toks, true, kn)
			unknowns += len(full.Unknown)
			if got := g.Find(toks, true, kn); !reflect.DeepEqual(got, full.Countries) {
				t.Errorf("Find(%q) = %+v, Scan gives %+v", q, got, full.Countries)
			}
			if got := g.FindRegions(toks); kn == nil && !reflect.DeepEqual(got, full.Regions) {
				t.Errorf("FindRegions(%q) = %+v, Scan gives %+v", q, got, full.Regions)
			}
		}
	}
	if unknowns == 0 {
		t.Error("no question had an unknown name: the test checks nothing Find skips")
	}
}

// TestPossessiveCutFastPath checks possessiveCut's early return against
// the suffix list alone.
func TestPossessiveCutFastPath(t *testing.T) {
	ref := func(w string) int {
		for _, suf := range []string{"'s", "’s", "'S", "’S", "ʼs"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				return len(w) - len(suf)
			}
		}
		return -1
	}
	for _, w := range []string{"state's", "STATE'S", "Peru’s", "Kenyaʼs", "states", "'s", "’s", "s", "", "x's", "a’S", "Perú", "its", "it'd"} {
		if got, want := possessiveCut(w), ref(w); got != want {
			t.Errorf("possessiveCut(%q) = %d, want %d", w, got, want)
		}
	}
	if got := lowerWord("Peru’s"); got != "peru's" {
		t.Errorf("lowerWord(Peru’s) = %q", got)
	}
}

// TestMergedWordSets holds the merged sets to the lists they merge.
func TestMergedWordSets(t *testing.T) {
	lists := []map[string]bool{stopWords, romanceFunction, notNames, actorNouns, sayVerbs, instrumentNouns, ownedNouns}
	words := map[string]bool{"narnia": true, "peru": true}
	for _, l := range lists {
		for w := range l {
			words[w] = true
		}
	}
	for w := range words {
		if got, want := notNameWords[w], stopWords[w] || romanceFunction[w] || notNames[w] || actorNouns[w] || sayVerbs[w] || instrumentNouns[w] || ownedNouns[w]; got != want {
			t.Errorf("notNameWords[%q] = %v, want %v", w, got, want)
		}
		if got, want := notTypoWords[w], stopWords[w] || romanceFunction[w]; got != want {
			t.Errorf("notTypoWords[%q] = %v, want %v", w, got, want)
		}
	}
}

// TestQueryTermsNilWhenNone: prepare sizes its term list up front, and a
// query with no terms must still give nil (explain's JSON shows null, as
// before).
func TestQueryTermsNilWhenNone(t *testing.T) {
	c := seedCorpus(t)
	if got := c.QueryTerms(Query{}); got != nil {
		t.Errorf("QueryTerms(empty) = %#v, want nil", got)
	}
	if got := c.QueryTerms(Query{Terms: []QueryTerm{{Stem: "attribut"}}}); len(got) == 0 {
		t.Error("QueryTerms(attribut) is empty")
	}
}
