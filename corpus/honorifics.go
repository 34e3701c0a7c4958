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
	case articles[toks[i].Lower] && i+1 < m.First && (officeNoun(toks[i+1].Lower) || institutionNouns[toks[i+1].Lower] || agencyHeadNouns[toks[i+1].Lower]):
		// No honorific, the office right after the article: "The
		// Minister of Foreign Affairs of Zambia, Mr. Banda, presented …"
		// (was the previous speaker's, TestTitledOfficeNoHonorific); or
		// the ministry itself: "The ministry of foreign affairs of Jordan
		// said …", "El ministerio de relaciones exteriores de Jordania
		// afirmó …" (was the page's country's, TestMinistryOfCountry).
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
	role, institution, agency := false, false, false
	for k := i; k < prep; k++ {
		t := toks[k]
		if k > clause && t.Gap != "" || t.Poss {
			return 0, false
		}
		if (institution || agency) && articles[t.Lower] && !ofWord(toks[k-1].Lower) {
			// "The ministry welcomes the support of Jordan": an article
			// only after "of" ("the ministry of the interior").
			return 0, false
		}
		switch {
		case officeNoun(t.Lower):
			role = true
		case institutionNouns[t.Lower] && !role:
			role, institution = true, true
		case agencyHeadNouns[t.Lower] && !role:
			// "Le directeur général de l'autorité nationale de
			// cybersécurité du Rwanda, présent …, a affirmé", "The
			// director general of the national cybersecurity authority
			// of Rwanda said": the head of a State's agency, named
			// through the agency in lower case (was the page's
			// country's, esfr24's 873).
			role, agency = true, true
		case agency && (agencyNouns[unElided(t.Lower)] || agencyHeadRanks[t.Lower] || portfolioWord(t.Lower)):
		case titleJoinWords[t.Lower] || articles[t.Lower] || startsUpper(t.Orig) || k > i+1 && (titleLowerWords[t.Lower] || officeWords[t.Lower]):
		case institution && portfolioWord(t.Lower):
			// "the ministry of health of Jordan", "the ministry of
			// digital economy and entrepreneurship of Jordan": a
			// ministry's portfolio, in lower case.
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

// institutionNouns name a state's offices that speak as institutions: "The
// Ministry of Foreign Affairs of Jordan said …", "El Ministerio de
// Relaciones Exteriores de Jordania afirmó …", "Le ministère des Affaires
// étrangères de la Jordanie a déclaré …".
var institutionNouns = toSet(`ministry ministries department cancillería cancilleria ministerio ministère ministere
département departement departamento secretariat secrétariat`)

// portfolioWord reports a lower-case word that may name a ministry's
// portfolio ("health", "digital economy"): none that ends its noun phrase
// (npBreak, npBreakESFR, a say or hear verb, a subordinator, "in") or
// reads as a past verb.
func portfolioWord(w string) bool {
	// "le ministère de la santé a salué la position de la Jordanie":
	// npBreakESFR ends it at the auxiliary.
	return w != "in" && !npBreak[w] && !npBreakESFR(w) && !sayVerbs[w] && !hearVerbs[w] && !subordinators[w] &&
		!strings.HasSuffix(w, "ed")
}

// ofWord reports a preposition that joins an office's name to its
// portfolio: "of", "for", "de", "des", "du", "del".
func ofWord(w string) bool {
	switch w {
	case "of", "for", "de", "des", "du", "del":
		return true
	}
	return false
}

// agencyHeadNouns head a State's agency rather than hold a political
// office: the agency they direct may be written in lower case after them
// (see titledSpeaker).
var agencyHeadNouns = toSet(`director directora director-general directeur directrice directeur-général directeur-general
directrice-générale`)

// agencyHeadRanks qualify an agency's head: "director general", "directeur
// général adjoint", "directora ejecutiva".
var agencyHeadRanks = toSet(`general général générale generale adjoint adjointe adjunto adjunta ejecutivo ejecutiva exécutif
exécutive executive deputy`)

// unElided returns a French word without its elided article or "de"
// ("l'autorité" → "autorité").
func unElided(w string) string {
	for _, p := range [...]string{"l'", "d'", "l’", "d’"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			return rest
		}
	}
	return w
}

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
