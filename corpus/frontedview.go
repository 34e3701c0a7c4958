package corpus

import "github.com/stancebot/stancebot/corpus/lang"

// A fronted phrase that frames whose view a sentence gives names its
// holder at its end: "According to Ghana, …", "In the view of Ghana, …",
// "For Ghana, the priority is …", "De acuerdo con el Ecuador, …", "A
// juicio de Honduras, …", "De l'avis du Mali, …", "Aux yeux du Niger, …",
// "Du point de vue de la Zambie, …". Before these were read, such a
// paragraph was kept by the paragraph before it: another country's words
// (TestFrontedViewHolds).

// viewNounsESFR are viewNouns' Spanish and French words, folded: the noun
// before "de" in "a juicio de", "en opinión de", "de l'avis de", "aux
// yeux de", "du point de vue de", "desde el punto de vista de".
var viewNounsESFR = toSet(`opinion juicio criterio parecer entender avis yeux vue vista palabras posicion position`)

// frontedViewOpens reports whether the sentence at s opens with one of the
// Spanish and French view phrases whose first word is not in fronted
// ("De acuerdo con", "De l'avis de", "Du point de vue de"), so that its
// clause is found as a fronted one's is.
func frontedViewOpens(toks []Token, s, e int) bool {
	if s+1 >= e {
		return false
	}
	switch first, next := toks[s].Lower, toks[s+1].Lower; first {
	case "de":
		return next == "acuerdo" || next == "l'avis" || next == "l’avis"
	case "du":
		return next == "point"
	}
	return false
}

// frontedView reports whether the words before a country starting at from
// (after its article) frame its view and open the sentence at s. "For
// Ghana," frames a view only when no other country follows in the
// sentence ("For Ghana, Kenya pledged $5m" is Kenya's), which the caller
// checks (laterMention).
func frontedView(toks []Token, s, from int) (isFor bool, ok bool) {
	if from == s+1 && toks[s].Lower == "for" {
		return true, true
	}
	if from < s+2 {
		return false, false
	}
	prep, noun := toks[from-1].Lower, toks[from-2].Lower
	if n, elided := lang.StripElision(noun); elided {
		noun = n
	}
	noun = Fold(noun)
	switch prep {
	case "to":
		return false, noun == "according"
	case "con":
		return false, noun == "acuerdo"
	case "of":
		return false, viewNouns[noun]
	case "de", "del", "du", "des", "d'":
		return false, viewNounsESFR[noun]
	}
	return false, false
}

// laterMention reports whether a country of ms is named at or after clause.
func laterMention(ms []Mention, clause int) bool {
	for _, m := range ms {
		if m.First >= clause {
			return true
		}
	}
	return false
}
