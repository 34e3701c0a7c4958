package bot

import "strings"

// "quote it", "exact words?", "cítalo", "cite-le mot pour mot" ask for
// the words of the statements the last reply showed: the same answers
// again, on the same page (each answer is the statement's own text). Read
// as a new question, "quote" was a topic nobody spoke on, and after "no,
// the other one" a country's topic. TestQuoteFollowUp backs it.
var quoteAsks = phraseSet(`quote|quote it|quote that|quote this|quote them|quote please|quote pls|can you quote it|the quote|exact quote|` +
	`exact words|the exact words|what were the exact words|word for word|verbatim|give me the quote|` +
	`citalo|citala|la cita|cita textual|la cita textual|palabras exactas|las palabras exactas|textualmente|` +
	`cite-le|cite-la|citez-le|citez-la|la citation|mot pour mot|les mots exacts|textuellement`)

// quoteFollowUp reports whether text (folded, as followUpLead leaves it)
// asks to quote the last reply's statements.
func quoteFollowUp(rec ReplyRecord, text string) bool {
	return rec.Question != "" && quoteAsks[strings.Join(strings.Fields(strings.Trim(text, " ?!.")), " ")]
}

// A restating follow-up asks the last question again in pronouns only:
// "what did they say about it", "what do they say on that?", "what's
// their position on it", "¿qué dijeron al respecto?", "qu'est-ce qu'ils en
// disent ?". The pronouns stand for the thread's country and topic and
// nothing else is asked, so the reply is the last question's answers; read
// as a new question it had neither country nor topic and was not
// understood.
var (
	// restateSay are the verbs of saying and nouns of a position one of
	// which a restating follow-up holds, folded.
	restateSay = toSet(`say says said saying think thinks thought view views position positions stance line take
		dijeron dicen dice dijo dicho piensan piensa pensaban opinan opina opinaron posicion postura
		disent dit dire pense pensent avis`)
	// restatePronouns stand for the thread's country or topic, folded.
	restatePronouns = toSet(`they them their it that this
		ellos ellas eso esto ello respecto
		ils elles eux leur leurs cela ca en la-dessus sujet`)
	// restateFrame are the other words such a follow-up may hold, folded.
	restateFrame = toSet(`what whats s did do does was were is are about on of regarding exactly again so and then the
		que cual es son su sus sobre de al y entonces han ha
		qu est-ce quelle quel est sur ce et alors ont a`)
)

// restateFollowUp returns the last question when text (folded, as
// followUpLead leaves it) only restates it in pronouns.
func restateFollowUp(rec ReplyRecord, text string) (string, bool) {
	if rec.Question == "" {
		return "", false
	}
	say, pronoun := false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r == ' ' || r == '\'' || r == '’' || r == ',' || r == '?' || r == '!' || r == '.' || r == ';' || r == ':'
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "-ils"), "-elles") // "qu'en disent-ils"
		switch {
		case restateSay[w]:
			say = true
		case restatePronouns[w]:
			pronoun = true
		case !restateFrame[w]:
			return "", false
		}
	}
	return rec.Question, say && pronoun
}
