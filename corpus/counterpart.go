package corpus

import "strings"

// Meeting coverage names a speaker as the previous one's counterpart:
// "Son homologue de la Mauritanie a insisté …", "His counterpart from
// Mauritania stressed …", "Her Mauritanian counterpart …", "Su homólogo
// de Mauritania subrayó …". The possessive read as a continuation, and
// the paragraph went on as the previous speaker's (Burkina Faso holding
// Mauritania's words). A counterpart is another delegation by
// definition: the country the opening names holds the paragraph, and with
// none named ("His counterpart stressed …") nobody does (TestCounterpart).

// counterpartNouns name a speaker by the previous one's office. Folded and
// accented forms both.
var counterpartNouns = toSet(`counterpart counterparts homologue homologues homólogo homóloga homólogos homólogas
homologo homologa homologos homologas`)

// counterpartLeads open such a designation: a possessive or an article.
var counterpartLeads = toSet(`his her their its the son sa ses leur leurs le la les su sus el los las`)

// mayCounterpart is counterpartOpens's prefilter: the noun's stem in the
// paragraph's first 40 bytes.
func mayCounterpart(p string) bool {
	p = p[:min(len(p), 40)]
	return strings.Contains(p, "ounterpart") || strings.Contains(p, "omolog") || strings.Contains(p, "omólog")
}

// counterpartOpens reports whether the paragraph opens with a
// counterpart's designation (opens), and the mention of the country it
// names, if any (found): "His counterpart from Mauritania", "Son homologue
// mauritanien", "Her Mauritanian counterpart", "L'homologue du Niger".
func counterpartOpens(toks []Token, ms []Mention) (m Mention, found, opens bool) {
	if len(toks) < 2 {
		return Mention{}, false, false
	}
	k := -1 // the counterpart noun
	switch {
	case counterpartNouns[strings.TrimPrefix(strings.TrimPrefix(toks[0].Lower, "l'"), "l’")]:
		k = 0 // "L'homologue du Niger"
	case !counterpartLeads[toks[0].Lower]:
		return Mention{}, false, false
	case counterpartNouns[toks[1].Lower] && toks[1].Gap == "":
		k = 1
	case len(toks) > 2 && counterpartNouns[toks[2].Lower] && toks[1].Gap == "" && toks[2].Gap == "":
		k = 2 // "Her Mauritanian counterpart"
		for _, m := range ms {
			if m.First == 1 && m.Last == 1 {
				return m, true, true
			}
		}
		return Mention{}, false, false // "Her new counterpart": not this shape
	default:
		return Mention{}, false, false
	}
	for _, m := range ms {
		if m.First <= k {
			continue
		}
		if m.First > k+4 {
			break
		}
		// "from Mauritania", "de la Mauritanie", "du Niger", "mauritanien"
		if m.How == ByDemonym && m.First == k+1 || m.How != ByDemonym && m.First > k+1 && countryPrep(toks[k+1].Lower) {
			for i := k + 1; i <= m.First; i++ {
				if toks[i].Gap != "" {
					return Mention{}, false, true
				}
			}
			return m, true, true
		}
	}
	return Mention{}, false, true
}

// countryPrep reports a preposition that places a counterpart in a country.
func countryPrep(w string) bool {
	switch w {
	case "from", "of", "de", "du", "des", "del", "d":
		return true
	}
	return false
}
