package bot

import (
	"strings"
	"unicode"

	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/corpus/lang"
)

// "no, the other one", "no, el otro", "non, l'autre" after a question
// whose country's name is also in another country's ("congo": Congo and
// the DR Congo; "guinea": Guinea and Guinea-Bissau) ask that other
// country, on the same topic. Read as a new question it had neither
// country nor topic and was not understood. When the name is in no other
// country's the corpus holds, or in several, the message is left alone.
// TestOtherOneFollowUp backs it.

// otherOneAsks are the whole messages (folded, apology words and commas
// dropped) that ask for the other country.
var otherOneAsks = phraseSet(`the other one|the other|the other country|not that one|i meant the other one|i mean the other one|` +
	`el otro|la otra|el otro pais|ese no|me referia al otro|l'autre|l'autre pays|pas celui-la|je voulais dire l'autre`)

// otherOneFollowUp returns the question such a follow-up stands for.
func otherOneFollowUp(c *corpus.Corpus, rec ReplyRecord, text string) (string, bool) {
	words := strings.Fields(strings.ReplaceAll(strings.Trim(text, " ?!."), ",", " "))
	for len(words) > 0 && apologyWords[words[0]] {
		words = words[1:]
	}
	if !otherOneAsks[strings.Join(words, " ")] || rec.Question == "" || c.Gazetteer == nil {
		return "", false
	}
	prev := Parse(c, readQuestion(c, rec.Question, "", rec.Lang).English)
	if len(prev.Countries) != 1 {
		return "", false
	}
	other := ""
	for _, cc := range c.Countries() {
		m := prev.Countries[0]
		// The words as typed ("korea") or, typed in Spanish or French
		// ("soudan"), the country's English name.
		if cc.Country == m.Country || !sharesName(c.Gazetteer, cc.Country, m.Text) && !sharesName(c.Gazetteer, cc.Country, m.Country) {
			continue
		}
		if other != "" {
			return "", false // "guinea": Guinea-Bissau or Equatorial Guinea
		}
		other = cc.Country
	}
	if other == "" {
		return "", false
	}
	return rewrite(c, rec.Question, other, rec.Lang)
}

// sharesName reports whether one of country's names holds typed as whole
// words ("congo" in "Democratic Republic of the Congo"), or typed holds
// one of them ("dr congo" holds "Congo").
func sharesName(g *corpus.Gazetteer, country, typed string) bool {
	gc, ok := g.Lookup(country)
	if !ok {
		return false
	}
	t := nameWords(typed)
	if t == "" {
		return false
	}
	for _, n := range append([]string{gc.Short, gc.Official}, gc.Aliases...) {
		if w := nameWords(n); w != "" && (strings.Contains(" "+w+" ", " "+t+" ") || strings.Contains(" "+t+" ", " "+w+" ")) {
			return true
		}
	}
	return false
}

// nameWords is a name folded, its words joined by single spaces.
func nameWords(s string) string {
	return strings.Join(strings.FieldsFunc(lang.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}
