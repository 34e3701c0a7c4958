package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// A second country can be only the setting of a question, not a holder
// whose position is asked: "what did Kenya say after Egypt's statement on
// cybercrime?", "Japan's reply to China on attribution", "Cameroon (not
// Greece) on hate speech". Answering it as a comparison would put the
// setting country's statements in front of the asker; the question is
// about the first country alone. TestContextCountry backs the rules.

// contextLead are the words that put the country after them in the
// background: time ("after", "following"), a reply ("in response to") or
// an exclusion ("not", "except").
var contextLead = map[string]bool{
	"after": true, "following": true, "before": true, "since": true,
	"not": true, "except": true, "excluding": true,
	// Spanish and French questions reach the parser translated word by
	// word, these words left as typed ("Kenia después declaración Egipto").
	"después": true, "tras": true, "antes": true, "excepto": true, "salvo": true, "no": true,
	"après": true, "avant": true, "suite": true, "sauf": true, "hormis": true, "pas": true,
}

// replyNouns are nouns that, followed by "to", make a reply ("in response
// to Egypt", "replying to China").
var replyNouns = map[string]bool{
	"response": true, "reply": true, "responding": true, "replying": true, "answer": true, "reaction": true, "reacting": true,
	"respuesta": true, "réponse": true, "respondió": true, "répondu": true, "répond": true, "responde": true,
}

// utteranceNouns name what the context country said ("Egypt's statement");
// they describe the setting, not a topic, and are dropped with it.
var utteranceNouns = map[string]bool{
	"statement": true, "statements": true, "remarks": true, "remark": true, "comments": true, "comment": true,
	"speech": true, "intervention": true, "interventions": true, "proposal": true, "position": true,
	"submission": true, "announcement": true, "words": true,
	"declaración": true, "declaraciones": true, "comentarios": true, "intervención": true, "discurso": true, "posición": true,
	"déclaration": true, "déclarations": true, "propos": true, "commentaires": true, "discours": true,
}

// contextCountry finds a country named only as context: exactly two
// countries, the second led by a context word, with no comparison word and
// no "and" joining them. It returns the mention and the token span
// [lo, hi) of the context phrase (lead word, country, possessed noun), or
// ok false.
func contextCountry(toks []corpus.Token, ms []corpus.Mention) (m corpus.Mention, lo, hi int, ok bool) {
	if len(ms) != 2 || ms[0].Country == ms[1].Country {
		return m, 0, 0, false
	}
	for _, t := range toks {
		switch t.Lower {
		case "compare", "comparison", "versus", "vs", "differ", "differs", "difference", "differences", "and", "both", "y", "et":
			return m, 0, 0, false
		}
	}
	second := ms[1]
	j := second.First - 1
	// "the", and an utterance noun before the name ("after the statement
	// of Egypt", as Spanish and French put it).
	for j >= 0 && (toks[j].Lower == "the" || utteranceNouns[toks[j].Lower]) {
		j--
	}
	if j < 0 {
		return m, 0, 0, false
	}
	switch {
	case contextLead[toks[j].Lower]:
	case replyNouns[toks[j].Lower]: // "en réponse à la Chine" reads "réponse Chine"
		if j > 0 && toks[j-1].Lower == "in" {
			j--
		}
	case toks[j].Lower == "to" && j > 0 && replyNouns[toks[j-1].Lower]:
		j--
		if j > 0 && toks[j-1].Lower == "in" {
			j--
		}
	default:
		return m, 0, 0, false
	}
	hi = second.Last + 1
	if toks[second.Last].Poss && hi < len(toks) && utteranceNouns[toks[hi].Lower] {
		hi++
	}
	return second, j, hi, true
}

// dropContextCountry removes a context-only country from the mentions and
// returns which tokens belong to the context phrase and its text.
func dropContextCountry(toks []corpus.Token, ms []corpus.Mention) ([]corpus.Mention, []bool, string) {
	m, lo, hi, ok := contextCountry(toks, ms)
	if !ok {
		return ms, nil, ""
	}
	skip := make([]bool, len(toks))
	words := make([]string, 0, hi-lo)
	for i := lo; i < hi; i++ {
		skip[i] = true
		words = append(words, toks[i].Orig)
	}
	kept := make([]corpus.Mention, 0, len(ms))
	for _, x := range ms {
		if x.Country != m.Country {
			kept = append(kept, x)
		}
	}
	return kept, skip, strings.Join(words, " ")
}
