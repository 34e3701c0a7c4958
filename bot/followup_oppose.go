package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// "does anyone oppose it", "who disagrees?", "anyone against that?" after a
// reply ask who opposes its topic: the last question's topic asked as "who
// opposes …", which the negation reader answers (see negatedAsk). Read as
// a new question it had no topic at all ("it"), and the reply was empty.
// TestOpposeFollowUp backs it.

// opposeAsks are the whole messages (folded, "it"/"that" kept) that ask it.
var opposeAsks = phraseSet(`does anyone oppose it|does anyone oppose this|does anyone oppose that|anyone oppose it|anyone oppose this|` +
	`anyone opposed|anyone against it|anyone against this|anyone against that|anybody against it|who opposes it|who opposes this|` +
	`who opposes that|who is against it|who's against it|whos against it|who is against this|who's against this|` +
	`does anybody oppose it|is anyone against it|any opposition|` +
	`any opponents|who's opposed|who is opposed|anyone opposed to it|anyone opposed to that`)

// disagreeAsks ask who disagrees with the countries the thread showed:
// the others on the topic, beside them ("who disagrees?" after Bangladesh
// on data localisation is not Bangladesh again).
var disagreeAsks = phraseSet(`does anyone disagree|anyone disagree|anyone disagrees|who disagrees|who disagrees with that|` +
	`who disagrees with them|who disagrees with this|does anybody disagree|anybody disagree|who sees it differently|anyone see it differently|` +
	// "who said the opposite?", "¿alguien no está de acuerdo?", "qui dit
	// le contraire ?": read as a new question, "opposite", "alguien" and
	// "quelqu'un" were topics, and the thread's next follow-up asked
	// about them.
	`who said the opposite|who says the opposite|anyone say the opposite|anyone said the opposite|did anyone say the opposite|` +
	`does anyone say the opposite|who said otherwise|who says otherwise|anyone say otherwise|anyone who disagrees|` +
	`who doesn't agree|who does not agree|anyone not agree|` +
	`quien dijo lo contrario|quien dice lo contrario|alguien dijo lo contrario|alguien dice lo contrario|alguien opina distinto|` +
	`alguien opina lo contrario|alguien no esta de acuerdo|quien no esta de acuerdo|hay alguien en desacuerdo|alguien en desacuerdo|` +
	`qui a dit le contraire|qui dit le contraire|quelqu'un dit le contraire|quelqu'un a dit le contraire|quelqu'un pense le contraire|` +
	`quelqu'un n'est pas d'accord|qui n'est pas d'accord|quelqu'un est contre|quelqu'un voit les choses autrement|des avis contraires`)

// opposeFollowUp returns "who opposes <topic>" for such a follow-up, or
// who else speaks on it for a disagreement.
func opposeFollowUp(c *corpus.Corpus, rec ReplyRecord, text string) (string, bool) {
	t := strings.Join(strings.Fields(strings.Trim(followUpLead(followUpText(strings.ReplaceAll(text, "’", "'"))), " ?!.")), " ")
	if !opposeAsks[t] && !disagreeAsks[t] || rec.Question == "" {
		return "", false
	}
	prev := Parse(c, readQuestion(c, rec.Question, "", rec.Lang).English)
	if len(prev.Words) == 0 {
		return "", false
	}
	topic := strings.Join(prev.Words, " ")
	if disagreeAsks[t] {
		return othersOn(c, rec, topic), true
	}
	return "who opposes " + topic, true
}
