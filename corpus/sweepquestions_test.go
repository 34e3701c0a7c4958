package corpus

import (
	"strings"
	"testing"
)

// TestQuestionSweepEnglishNames goes across the gazetteer on the
// question side for what TestEveryFormResolvesToItsCountry leaves out:
// every country's English short and official names and aliases (the
// abbreviations, the UN's bracketed and inverted forms, "the" forms), in a
// question's usual shapes — "what does N say", "N's position on norms",
// "what is the position of N on norms" — each names that country and no
// other.
func TestQuestionSweepEnglishNames(t *testing.T) {
	g := DefaultGazetteer()
	shapes := []func(n string) string{
		func(n string) string { return "what does " + n + " say" },
		func(n string) string { return possessiveEN(n) + " position on norms" },
		func(n string) string { return "what is the position of " + theEN(n) + " on norms" },
	}
	tried := 0
	for _, c := range g.Countries {
		names := append([]string{c.Short, c.Official}, c.Aliases...)
		for _, n := range names {
			if n == "" {
				continue
			}
			variants := []string{n}
			if !hasInnerUpper(n) && strings.ToLower(n) != n && !strings.Contains(n, "(") {
				variants = append(variants, strings.ToLower(n)) // typed in a chat
			}
			for _, v := range variants {
				for _, shape := range shapes {
					q := shape(v)
					if strings.Contains(n, ",") && !strings.HasPrefix(q, "what does") {
						continue // "Korea, Republic of's position" is no one's writing
					}
					tried++
					if got := scannedCountries(g, q); len(got) != 1 || got[0] != c.Short {
						t.Errorf("%s: %q read as %v", c.Short, q, got)
					}
				}
			}
		}
		for _, d := range c.Demonyms {
			if nounDemonym[d] || contains(c.Demonyms, strings.TrimSuffix(d, "s")) && d != "Swiss" {
				continue
			}
			for _, q := range []string{"the " + d + " position on norms", "what do " + d + " officials say about norms"} {
				tried++
				if got := scannedCountries(g, q); len(got) != 1 || got[0] != c.Short {
					t.Errorf("%s: %q read as %v", c.Short, q, got)
				}
			}
		}
	}
	t.Logf("%d questions", tried)
}
