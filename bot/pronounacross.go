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

// pronounAcross returns the question sentence with its pronouns replaced
// by the countries' names (see above), those names and the context
// sentences, or "" when the rule does not apply: the last sentence
// names no country and holds a pronoun of acrossPronouns, and an earlier
// sentence names countries and no theme. A question of no topic word
// ("what do they say?") takes the context's topic (contextTopic), if any.
func pronounAcross(c *corpus.Corpus, clean string, toks []corpus.Token, segs []segmentInfo, ms []corpus.Mention) (rebuilt string, names, context []string) {
	if len(segs) < 2 {
		return "", nil, nil
	}
	last := segs[len(segs)-1]
	if last.countries > 0 && !namesOnlyAbout(toks, ms, last) {
		return "", nil, nil
	}
	pron := -1
	for i := last.lo; i < last.hi; i++ {
		if _, ok := acrossPronouns[toks[i].Lower]; ok {
			pron = i
			break
		}
	}
	if pron < 0 {
		return "", nil, nil
	}
	ctx := -1
	for k := len(segs) - 2; k >= 0 && ctx < 0; k-- {
		s := segs[k]
		if s.countries == 0 {
			continue
		}
		if s.themes > 0 {
			return "", nil, nil
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
		return "", nil, nil
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
	for _, s := range segs[:len(segs)-1] {
		context = append(context, clean[toks[s.lo].Start:toks[s.hi-1].End])
	}
	return b.String(), names, context
}

// namesOnlyAbout reports whether every country the segment seg names
// comes right after an about-word ("what did they say about Iran"): what
// the pronoun's countries speak about, not who speaks, so the pronoun
// still stands for the context's countries ("context: the Albanians asked
// us to co-sign something. what did they say about iran").
func namesOnlyAbout(toks []corpus.Token, ms []corpus.Mention, seg segmentInfo) bool {
	for _, m := range ms {
		if m.First < seg.lo || m.First >= seg.hi {
			continue
		}
		j := m.First - 1
		if j > seg.lo && toks[j].Lower == "the" {
			j--
		}
		if j < seg.lo || !aboutWords[toks[j].Lower] {
			return false
		}
	}
	return true
}

// pronounRead returns q, the reading of pronounAcross's rebuilt question,
// when it asks exactly names; a question of no topic word takes the
// context's topic first (reread, by the caller: parseAll calls itself, a
// call through another function made its result array escape).
func pronounRead(q []Parsed, names []string) bool {
	if len(q) != 1 || len(q[0].Countries) != len(names) {
		return false
	}
	for _, m := range q[0].Countries {
		if !slices.Contains(names, m.Country) {
			return false
		}
	}
	return true
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
