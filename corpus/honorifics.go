package corpus

import "strings"

// Summaries of a high-level segment name their speakers by honorific and
// office alone: "H.E. the Minister for Foreign Affairs of the Republic of
// Botswana said …", "H.E. the Deputy Prime Minister of the Kingdom of
// Bahrain stressed …", "Her Excellency the Permanent Representative of
// Fiji called …". The office's own words ("Minister for Foreign Affairs")
// hold prepositions and capitals the role-phrase rule (insideSubjectNP)
// stops at, and "H.E." reads as the pronoun "he", so such a paragraph was
// held by the speaker before it (Botswana holding Bahrain's words,
// TestPages5Corpus).

// honorificWords open a speaker's designation: "H.E." (read "he"), "His
// Excellency", "Her Excellency", "S.E." (Spanish and French).
var honorificWords = toSet(`he his her excellency se son sa excelencia excellence`)

// titleJoinWords may stand in an office's title between its capitals.
var titleJoinWords = toSet(`for of and the y de del et des du`)

// titledSpeaker matches a country m named by an office that an honorific
// (or an article before the capitalised office) opens, as the subject of the clause toks[clause:e]: the honorific, then
// only the office's capitalised words (with "for", "of", "and") holding a
// role noun, then "of" and the country, then a verb, directly or after an
// insertion between commas. It returns where the designation starts.
func titledSpeaker(toks []Token, m Mention, clause, e int) (int, bool) {
	i := clause
	switch {
	case i >= m.First:
		return 0, false
	case honorificWords[toks[i].Lower]:
	case articles[toks[i].Lower] && i+1 < m.First && officeNoun(toks[i+1].Lower):
		// No honorific, the office right after the article: "The
		// Minister of Foreign Affairs of Zambia, Mr. Banda, presented …"
		// (was the previous speaker's, TestTitledOfficeNoHonorific).
	default:
		return 0, false
	}
	for i < m.First && honorificWords[toks[i].Lower] && toks[i].Lower != "the" {
		i++
	}
	prep := m.First - 1
	if prep > i && articles[toks[prep].Lower] {
		prep--
	}
	if prep <= i || prep-i > 12 || toks[prep].Lower != "of" && toks[prep].Lower != "de" && toks[prep].Lower != "du" && toks[prep].Lower != "del" {
		return 0, false
	}
	role := false
	for k := i; k < prep; k++ {
		t := toks[k]
		if k > clause && t.Gap != "" || t.Poss {
			return 0, false
		}
		switch {
		case officeNoun(t.Lower):
			role = true
		case titleJoinWords[t.Lower] || articles[t.Lower] || startsUpper(t.Orig) || k > i+1 && (titleLowerWords[t.Lower] || officeWords[t.Lower]):
		default:
			return 0, false
		}
	}
	if !role {
		return 0, false
	}
	next := m.Last + 1
	if next >= e {
		return 0, false
	}
	if toks[next].Gap == "" {
		if toks[next].Lower == "a" && next+1 < e && toks[next+1].Gap == "" {
			next++ // French "… de la Zambie a présenté"
		}
		return clause, verbLike(toks[next])
	}
	if toks[next].Gap != "," {
		return 0, false
	}
	// "…, speaking on behalf of the Southern African Development Community, called"
	for k := next + 1; k < e && k <= next+20; k++ {
		if strings.Contains(toks[k].Gap, ",") {
			return clause, verbLike(toks[k])
		}
	}
	return 0, false
}

// titleLowerWords are the lower-case words a French or Spanish office's
// title holds after its first capital: "le Ministre des affaires
// étrangères de la Zambie", "el Ministro de Relaciones exteriores". Folded
// and accented forms both.
var titleLowerWords = toSet(`affaires étrangères etrangeres extérieures exterieures relaciones exteriores asuntos
extranjeros numérique numerique transformation digitale information communications communication technology
technologies innovation`)

// officeNouns name offices a speaker holds besides roleNouns: "Prime
// Minister", "Secretary of State", "Foreign Minister", "President".
var officeNouns = toSet(`secretary president chancellor premier head representative commissioner secretario secretaria
canciller presidente presidenta secrétaire président présidente chef jefe jefa`)

// officeNoun reports a word naming an office, a deputy's too ("Viceministra",
// "Vice-President", "Deputy" is read with the office after it).
func officeNoun(w string) bool {
	if rest, ok := strings.CutPrefix(w, "vice"); ok && len(rest) > 3 {
		w = strings.TrimPrefix(rest, "-")
	}
	return roleNouns[w] || roleNounsESFR[w] || officeNouns[w]
}
