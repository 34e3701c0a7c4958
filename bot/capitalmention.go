package bot

import (
	"slices"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// A statement may name a country by its capital or seat only ("every time
// Lithuania takes a decision that Moscow dislikes", "the Kremlin's
// campaign"): the corpus's mentions are read from names, so "what does
// Lithuania say about Russia" found nothing. When a question about what a
// country says of another has no topic and no statement names the other,
// the country's statements holding one of the other's one-word capitals
// answer (TestCapitalAsMention). A demonym names the country as well
// ("groups acting on behalf of the Russian State", "les autorités
// russes"): the other's one-word demonyms are searched with its capitals
// (TestDemonymAsMention).

// capitalQuery returns q searching the one-word capitals and demonyms of
// country as its words instead of its mentions, or false when it has
// none.
func capitalQuery(c *corpus.Corpus, q corpus.Query, country string) (corpus.Query, bool) {
	k, ok := c.Gazetteer.Lookup(country)
	if !ok {
		return q, false
	}
	var stems []string
	words := append(append(slices.Clip(k.Capitals), k.Demonyms...), k.ESDemonyms...)
	words = append(words, k.FRDemonyms...)
	for _, cap := range words {
		cap = strings.TrimPrefix(cap, "the ")
		if strings.ContainsAny(cap, " -'’") || !isASCIIWord(cap) {
			continue
		}
		if s := corpus.Stem(strings.ToLower(cap)); !slices.Contains(stems, s) {
			stems = append(stems, s)
		}
	}
	if len(stems) == 0 {
		return q, false
	}
	q.Mentioning = nil
	q.Terms = []corpus.QueryTerm{{Stem: stems[0], Alt: stems[1:]}}
	return q, true
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return s != ""
}
