package corpus

import "strings"

// A joint release opens with the institutions of two or more States as its
// subject: "The Governments of Laos and Cambodia agreed …", "On 15–16
// April 2026, the Ministries of Foreign Affairs of the Kyrgyz Republic and
// the Republic of Tajikistan held …", "Les ministères des Affaires
// étrangères du Bénin et du Togo ont tenu …", "Los Gobiernos de Panamá y
// Costa Rica acordaron …". The grammar read the first State as the subject
// ("the Governments of Laos"), so the first State alone held the
// paragraph, and the release's "Both sides …" after it had no two parties
// (testdata/pages13's 9ba). Each State of the list holds it.

// pluralInstitutions are the plural heads of such a subject.
var pluralInstitutions = toSet(`governments ministries ministers delegations presidents leaders heads representatives
gobiernos ministerios ministros cancilleres cancillerías delegaciones presidentes mandatarios representantes
gouvernements ministères ministres délégations présidents chefs représentants`)

// institutionLinks may stand inside the subject between its head and its
// States: prepositions, articles, "and", and a ministry's name ("of
// Foreign Affairs", "des Affaires étrangères", "de Relaciones
// Exteriores").
var institutionLinks = toSet(`of for the and de del du des la le les los las l d y e et foreign affairs étrangères
relaciones exteriores extérieures state états estado estados`)

// frontedTimeWords open a sentence's fronted date before its subject ("On
// 15 April 2026, …", "El 3 de marzo, …", "Le 3 mars, …").
var frontedTimeWords = toSet(`on in el en le du from`)

// institutionPair returns the States of a plural institutions' subject
// that opens the sentence toks[:e] (countries ms) and the subject as
// evidence, or nil.
func institutionPair(p string, toks []Token, ms []Mention, e int) ([]string, string) {
	if len(ms) < 2 || e > len(toks) {
		return nil, ""
	}
	i := readoutDatelineEnd(toks, e) // and "Bogotá, 22 de octubre de 2025 – Los gobiernos de …"
	if i < e && frontedTimeWords[toks[i].Lower] {
		// Skip a fronted date to its comma, within eight words.
		k := i + 1
		for k < e && k <= i+8 && !strings.Contains(toks[k].Gap, ",") {
			k++
		}
		if k >= e || k > i+8 {
			return nil, ""
		}
		i = k
	}
	if i < e && articles[toks[i].Lower] {
		i++
	}
	// The head, after at most two words ("The Foreign Ministers of").
	h := i
	for h < e && h <= i+2 && !pluralInstitutions[toks[h].Lower] {
		h++
	}
	if h >= e || h > i+2 || !pluralInstitutions[toks[h].Lower] {
		return nil, ""
	}
	var list []string
	and := false
	k := h + 1
	for ; k < e; k++ {
		inMention := false
		for _, m := range ms {
			if m.First <= k && k <= m.Last {
				if m.How == ByDemonym {
					return nil, ""
				}
				if !contains(list, m.Country) {
					list = append(list, m.Country)
				}
				k = m.Last
				inMention = true
				break
			}
		}
		if inMention {
			continue
		}
		w := strings.TrimRight(toks[k].Lower, "'’")
		if andJoins[w] {
			and = true
		}
		if !institutionLinks[w] && !startsUpper(toks[k].Orig) {
			break
		}
		if strings.Contains(toks[k].Gap, ",") && k > h+1 {
			return nil, "" // "The Governments of Laos, Cambodia's partner, …"
		}
	}
	if len(list) < 2 || !and || k >= e || !verbLike(toks[k]) {
		return nil, ""
	}
	if beByAgent(toks, k, e) {
		return nil, "" // "Delegations of A and B were received by the President": acted on, no joint act
	}
	return list, clip(p[toks[i].Start:toks[k].End], 60)
}

// beByAgent reports a passive with its agent from token k: a form of "be"
// and "by" ("por", "par") within the three words after it ("were received
// by the President", "fueron recibidas por el Presidente").
func beByAgent(toks []Token, k, e int) bool {
	if k >= e || !passiveBe[toks[k].Lower] {
		return false
	}
	for j := k + 1; j < e && j <= k+3; j++ {
		if passiveAgent[toks[j].Lower] {
			return true
		}
	}
	return false
}
