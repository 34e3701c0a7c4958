package corpus

import "strings"

// A broadcast's host frames the conversation: introduces the guest ("My
// guest today is Ambassador X, who leads Mongolia's delegation …",
// "Mi invitada de hoy es …", "Mon invité aujourd'hui est …"), thanks the
// guest and the listeners ("Ambassador, thank you very much for joining
// us.", "Thanks for listening.", "Merci de nous avoir écoutés.") and
// credits the programme ("Asia Policy Hour is produced by …", "Transcript
// lightly edited for clarity. Host: Daniel Okafor."). The host's
// label is a name the gazetteer does not know ("PRIYA MENON:", "Daniel
// Okafor:"), so such a line fell to the country the introduction names or
// to the guest's block before it (testdata/pages12's 990, pages13's 9b2):
// a journalist's words held by a country. Each is nobody's, and the block
// before it ends. Word tests on a short paragraph, no expression: a
// statement does not introduce its speaker as someone's guest.

// hostIntroPhrases introduce a guest; a paragraph of at most
// hostIntroMax bytes holding one is the host's.
var hostIntroPhrases = [...]string{"My guest today is", "My guest is", "my guest will be", "My guest will be",
	"my guests will be", "My guests will be", "Today I'm talking to", "Today I'm speaking with", "Today I am talking to",
	"Today I am speaking with", "Welcome to the show", "Welcome to the podcast", "Welcome to the programme",
	"Welcome to the program", "Hoy conversamos con", "Bienvenidos al programa", "Aujourd'hui, je reçois",
	"Aujourd’hui, je reçois", "Bienvenue dans l'émission", "My guests today are", "My guests are",
	"Joining me today is", "Joining me now is", "Joining me in the studio", "I'm joined by", "I am joined by",
	"We're joined by", "We are joined by", "Mi invitado de hoy es", "Mi invitada de hoy es", "Mi invitado es",
	"Mi invitada es", "Mis invitados de hoy son", "Nos acompaña hoy", "Nos acompaña en el estudio", "Mon invité aujourd'hui est",
	"Mon invitée aujourd'hui est", "Mon invité est", "Mon invitée est", "Mon invité aujourd’hui est",
	"Mon invitée aujourd’hui est", "Nous recevons aujourd'hui", "Nous recevons aujourd’hui"}

// hostCloserPhrases thank the guest or the listeners, or credit the
// programme; a paragraph of at most hostCloserMax bytes holding one is the
// host's.
var hostCloserPhrases = [...]string{"thank you for joining us", "thank you very much for joining us",
	"Thank you for joining us", "Thank you very much for joining us", "thanks for joining us", "Thanks for joining us",
	"Thanks for listening", "thanks for listening", "Thank you for listening", "thank you for listening",
	"That's all we have time for", "That’s all we have time for", "That is all we have time for", " is produced by ",
	" was produced by ", "Gracias por escucharnos", "gracias por escucharnos", "Gracias por acompañarnos",
	"gracias por acompañarnos", " es producido por ", " es una producción de ", "Merci de nous avoir écoutés",
	"merci de nous avoir écoutés", "Merci de nous avoir suivis", "merci de nous avoir suivis", " est produit par ",
	" est une production de ", "edited for clarity", "edited for length", "editada para mayor claridad",
	"editada por razones de", "révisée pour plus de clarté", "édité pour plus de clarté",
	// The guest's answer to the host's thanks and the programme's credit
	// as an independent one ("Q: Minister, thank you. A: Thank you for
	// having me.", "Caribbean Cyber Hour is an independent production.":
	// asked25's podcast, held by the guest's country).
	"Thank you for having me", "thank you for having me", "Thanks for having me", "Gracias por invitarme",
	"gracias por invitarme", "Merci de m'avoir invité", "merci de m'avoir invité", "Merci de m’avoir invité",
	" is an independent production", " es una producción independiente", " est une production indépendante"}

const (
	hostIntroMax  = 400
	hostCloserMax = 220
)

// hostFraming reports whether p (with phraseCues cues) is a broadcast
// host's framing line (see above).
func hostFraming(p string, cues cueSet) bool {
	if len(p) > hostIntroMax {
		return false
	}
	if cues&cueHostIntro != 0 && hasAnyOf(p, hostIntroPhrases[:]) {
		return true
	}
	return len(p) <= hostCloserMax && cues&cueHostCloser != 0 && hasAnyOf(p, hostCloserPhrases[:])
}

// hasAnyOf reports whether p holds one of subs.
func hasAnyOf(p string, subs []string) bool {
	for _, s := range subs {
		if strings.Contains(p, s) {
			return true
		}
	}
	return false
}

// A briefing's spokesperson, a panel's or a press conference's host also
// runs the floor: "Le porte-parole : Question suivante, s'il vous plaît.",
// "Spokesperson: The Minister will now take a few questions. Please
// identify yourselves.", "Spokesperson: Thank you all.", "Il n'y a
// pas d'autres questions ? Je vous remercie.", "Siguiente pregunta, por
// favor." Such a line names no country and says nothing of one; on a
// ministry's briefing it fell to the country of the block before it
// (testdata/pages12's 991, pages13's 9b3). It is nobody's, and the block
// ends (the next question opens the next one).

// moderatingPhrases run the floor; a paragraph of at most moderatingMax
// bytes holding one, and naming no country, is the moderator's.
var moderatingPhrases = [...]string{"your questions", "take a few questions", "take some questions", "take questions",
	"identify yourselves", "Thank you all.", "Thank you all for coming", "Next question", "next question", "any other questions",
	"any more questions", "any further questions", "no other questions", "no more questions", "no further questions",
	"vos questions", "Question suivante", "question suivante", "Prochaine question", "prochaine question",
	"d'autres questions", "d’autres questions", "autres questions ?", "Siguiente pregunta", "siguiente pregunta",
	"Próxima pregunta", "próxima pregunta", "sus preguntas", "otras preguntas", "más preguntas"}

const moderatingMax = 200

// moderatingLine reports whether p runs the floor (see above); the caller
// checks that it names no country.
func moderatingLine(p string) bool {
	if len(p) > moderatingMax {
		return false
	}
	for _, s := range moderatingPhrases {
		if strings.Contains(p, s) {
			return true
		}
	}
	return false
}
