package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// foreignTopics returns an English question with the Spanish or French
// topic phrases it holds read as English ("who talks about
// desinformacion" → "who talks about disinformation", "cables submarinos"
// → "submarine cables"), and the steps taken, as a translated question
// records them. Only a word that neither the corpus nor English knows
// opens the look-up (corpus.Translator.ForeignTopic), so an English
// question of known words costs one map look-up a word; names of
// countries and regions are never read as foreign words.
func foreignTopics(c *corpus.Corpus, text string, toks []corpus.Token, names *corpus.Reading) (string, []corpus.Step, bool) {
	var b strings.Builder
	var steps []corpus.Step
	last := 0 // text written up to here
	for i := 0; i < len(toks); i++ {
		w := toks[i].Lower
		if len(w) < 4 || c.KnownWord(w) || inReadName(names, i) || themeWord(c, w) {
			continue // "OEWG", "IHL": the English lexicon's own words
		}
		start, must := i, 0
		if i > 0 && !toks[i].SentStart && !inReadName(names, i-1) && toks[i-1].Start >= last {
			start, must = i-1, 1 // "cables submarinos": the phrase may open on a word English shares
		}
		end := min(len(toks), start+5)
		words := make([]string, 0, end-start)
		for j := start; j < end && (j == start || !toks[j].SentStart) && !inReadName(names, j); j++ {
			words = append(words, toks[j].Lower)
		}
		en, n, _ := c.Translator().ForeignTopic(words, must)
		if n == 0 && must == 1 {
			start, must = i, 0
			en, n, _ = c.Translator().ForeignTopic(words[1:], 0)
		}
		if n == 0 {
			continue
		}
		lo, hi := toks[start].Start, toks[start+n-1].End
		b.WriteString(text[last:lo])
		b.WriteString(en)
		last = hi
		steps = append(steps, corpus.Step{From: text[lo:hi], To: en, How: "glossary"})
		i = start + n - 1
	}
	if len(steps) == 0 {
		return text, nil, false
	}
	b.WriteString(text[last:])
	return b.String(), steps, true
}

// inReadName reports whether token i is part of a country's or region's
// name the gazetteer read.
func inReadName(r *corpus.Reading, i int) bool {
	if r == nil {
		return false
	}
	for _, m := range r.Countries {
		if m.First <= i && i <= m.Last {
			return true
		}
	}
	for _, m := range r.Topic {
		if m.First <= i && i <= m.Last {
			return true
		}
	}
	for _, m := range r.Regions {
		if m.First <= i && i <= m.Last {
			return true
		}
	}
	return false
}
