package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// A follow-up that names a new country and refers to the last topic by a
// pronoun — "what does iceland think about it?", "does benin support
// it?", "what's panama's view on this issue", "¿y qué dice Islandia al
// respecto?", "¿Panamá lo apoya?", "qu'en pense le Bénin ?" — asks that
// country on the last question's topic. Read as a new question it had a
// country and no topic ("Iceland: 2 statements"), or the topic "support"
// ("does Iceland support it": "no statement by Iceland on support").
// TestTopicPronounFollowUp backs it.

// topicPronounFollowUp returns the question such a follow-up stands for:
// the follow-up itself with the pronoun replaced by the last topic's
// words when it asks whether the country supports it (so the reply keeps
// its note), else the last question asked of the new countries.
// text is the follow-up as followUpLead gives it (folded, lower case).
func topicPronounFollowUp(c *corpus.Corpus, rec ReplyRecord, text string) (string, bool) {
	if rec.Question == "" {
		return "", false
	}
	rest, ok := cutTopicPronoun(strings.Fields(text))
	if !ok {
		return "", false
	}
	en := readQuestion(c, strings.Join(rest, " "), "", rec.Lang).English
	p := Parse(c, en)
	if len(p.Countries) == 0 || len(p.Unknown) > 0 || len(p.Themes) > 0 || len(p.Content) > 0 {
		return "", false // no new country, or a topic of its own: not this follow-up
	}
	last, _ := cutDates(readQuestion(c, rec.Question, "", rec.Lang).English)
	prev := Parse(c, last)
	if len(prev.Words) == 0 {
		return "", false
	}
	topic := strings.Join(prev.Words, " ")
	if supportAsk(corpus.Tokenize(en)) {
		return strings.TrimRight(en, "?!. ") + " " + topic, true
	}
	return rewrite(c, rec.Question, strings.Join(rest, " "), rec.Lang)
}

// cutTopicPronoun returns words without the pronoun or phrase that stands
// for the last topic, and whether there was one: "it" anywhere; "this",
// "that" at the end or before a noun of topics ("this issue"); "same"
// before one ("the same topic"); Spanish
// "al respecto", "sobre eso", a clitic "lo" before a verb of saying or
// supporting; French "à ce sujet", "là-dessus", "en" before "pense" or
// "dit", "le" before "soutient".
func cutTopicPronoun(words []string) ([]string, bool) {
	out := make([]string, 0, len(words))
	found := false
	for i := 0; i < len(words); i++ {
		w := strings.Trim(words[i], ",;:!?.")
		next := ""
		if i+1 < len(words) {
			next = strings.Trim(words[i+1], ",;:!?.")
		}
		switch {
		case w == "it":
			found = true
			continue
		case (w == "this" || w == "that") && (next == "" || topicNouns[next]):
			found = true
			if next != "" {
				i++
			}
			continue
		case w == "same" && topicNouns[next]:
			// "iceland on the same topic"
			found = true
			i++
			continue
		case topicPhrases[w+" "+next]:
			found = true
			i++
			continue
		case i+2 < len(words) && topicPhrases[w+" "+next+" "+strings.Trim(words[i+2], ",;:!?.")]:
			found = true
			i += 2
			continue
		case w == "la-dessus":
			found = true
			continue
		case (w == "lo" || w == "le" || w == "l") && cliticVerb(next):
			found = true
			continue
		case w == "qu'en" || w == "qu’en" || w == "quen":
			found = true
			out = append(out, "que")
			continue
		case w == "en" && (next == "pense" || next == "pensent" || next == "dit" || next == "disent"):
			found = true
			continue
		}
		out = append(out, words[i])
	}
	if !found || len(out) == 0 {
		return words, false
	}
	return out, true
}

// cliticVerb reports whether w, after a clitic "lo" or "le", is a verb
// of saying or supporting ("lo apoya", "le soutient").
func cliticVerb(w string) bool {
	k := supportKinds[strings.TrimSuffix(strings.TrimSuffix(w, "-il"), "-elle")]
	return k == skFinite || k == skSpeak || k == skOppose
}

var (
	// topicNouns after "this" or "that" name the last topic: "on this
	// issue".
	topicNouns = toSet(`issue issues topic topics matter matters point subject question one sujet theme thème tema asunto punto cuestion cuestión`)
	// topicPhrases are the Spanish and French phrases (folded) that stand
	// for the last topic.
	topicPhrases = phraseSet(`al respecto|sobre eso|sobre esto|sobre ello|de eso|de esto|a ce sujet|sur ce sujet|sur ce point|sur cela|sur ca|de cela|de ca`)
)
