package bot

import (
	"slices"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// A context sentence may name the country that a pronoun of the question
// after it stands for: "we have a meeting with the emirati delegation
// tomorrow. what's their position on AI", "we're meeting the latvians on
// thursday. what do they say about cables?". The first sentence names a
// country and no theme, so it was kept as the question while the second,
// naming neither a country nor a lexicon theme, was dropped as context:
// the answer was the country on "meeting tomorrow". The question sentence
// is read with its pronouns replaced by the countries of the context
// ("what's United Arab Emirates' position on AI"), and the context
// sentence goes. TestPronounAcrossSentences backs the rule.

// acrossPronouns are the pronouns that stand for the countries of an
// earlier sentence; possessive ones take the names' possessive.
var acrossPronouns = map[string]bool{"their": true, "theirs": true, "they": false, "them": false, "theyre": false, "they're": false}

// pronounAcross returns the question read with its pronouns resolved
// (see above), or nil when the rule does not apply: the last sentence
// names no country and holds a pronoun of acrossPronouns, and an earlier
// sentence names countries and no theme. A question of no topic word
// ("what do they say?") takes the context's topic (contextTopic), if any.
func pronounAcross(c *corpus.Corpus, clean string, toks []corpus.Token, segs []segmentInfo, ms []corpus.Mention, dropped []string) []Parsed {
	if len(segs) < 2 {
		return nil
	}
	last := segs[len(segs)-1]
	if last.countries > 0 {
		return nil
	}
	pron := -1
	for i := last.lo; i < last.hi; i++ {
		if _, ok := acrossPronouns[toks[i].Lower]; ok {
			pron = i
			break
		}
	}
	if pron < 0 {
		return nil
	}
	var names []string
	ctx := -1
	for k := len(segs) - 2; k >= 0 && ctx < 0; k-- {
		s := segs[k]
		if s.countries == 0 {
			continue
		}
		if s.themes > 0 {
			return nil
		}
		ctx = k
		for _, m := range ms {
			if m.First >= s.lo && m.First < s.hi && !slices.Contains(names, m.Country) {
				names = append(names, m.Country)
			}
		}
	}
	if len(names) == 0 {
		names = contextDemonyms(c, toks, segs[:len(segs)-1])
	}
	if len(names) == 0 {
		return nil
	}
	joined := strings.Join(names, " and ")
	if len(names) > 1 {
		joined = strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	var b strings.Builder
	at := toks[last.lo].Start
	for i := last.lo; i < last.hi; i++ {
		poss, ok := acrossPronouns[toks[i].Lower]
		if !ok {
			continue
		}
		b.WriteString(clean[at:toks[i].Start])
		b.WriteString(joined)
		if poss && len(names) == 1 {
			if strings.HasSuffix(joined, "s") {
				b.WriteString("'")
			} else {
				b.WriteString("'s")
			}
		}
		at = toks[i].End
		if toks[i].Poss && at < len(clean) && clean[at] == '\'' {
			// "they're": skip the rest of the word.
			for at < len(clean) && clean[at] != ' ' {
				at++
			}
		}
	}
	b.WriteString(clean[at:toks[last.hi-1].End])
	var context []string
	for _, s := range segs[:len(segs)-1] {
		context = append(context, clean[toks[s.lo].Start:toks[s.hi-1].End])
	}
	q := parseAll(c, "", b.String(), tokenized{}, nil)
	if len(q) == 1 && len(q[0].Themes) == 0 && len(q[0].Content) == 0 {
		// "what do they say?": the topic is the context's, if it has one.
		if t := contextTopic(context); t != "" {
			q = parseAll(c, "", b.String()+" on "+t, tokenized{}, nil)
		}
	}
	if len(q) != 1 || len(q[0].Countries) != len(names) {
		return nil
	}
	for _, m := range q[0].Countries {
		if !slices.Contains(names, m.Country) {
			return nil
		}
	}
	q[0].Dropped = append(append(slices.Clip(dropped), context...), q[0].Dropped...)
	return q
}

// contextDemonyms returns the countries of demonyms read as part of a noun
// phrase in the context sentences segs ("we have a call with the bahraini
// ncsc on thursday"): the question's pronoun stands for the people the
// context meets, whatever body of theirs it names. Only "the DEMONYM
// noun", the demonym one of the country's own (no near-miss spelling).
func contextDemonyms(c *corpus.Corpus, toks []corpus.Token, segs []segmentInfo) []string {
	var names []string
	for _, s := range segs {
		if s.themes > 0 {
			return nil
		}
		for i := s.lo + 1; i+1 < s.hi; i++ {
			if toks[i-1].Lower != "the" {
				continue
			}
			name, ok := c.Gazetteer.Resolve(toks[i].Lower)
			if !ok {
				continue
			}
			if k, ok := c.Gazetteer.Lookup(name); ok && slices.ContainsFunc(k.Demonyms, func(d string) bool { return strings.EqualFold(d, toks[i].Orig) }) && !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
	}
	return names
}
