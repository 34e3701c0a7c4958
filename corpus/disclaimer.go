package corpus

import (
	"regexp"
	"strings"
)

// A think tank's or a journal's disclaimer at a post's foot ("The Pacific
// Policy Lab is an independent research institute. The views expressed
// are those of the authors.", "Las opiniones expresadas no reflejan
// necesariamente …", "Les opinions exprimées n'engagent que leurs
// auteurs") says nothing of any country: it kept the last country note's
// holder (Nauru) by block order (TestAuthorsDisclaimer).

// disclaimerPhrases mark a disclaimer, in English, Spanish and French.
// Each is held lower-case and with its first letter upper-case ("Views
// expressed here …" opens a sentence), so no paragraph is lower-cased.
var disclaimerPhrases = withCapitals(
	"views expressed", "opinions expressed", "views and opinions expressed", "do not necessarily reflect",
	"opiniones expresadas", "no reflejan necesariamente", "no representan necesariamente",
	"opinions exprimées", "n'engagent que", "n’engagent que", "ne reflètent pas nécessairement",
	// "This commentary reflects the views of its authors only" (asked23):
	// the views said to be the authors', not the expressed ones.
	"views of its author", "views of the author", "views of their author", "opinión de sus autores",
	"opinión de los autores", "opinion de ses auteurs", "opinion de leurs auteurs", "opinion des auteurs",
)

// withCapitals returns the phrases, each followed by its form with an
// upper-case first (ASCII) letter.
func withCapitals(phrases ...string) []string {
	out := make([]string, 0, 2*len(phrases))
	for _, ph := range phrases {
		out = append(out, ph, strings.ToUpper(ph[:1])+ph[1:])
	}
	return out
}

// authorsDisclaimer reports a short paragraph holding a disclaimer's
// phrase (see above). A byte search for the phrases' shared stems spares
// nearly every paragraph the list.
func authorsDisclaimer(p string) bool {
	if len(p) > 400 || !strings.Contains(p, "xpres") && !strings.Contains(p, "necesariamente") && !strings.Contains(p, "engagent") &&
		!strings.Contains(p, "nécessairement") && !strings.Contains(p, "xprim") && !strings.Contains(p, "necessarily") &&
		!strings.Contains(p, "views of") && !strings.Contains(p, "de sus autores") && !strings.Contains(p, "de los autores") && !strings.Contains(p, " auteurs") {
		return false
	}
	for _, ph := range disclaimerPhrases {
		if strings.Contains(p, ph) {
			return true
		}
	}
	return false
}

// recordNoteRe matches a parliament's or a record's note on where its
// text is published or how final it is: "Written answers are published in
// the Official Report (unrevised).", "Las respuestas escritas se publican
// en el Diario de Sesiones.", "Les réponses écrites sont publiées au
// Journal officiel.", "This is an unrevised transcript." It says nothing,
// and block order gave it the minister's country (pages20's 9i1).
var recordNoteRe = regexp.MustCompile(`^(?:(?:(?:Written|Oral) )?(?:[Aa]nswers|[Rr]eplies)(?: to (?:written |oral )?(?:parliamentary )?questions)? (?:are|will be) published (?:in|on)|(?:Las )?[Rr]espuestas(?: escritas| orales)? se publican en|(?:Les )?[Rr]éponses(?: écrites| orales)? (?:sont|seront) publiées (?:au|dans|sur)|This (?:is an? )?(?:unrevised|uncorrected|provisional|unedited) (?:transcript|record|text|version))\b[^.]{0,100}\.?$`)

// recordNote reports a record's publication note (see recordNoteRe),
// after a look at its first word.
func recordNote(p string) bool {
	switch first, _ := leadWord(p); first {
	case "Written", "Oral", "Answers", "Replies", "Las", "Respuestas", "Les", "Réponses", "This":
		return len(p) < 200 && recordNoteRe.MatchString(p)
	}
	return false
}
