package corpus

import "strings"

// A think tank's or a journal's disclaimer at a post's foot ("The Pacific
// Policy Lab is an independent research institute. The views expressed
// are those of the authors.", "Las opiniones expresadas no reflejan
// necesariamente …", "Les opinions exprimées n'engagent que leurs
// auteurs") says nothing of any country: it kept the last country note's
// holder (Nauru) by block order (TestAuthorsDisclaimer).

// disclaimerPhrases mark a disclaimer, in English, Spanish and French.
var disclaimerPhrases = []string{
	"views expressed", "opinions expressed", "views and opinions expressed", "do not necessarily reflect",
	"opiniones expresadas", "no reflejan necesariamente", "no representan necesariamente",
	"opinions exprimées", "n'engagent que", "n’engagent que", "ne reflètent pas nécessairement",
}

// authorsDisclaimer reports a short paragraph holding a disclaimer's
// phrase (see above). A byte search for the phrases' shared stems spares
// nearly every paragraph the list.
func authorsDisclaimer(p string) bool {
	if len(p) > 400 || !strings.Contains(p, "xpres") && !strings.Contains(p, "necesariamente") && !strings.Contains(p, "engagent") &&
		!strings.Contains(p, "nécessairement") && !strings.Contains(p, "xprim") && !strings.Contains(p, "necessarily") {
		return false
	}
	low := strings.ToLower(p) // "Views expressed here …" opens a sentence
	for _, ph := range disclaimerPhrases {
		if strings.Contains(low, ph) {
			return true
		}
	}
	return false
}
