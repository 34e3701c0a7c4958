package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// countLeads open a question that counts ("how many", "cuántas",
// "combien"), folded.
var countLeads = toSet(`how cuantas cuantos combien`)

// countReferring are the words of a counting follow-up that stand for the
// last reply's country: English "it", the Spanish verb whose subject is
// left out ("¿cuántas declaraciones tiene?"), French inverted pronouns
// ("combien de déclarations a-t-il ?"), folded.
var countReferring = toSet(`it tiene tienen hay il elle a-t-il a-t-elle ont-ils ont-elles t-il t-elle`)

// countFollowUp reads a follow-up that counts the last country's
// statements without naming it ("how many statements does it have?",
// "¿cuántas declaraciones tiene?", "combien de déclarations a-t-il ?")
// as the count question for that country, which the question handler
// answers ("how many statements does Paraguay have"). Read as a new
// question it named no country, so it was answered with the list of
// every country (TestCountFollowUp). referred: dropReferring took out a
// pronoun ("they").
func countFollowUp(c *corpus.Corpus, rec ReplyRecord, text string, referred bool) (string, bool) {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 8 || !countLeads[words[0]] || words[0] == "how" && words[1] != "many" {
		return "", false
	}
	pointed := referred
	for _, w := range words[1:] {
		pointed = pointed || countReferring[strings.Trim(w, "?¿!.,")]
	}
	if !pointed {
		return "", false // "how many statements are there": the whole corpus
	}
	p := Parse(c, readQuestion(c, text, "", rec.Lang).English)
	if len(p.Countries) > 0 || len(p.Themes) > 0 {
		return "", false
	}
	names := holdersOfKeys(c, rec.Keys)
	if len(names) != 1 {
		return "", false // several countries on show: "it" names none of them
	}
	return "how many statements does " + names[0] + " have", true
}
