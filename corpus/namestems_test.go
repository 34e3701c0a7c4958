package corpus

import (
	"strings"
	"testing"
)

// TestNameStemMatchesResolve holds NameStem to its definition (Resolve
// finds a country whose short name stems to the word) on the stems of
// every name, alias, capital and demonym of the default gazetteer, of
// misspelt names, and of ordinary words.
func TestNameStemMatchesResolve(t *testing.T) {
	g := DefaultGazetteer()
	words := map[string]bool{}
	for _, c := range g.Countries {
		for _, w := range append([]string{c.Short}, c.Aliases...) {
			lw := strings.ToLower(w)
			words[lw] = true
			words[Stem(lw)] = true
			words[lw+"e"] = true
			words[Stem(lw+"e")] = true
		}
	}
	for _, w := range strings.Fields("chilee irann attribution sovereignty norms peru chile iran ukrain japan kenya state states tukutagamu") {
		words[w] = true
		words[Stem(w)] = true
	}
	yes := 0
	for s := range words {
		short, ok := g.Resolve(s)
		want := ok && Stem(strings.ToLower(short)) == s
		if got := g.NameStem(s); got != want {
			t.Errorf("NameStem(%q) = %v; Resolve gives %q, %v", s, got, short, ok)
		}
		if want {
			yes++
		}
	}
	if yes < 50 {
		t.Fatalf("only %d of %d words are name stems: the test no longer tries the set", yes, len(words))
	}
}
