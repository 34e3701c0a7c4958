package bot

import "strings"

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
