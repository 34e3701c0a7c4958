package corpus

import (
	"slices"
	"testing"
)

// unfiltered returns a gazetteer whose textStart passes every word: the
// scan as it was before the filter, the reference the filtered one must
// match.
func unfiltered(t testing.TB) *Gazetteer {
	t.Helper()
	g := DefaultGazetteer()
	for i := range g.textStart {
		g.textStart[i] = ^uint64(0)
	}
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
