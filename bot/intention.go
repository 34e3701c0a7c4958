package bot

import "github.com/stancebot/stancebot/corpus"

// A question may ask what a country means to do rather than what it said
// about something: "does kuwait plan a new strategy", "is kuwait planning
// to report incidents", "what are kuwait's plans", "does chile intend to
// ratify". The verb of intention is the question's predicate, not its
// topic: read as a topic word it held the statement to "plan" as well, and
// a large corpus, which holds that word elsewhere, then found nothing of
// the country's (TestIntentionVerb). A small corpus hid this: a word it
// lacks is left out of the match anyway.

// intentionVerbs say what a country means to do. The nouns among them
// ("plan", "plans", "aim") are topics of their own after anything but the
// country ("its action plan", "the national plan"): intentionVerb reads
// them only right after an asked subject.
var intentionVerbs = toSet(`plan plans planning planned intend intends intending intended aim aims aiming hope hopes hoping
expect expects expecting going proposing wanting seek seeks seeking`)

// subjectAux open a question whose subject follows: "does kuwait plan",
// "is kuwait planning", "what are kuwait's plans", "will chile aim".
var subjectAux = toSet(`do does did is are was were will would has have had can could should`)

// intentionVerb reports whether toks[i] is a verb (or "'s plans" noun) of
// intention whose subject is the country asked, itself after an
// auxiliary: "does kuwait plan", "is the kuwaiti government planning", "what are
// kuwait's plans". "kenya plan", "the kenyan action plan" keep their topic.
func intentionVerb(toks []corpus.Token, i int, inCountry []bool) bool {
	if !intentionVerbs[toks[i].Lower] || i < 2 {
		return false
	}
	j := i - 1
	for j > 0 && !inCountry[j] && actorWords[toks[j].Lower] {
		j-- // "is the kuwaiti government planning"
	}
	if !inCountry[j] {
		return false
	}
	for j > 0 && inCountry[j-1] {
		j--
	}
	if j > 0 && toks[j-1].Lower == "the" {
		j--
	}
	return j > 0 && subjectAux[toks[j-1].Lower]
}
