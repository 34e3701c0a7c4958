package corpus

import (
	"slices"
	"strings"
	"testing"
)

// unfiltered returns a gazetteer whose textStart passes every word and
// that narrows no first word's candidates by the next (phrasePairs): the
// scan as it was before both, the reference the fast one must match.
func unfiltered(t testing.TB) *Gazetteer {
	t.Helper()
	g := DefaultGazetteer()
	for i := range g.textStart {
		g.textStart[i] = ^uint64(0)
	}
	g.textPairs, g.textPairsESFR = nil, nil
	return g
}

func TestMayStartText(t *testing.T) {
	g := DefaultGazetteer()
	for k := range g.textPhrasesESFR {
		if !g.mayStartText(k) {
			t.Errorf("mayStartText(%q) = false for a phrase's first word", k)
		}
	}
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"the", true},      // "the Gambia", "the Horn of Africa"
		{"republic", true}, // "Republic of Korea"
		{"kenya", true},
		{"francaise", true}, // a French name, read in French paragraphs
		{"u.s.", true},      // dotted: looked up without its dots
		{"e.u", true},
		{"", true},
	} {
		if got := g.mayStartText(tc.word); got != tc.want {
			t.Errorf("mayStartText(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
	// The filter must turn most running-text words away, or it is no use.
	passed := 0
	words := Tokenize("The delegation emphasised that confidence-building measures and capacity building should " +
		"remain at the heart of the working group's deliberations, noting progress on voluntary norms of " +
		"responsible state behaviour in cyberspace during the reporting period")
	for _, tok := range words {
		if g.mayStartText(Fold(tok.Lower)) {
			passed++
		}
	}
	if passed > len(words)/4 {
		t.Errorf("%d of %d ordinary words pass the filter", passed, len(words))
	}
}

func TestFindTextFilterMatchesUnfiltered(t *testing.T) {
	g, ref := DefaultGazetteer(), unfiltered(t)
	for _, text := range []string{
		"The Gambia and the Republic of Korea backed the proposal, as did the U.S. and the E.U.",
		"In the Horn of Africa, Ethiopia's delegation noted that the Pacific Islands Forum had met in Suva.",
		"La délégation française et le Royaume-Uni ont soutenu la proposition de la République de Corée.",
		"La delegación de los Estados Unidos y la Unión Europea apoyaron la propuesta de Côte d'Ivoire.",
		"Washington insists; Bhutan has backed the plan. The South China Sea is a place, not a country.",
		"The Republic of Korea, the Republic of Moldova and the Democratic Republic of the Congo; the Netherlands and the U.S.",
		"La République de Corée, la République centrafricaine et la République démocratique du Congo.",
	} {
		toks := Tokenize(text)
		found := 0
		for _, esfr := range []bool{false, true} {
			got, want := g.findText(toks, esfr), ref.findText(toks, esfr)
			if !slices.Equal(got, want) {
				t.Errorf("findText(%q, %v) = %v, want %v", text, esfr, got, want)
			}
			found += len(want)
		}
		if found == 0 {
			t.Errorf("findText(%q) found nothing: a weak test case", text)
		}
	}
}

// FuzzFindTextFilter holds the filtered scan of running text to the
// unfiltered one on arbitrary text.
func FuzzFindTextFilter(f *testing.F) {
	for _, s := range []string{"The Gambia and the U.S. met.", "Côte d'Ivoire, the Holy See; e.u. S. Korea",
		"La République centrafricaine et l'Espagne", "Bosnia and Herzegovina's delegation", "the the the Republic of"} {
		f.Add(s)
	}
	g, ref := DefaultGazetteer(), unfiltered(f)
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		for _, esfr := range []bool{false, true} {
			if got, want := g.findText(toks, esfr), ref.findText(toks, esfr); !slices.Equal(got, want) {
				t.Fatalf("findText(%q, %v) = %v, want %v", text, esfr, got, want)
			}
		}
	})
}

func TestPhrasePairsNarrow(t *testing.T) {
	g := DefaultGazetteer()
	words := func(ps []phrase) []string {
		var out []string
		for _, p := range ps {
			out = append(out, strings.Join(p.words, " "))
		}
		return out
	}
	for _, tc := range []struct {
		first, next string
		want        []string // among the narrowed candidates
		not         []string // not among them
	}{
		{"the", "gambia", []string{"the gambia"}, []string{"the holy see", "the netherlands"}},
		{"the", "delegation", nil, []string{"the gambia", "the holy see"}},
		{"republic", "of", []string{"republic of korea", "republic of moldova"}, nil},
		{"the", "u.s.", []string{"the gambia"}, nil}, // dotted: every candidate stays
	} {
		cands := g.textPhrases[tc.first]
		if len(cands) < crowdedFirst {
			t.Fatalf("%q has %d candidates: not crowded, a weak test case", tc.first, len(cands))
		}
		got := words(g.textPairs.narrow(tc.first, tc.next, cands))
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("narrow(%q, %q) lacks %q: %v", tc.first, tc.next, w, got)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("narrow(%q, %q) keeps %q", tc.first, tc.next, w)
			}
		}
		// The narrowed list is the full one in order, less what cannot match.
		var ref []string
		for _, p := range cands {
			if len(p.words) == 1 || strings.IndexByte(tc.next, '.') >= 0 || p.words[1] == tc.next {
				ref = append(ref, strings.Join(p.words, " "))
			}
		}
		if !slices.Equal(got, ref) {
			t.Errorf("narrow(%q, %q) = %v, want %v", tc.first, tc.next, got, ref)
		}
	}
}
