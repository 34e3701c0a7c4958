package corpus

import (
	"strings"

	"github.com/stancebot/stancebot/corpus/lang"
)

// accordingToOfficial reports a fronted "According to", "For", "In the
// words of", "Según", "Selon" or "D'après" whose source, up to the clause's comma (clause), is one of
// a country's officials or bodies (mention m): "According to Togo's
// foreign minister,", "according to the Nigerian ambassador,", "Según el
// canciller de Togo,", "Selon le ministre des Affaires étrangères du
// Togo,", "D'après l'ambassadeur du Togo,". The clause after it is what
// that country says, whatever country it is about; it was held by the
// clause's subject (TestAccordingToOfficial). A country alone as the
// source ("According to Chile,", "Según España,") is frontedView's and
// reportedView's.
func accordingToOfficial(toks []Token, m Mention, s, clause int) bool {
	i := s + 1
	switch w := Fold(toks[s].Lower); {
	case w == "according" && s+1 < clause && toks[s+1].Lower == "to":
		i = s + 2
	case w == "for" || w == "para" || w == "pour":
		// "For Togo's minister, Benin is a model": an official's view (a
		// country's own, "For Chile,", is frontedView's). So is "Pour le
		// délégué de Madagascar, la fracture numérique …", "Para el
		// delegado de …": a meetings coverage's way of giving a speaker's
		// view, read as the previous speaker's (pages17's 9f8).
	case (w == "según" || w == "segun") && s+2 < clause && spanishSaid(toks, s+1):
		i = s + 2 // "Según explicó el viceministro cubano, …" (pages17's 9f9)
	case w == "in" && s+3 < clause && toks[s+1].Lower == "the" && (toks[s+2].Lower == "words" || toks[s+2].Lower == "view" || toks[s+2].Lower == "opinion") && toks[s+3].Lower == "of":
		i = s + 4 // "In the words of Togo's minister,"
	case reportPreps[w] && w != "para" && w != "pour":
	case deAcuerdoCon(toks, s, clause):
		i = s + 3
	default:
		return false
	}
	if m.First < i || m.Last >= clause {
		return false
	}
	role := false
	for k := i; k < clause; k++ {
		if k >= m.First && k <= m.Last {
			continue
		}
		w := toks[k].Lower
		if bare, ok := lang.StripElision(w); ok {
			w = bare // "l'ambassadeur"
		}
		switch {
		case govNouns[w] || personNouns[w] || govNounsESFR[w]:
			role = true
		case articles[w] || officeWords[w] || officeWordsESFR[w] || w == "of":
		case role && (startsUpper(toks[k].Orig) || portfolioJoins[w]):
			// the official's portfolio: "el viceministro cubano de
			// Comunicaciones", "the Minister of Information and
			// Communication Technology of Namibia" (pages17's 9f9)
		default:
			return false
		}
	}
	return role
}

// portfolioJoins join the words of a minister's portfolio ("Information
// and Communication Technology", "Postes et Télécommunications").
var portfolioJoins = toSet(`and y e et`)

// deAcuerdoCon reports a sentence (toks[s:e]) opening "De acuerdo con"
// ("De acuerdo con el ministro togolés, …"), fronted as "Según" is.
func deAcuerdoCon(toks []Token, s, e int) bool {
	return s+3 < e && toks[s].Lower == "de" && toks[s+1].Lower == "acuerdo" && (toks[s+2].Lower == "con" || toks[s+2].Lower == "a")
}

// officeWordsESFR qualify an official in Spanish and French, and join
// the official to the country: "el ministro de Relaciones Exteriores de
// Togo", "le ministre des Affaires étrangères du Togo".
var officeWordsESFR = toSet(`de del du des d relaciones exteriores asuntos affaires étrangères etrangeres extranjeros
vice adjunto adjunta adjoint adjointe primer première premier`)

// trailingSpeaker returns the country a reporting clause at the end of
// the first sentence (toks[:e]) names as the speaker, itself or by one of
// its officials: "Benin is a close partner, the Togolese foreign minister
// said.", "…, said Peru's envoy.", "…, Uganda's minister told reporters
// on Monday.", "…, Nigeria said." The sentence before the clause is the
// speaker's words, whatever country it is about; it was held by its
// subject (TestTrailingSpeaker). The clause holds a speaker, a verb of
// saying and, after both, adjuncts ("on Tuesday", "in a statement"),
// nothing else ("…, as Nigeria has long argued" is no reporting clause).
func trailingSpeaker(toks []Token, e int, ms []Mention) (string, bool) {
	if e < 6 {
		return "", false
	}
	c := -1 // the clause: from the last comma of the sentence to its end
	for i := e - 1; i > 1 && i >= e-12; i-- {
		if strings.Contains(toks[i].Gap, ",") {
			c = i
			break
		}
	}
	if c < 0 {
		return "", false
	}
	return speakerClause(toks, c, e, ms)
}

// asideSpeaker returns the country a reporting aside between commas after
// the first sentence's opening words names as the speaker: "Benin, the
// Togolese minister said, is a close partner." (TestTrailingSpeaker).
func asideSpeaker(toks []Token, e int, ms []Mention) (string, bool) {
	a := -1
	for i := 1; i < e && i < 8; i++ {
		if strings.Contains(toks[i].Gap, ",") {
			a = i
			break
		}
	}
	if a < 0 {
		return "", false
	}
	for b := a + 1; b < e && b <= a+8; b++ {
		if strings.Contains(toks[b].Gap, ",") {
			return speakerClause(toks, a, b, ms)
		}
	}
	return "", false
}

// speakerClause returns the country that toks[c:e] names as a speaker,
// itself or by one of its officials, when those tokens are a reporting
// clause: a speaker and a verb of saying and, after both, adjuncts ("on
// Tuesday", "in a statement"), nothing else.
func speakerClause(toks []Token, c, e int, ms []Mention) (string, bool) {
	said, speaker := false, false
	for i := c; i < e && !(said && speaker); i++ {
		w := toks[i].Lower
		switch {
		case clauseSayVerbs[w] || quoteVerbs[w] || spanishSaid(toks, i) || frenchSaid(toks, i):
			said = true
		case w == "according" && i+1 < e && toks[i+1].Lower == "to" || reportPreps[Fold(w)] && w != "para" && w != "pour":
			// ", according to Togo's foreign minister.", ", según el
			// canciller togolés.", ", selon le ministre togolais."
			said = true
			if w == "according" {
				i++
			}
		case w == "has" || w == "a" || w == "ha" || w == "t-il" || w == "t-elle" || w == "a-t-il" || w == "a-t-elle":
			// a French or Spanish auxiliary before its participle ("a déclaré")
		case inMention(ms, i):
			speaker = speaker || i == mentionEnd(ms, i) && !toks[i].Poss // "Nigeria", not "Nigeria's" before its official
		case govNouns[w] || personNouns[w] || govNounsESFR[w]:
			speaker = true
		case articles[w] || officeWords[w] || officeWordsESFR[w] || w == "affairs" || w == "of":
		default:
			if bare, ok := lang.StripElision(w); ok && (personNouns[bare] || govNounsESFR[bare]) {
				speaker = true // "a déclaré l'ambassadeur du Togo"
				continue
			}
			return "", false // more than a speaker and a verb: a clause of its own
		}
	}
	if !said || !speaker {
		return "", false
	}
	country := ""
	for _, m := range ms {
		if m.First < c || m.First >= e {
			continue
		}
		if country != "" && country != m.Country {
			return "", false
		}
		country = m.Country
	}
	return country, country != ""
}

// clauseSayVerbs are the English verbs of a reporting clause ("…, the
// minister recalled."); not any verb in -ed ("…, Peru has asked for
// assistance" is a clause of its own).
var clauseSayVerbs = toSet(`said says added noted stressed insisted recalled explained warned argued observed stated declared
remarked acknowledged emphasised emphasized underlined underscored commented replied responded told wrote`)

// spanishSaid reports a Spanish verb of saying in the preterite, as a
// reporting clause puts it: "dijo", "afirmó", "declaró", "señaló".
func spanishSaid(toks []Token, i int) bool {
	w := toks[i].Lower
	return w == "dijo" || w == "dice" || strings.HasSuffix(w, "ó") && len(w) > 5 && spanishSayStems[strings.TrimSuffix(w, "ó")]
}

// spanishSayStems are the stems of spanishSaid's preterites ("afirm" of
// "afirmó").
var spanishSayStems = toSet(`afirm declar señal senal añad anad agreg asegur indic subray explic sostuv precis destac insist
advirt recalc manifest expres coment apunt reiter inform detall`)

// mentionEnd returns the last token of the mention of ms holding token
// i.
func mentionEnd(ms []Mention, i int) int {
	for _, m := range ms {
		if i >= m.First && i <= m.Last {
			return m.Last
		}
	}
	return -1
}

// inMention reports whether token i is part of one of ms.
func inMention(ms []Mention, i int) bool {
	for _, m := range ms {
		if i >= m.First && i <= m.Last {
			return true
		}
	}
	return false
}

// possessiveTakenUpBy returns the country that, in a passive, takes a
// position on another country's proposal or statement (mention m, a
// possessive before a thing, not a person): "Benin's proposal for a
// regional CERT was welcomed by Togo", "Chile's draft was opposed by
// Peru". The sentence is the agent's position; it was held by the
// possessive's country (TestPossessiveTakenUpBy). Only verbs of taking a
// position (positionPassive) count: "Benin's minister was received by
// Togo's president" is no one's position on anything.
func possessiveTakenUpBy(toks []Token, m Mention, e int, ms []Mention) (Mention, bool) {
	if m.Last+1 >= e || personNouns[toks[m.Last+1].Lower] || govNouns[toks[m.Last+1].Lower] {
		return Mention{}, false
	}
	for i := m.Last + 2; i < e && i <= m.Last+10; i++ {
		if !passiveBe[toks[i].Lower] {
			continue
		}
		j := i + 1
		for j < e && (passiveFill[toks[j].Lower] || strings.HasSuffix(toks[j].Lower, "ly")) { // "was strongly opposed"
			j++
		}
		if j+2 >= e || !positionPassive[toks[j].Lower] || !passiveAgent[toks[j+1].Lower] {
			return Mention{}, false
		}
		for _, a := range ms {
			if a.How != ByDemonym && a.Country != m.Country && (a.First == j+2 || a.First == j+3 && articles[toks[j+2].Lower]) {
				return a, true
			}
		}
		return Mention{}, false
	}
	return Mention{}, false
}

// positionPassive are participles of taking a position on something,
// in English, Spanish and French.
var positionPassive = toSet(`welcomed supported backed endorsed rejected opposed echoed seconded cosponsored co-sponsored
acogida acogido apoyada apoyado respaldada respaldado rechazada rechazado
saluée salué soutenue soutenu appuyée appuyé rejetée rejeté`)
