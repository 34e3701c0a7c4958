package bot

import "strings"

// How a thread corrects or goes back: "no, I meant Fiji", "sorry, I
// meant ransomware", "sorry, Fiji not Colombia", "quise decir Chile", "je
// voulais dire la Guinée", "back to the treaty question", "volvamos a
// Uruguay", "revenons à la Jordanie". Read as they were, "meant",
// "sorry" and "volvamos" were topics asked about; what follows the cue is
// the country or topic the thread meant, as after "what about".
var (
	// apologyWords may open a correction, folded, trimmed of punctuation.
	apologyWords = toSet(`no nope sorry soz oops woops pardon perdon perdona disculpa disculpas non desole oups`)
	// correctionCues come before the country or topic meant, folded,
	// after any apology words.
	correctionCues = []string{"i meant ", "i mean ", "meant ", "i was asking about ", "quise decir ", "queria decir ",
		"quiero decir ", "me referia a ", "me refiero a ", "je voulais dire ", "je veux dire ", "je parlais de ", "je pensais a "}
	// backCues go back to an earlier country or topic of the thread.
	// The Spanish and French ones come with their article contracted too
	// ("volvamos al tema", "revenons au Liban", "retour aux Comores"):
	// left in, "au"/"al" would be read as the topic asked.
	backCues = []string{"going back to ", "go back to ", "back to ", "volviendo a ", "volvamos a ", "de vuelta a ", "regresando a ",
		"volviendo al ", "volvamos al ", "de vuelta al ", "regresando al ",
		"revenons a ", "revenons sur ", "retour a ", "retour sur ", "pour revenir a ",
		"revenons au ", "revenons aux ", "retour au ", "retour aux ", "pour revenir au ", "pour revenir aux "}
	// notWords introduce what a correction takes back ("Fiji not
	// Colombia", "Fiji, no Colombia", "la Guinée, pas le Tchad").
	notWords = []string{", not ", " not ", ", no ", ", pas ", " pas ", ", et non ", " et non ", " y no "}
	// cueLangs are the languages of the Spanish and French cues: a
	// correction typed with one is in that language even when its few
	// other words read as English ("no, me referia a islandia").
	cueLangs = map[string]string{"quise decir ": "es", "queria decir ": "es", "quiero decir ": "es", "me referia a ": "es",
		"me refiero a ": "es", "volviendo a ": "es", "volvamos a ": "es", "de vuelta a ": "es", "regresando a ": "es",
		"je voulais dire ": "fr", "je veux dire ": "fr", "je parlais de ": "fr", "je pensais a ": "fr", "revenons a ": "fr",
		"revenons sur ": "fr", "retour a ": "fr", "retour sur ": "fr", "pour revenir a ": "fr",
		"volviendo al ": "es", "volvamos al ": "es", "de vuelta al ": "es", "regresando al ": "es",
		"revenons au ": "fr", "revenons aux ": "fr", "retour au ": "fr", "retour aux ": "fr", "pour revenir au ": "fr",
		"pour revenir aux ": "fr"}
)

// correctionFollowUp reads a correction or a going back (text as
// followUpLead leaves it) as the "what about …" follow-up it stands for:
// "no, I meant fiji" is "what about fiji", "sorry, fiji not colombia" is
// "what about fiji". A taking back ("X not Y") is only read after an
// apology or a cue, or with its comma, so that "does fiji not agree" is
// left alone. code is the language of its cue when the cue is Spanish or
// French, "" otherwise.
func correctionFollowUp(text string) (q, code string, ok bool) {
	words := strings.Fields(text)
	i := 0
	for i < len(words) && apologyWords[strings.Trim(words[i], ",;:.!-—–")] {
		i++
	}
	rest := strings.Join(words[i:], " ")
	cued := false
	for _, cue := range append(correctionCues[:len(correctionCues):len(correctionCues)], backCues...) {
		if r, ok := strings.CutPrefix(rest, cue); ok {
			rest, cued, code = r, true, cueLangs[cue]
			break
		}
	}
	if !cued && i == 0 && !strings.Contains(rest, ", not ") {
		return "", "", false
	}
	taken := false
	for _, nw := range notWords {
		if j := strings.Index(rest, nw); j > 0 {
			rest, taken = rest[:j], true
			break
		}
	}
	rest = strings.Trim(rest, " ,;:.!")
	topic := ""
	if cued {
		rest, topic = splitBackTopic(rest)
	}
	if rest == "" || !cued && !taken || len(strings.Fields(rest)) > 6 {
		return "", "", false
	}
	if topic != "" {
		return "what about " + rest + " on " + topic, code, true
	}
	return "what about " + rest, code, true
}

// backTopicLeads open the topic a going back asks after its country, set
// off by a comma or colon ("back to lesotho, what about cybercrime",
// "volvamos a chile: ¿y sobre ransomware?", "revenons au bénin, et sur
// l'IA"), folded; the longest first.
var backTopicLeads = []string{"and what about ", "what about ", "how about ", "and on ", "and about ", "anything on ", "and ",
	"que hay de ", "y sobre ", "y en ", "sobre ", "y ", "et sur ", "et pour ", "sur ", "et ", "on "}

// splitBackTopic splits what a correction cue leaves into the country or
// topic meant and the topic asked after it: "lesotho, what about
// cybercrime" is "lesotho" and "cybercrime". Read whole, "what about
// lesotho, what about cybercrime" asked who backs Lesotho. Without such a
// clause, rest is returned as it is.
func splitBackTopic(rest string) (head, topic string) {
	for _, sep := range []string{", ", " : ", ": ", " - ", " — "} {
		h, t, ok := strings.Cut(rest, sep)
		if !ok {
			continue
		}
		t = strings.TrimLeft(strings.TrimSpace(t), "¿¡")
		for _, lead := range backTopicLeads {
			if r, ok := strings.CutPrefix(t, lead); ok && strings.TrimSpace(r) != "" && strings.TrimSpace(h) != "" {
				return strings.TrimSpace(h), strings.Trim(r, " ,;:.!?")
			}
		}
	}
	return rest, ""
}
