package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// A follow-up that names another country and asks how it compares with
// the last reply's — "how does iceland's view compare?", "is that similar
// to what benin says?", "is panama any different?", "¿y Chile piensa lo
// mismo?", "et le Bénin, même avis ?" — asks for a comparison of the
// last question's countries and the new one on the last topic. Read as a
// new question it compared one country with nothing ("Comparing
// Iceland. To compare, name another country") or asked the new country
// on the topic "similar". TestCompareCueFollowUp backs it.

// compareCueFollowUp returns "compare A and B on <last topic>" for such a
// follow-up. text is the follow-up as followUpLead gives it.
func compareCueFollowUp(c *corpus.Corpus, rec ReplyRecord, text string) (string, bool) {
	if rec.Question == "" {
		return "", false
	}
	toks := corpus.Tokenize(text)
	cue := false
	for i, t := range toks {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Lower
		}
		switch {
		case sameWords[t.Lower] && (topicNouns[next] || i > 0 && sameTopicBefore[toks[i-1].Lower] || next == "" && i > 0 && sameArticles[toks[i-1].Lower]):
			// "iceland on the same topic", "israel on the same", "le
			// luxembourg sur le même sujet": that country on the last
			// topic (topicPronounFollowUp, rewrite), not a comparison.
			return "", false
		case sameWords[t.Lower] && sameQuestionAfter[next]:
			return "", false // "same for senegal", "lo mismo para túnez": the same question, for it alone
		case compareCues[t.Lower]:
			cue = true
		}
	}
	if !cue {
		return "", false
	}
	en := readQuestion(c, text, "", rec.Lang).English
	p := Parse(c, en)
	if len(p.Countries) == 0 || len(p.Unknown) > 0 || len(p.Themes) > 0 {
		return "", false
	}
	for _, w := range p.Words {
		if !compareCues[w] {
			return "", false // a topic of its own: a new question
		}
	}
	last, _ := cutDates(readQuestion(c, rec.Question, "", rec.Lang).English)
	prev := Parse(c, last)
	if len(prev.Words) == 0 {
		return "", false
	}
	var names []string
	for _, m := range prev.Countries {
		names = appendNew(names, m.Country)
	}
	if len(names) == 0 {
		names = holdersOfKeys(c, rec.Keys)
	}
	for _, m := range p.Countries {
		names = appendNew(names, m.Country)
	}
	if len(names) < 2 {
		return "", false
	}
	return "compare " + joinAndIn("en", names[:min(len(names), 5)]) + " on " + strings.Join(prev.Words, " "), true
}

var (
	// sameWords before sameQuestionAfter ask the same question of
	// another country: "same for senegal", "pareil pour le Maroc".
	sameWords         = toSet(`same mismo misma pareil pareille même meme idem`)
	sameQuestionAfter = toSet(`for with question thing para con pregunta pour avec chose question`)
	// sameTopicBefore and sameArticles before "same" at the end make it the
	// same topic: "on the same", "sobre lo mismo".
	sameTopicBefore = toSet(`on about sur sobre`)
	sameArticles    = toSet(`the le la el`)
)

// compareCues are the words that ask how a country's view compares (as
// read in English, and as typed in Spanish and French, folded).
var compareCues = toSet(`similar same way see sees different differently differ differs difference alike likewise compare compares
	compared comparison mismo misma mismos parecido parecida similares diferente diferentes distinto distinta piensa
	pareil pareille meme memes même mêmes semblable similaire différent différente avis`)
