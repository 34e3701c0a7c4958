package corpus

import "strings"

// The gazetteer gives "Congolese" (congolais, congoleño) to neither Congo:
// it names both. A bilateral communiqué's "La partie congolaise a
// rappelé …", "The Congolese side explained …" therefore named no subject,
// and went on with the party before — the other State (testdata/pages15's
// 9d1: Congo's words held by the Central African Republic). The page says
// which Congo it means: the one of the two its paragraphs so far were held
// by or named. When they named neither or both, the paragraph is
// nobody's rather than the party's before.

// ambiguousDemonyms are the demonym stems the gazetteer gives to no
// country, with the countries each may name (see data/countries.tsv).
var ambiguousDemonyms = [...]struct {
	stem      string // after the capital or lower-case initial
	countries [2]string
}{
	{"ongol", [2]string{"Congo", "DR Congo"}}, // Congolese, congolais(e)(s), congoleño(a)(s)
}

// sideArticles open a side's noun phrase before the demonym: "The
// Congolese side", "La partie congolaise", "El Gobierno congoleño".
var sideArticles = toSet(`The the La Le Les El Los Las L' la le les el los las l'`)

// ambiguousSide returns the countries an ambiguous demonym may name when
// it is in the paragraph's opening noun phrase (at most three words
// before it, the first an article, or the demonym first), or nil.
func ambiguousSide(p string) []string {
	if c := strings.Index(p[:min(len(p), 48)], ", "); c > 0 && strings.Count(p[:c], " ") < 6 {
		// "À sa sortie d'audience, le ministre congolais …": a short
		// fronted scene before the side (asked24).
		if side := ambiguousSide(p[c+2:]); side != nil {
			return side
		}
	}
	head := p[:min(len(p), 64)]
	for _, d := range ambiguousDemonyms {
		k := strings.Index(head, d.stem)
		if k < 1 || head[k-1] != 'C' && head[k-1] != 'c' {
			continue
		}
		before := strings.Fields(head[:k-1])
		if k-1 > 0 && head[k-2] != ' ' || len(before) > 3 || len(before) > 0 && !sideArticles[before[0]] {
			continue // "Mongolia", or the demonym deep in a sentence
		}
		return d.countries[:]
	}
	return nil
}

// pageSide returns the one of countries the page's paragraphs so far were
// held by or named, or "" when they were neither or both.
func pageSide(countries []string, paras []parsedPara) string {
	found := ""
	for _, pp := range paras {
		for _, c := range append([]string{pp.holder}, pp.info.mentionList()...) {
			if c != countries[0] && c != countries[1] || c == found {
				continue
			}
			if found != "" {
				return ""
			}
			found = c
		}
	}
	return found
}

// guestSideEvidence opens the evidence of a paragraph guestSide gave.
const guestSideEvidence = "the guest the author's page names: "

// guestSide returns the one of countries that is not the page's author,
// when the author is the other: its guest.
func guestSide(countries []string, author string) string {
	switch author {
	case "":
		return ""
	case countries[0]:
		return countries[1]
	case countries[1]:
		return countries[0]
	}
	return ""
}
