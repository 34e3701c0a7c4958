package corpus

import (
	"regexp"
	"strings"
)

// A delegation may speak for others as well as for itself: "Finland, also
// speaking on behalf of Estonia and Latvia, said …", "Speaking also on
// behalf of Uruguay and Paraguay, the representative of Argentina
// stressed …", "Ghana, speaking on behalf of a group of countries
// including Senegal and Côte d'Ivoire, called …", "Chile, también en
// nombre de Colombia y el Ecuador, afirmó …", "La Belgique, s'exprimant
// également au nom du Luxembourg et des Pays-Bas, a déclaré …". The
// statement is each named country's as much as the speaker's: it was read
// as the speaker's alone (TestBehalfOfEachCountry). Only a list of nothing
// but countries counts ("on behalf of the African Group" stays the
// speaker's), and only where the phrase belongs to the sentence's subject:
// fronted before it, or in apposition right after it.

// behalfAlsoRe finds "on behalf of" and its Spanish and French forms, with
// the article or contraction that joins it to the list.
var behalfAlsoRe = regexp.MustCompile(`(?i)\b(?:on behalf of|en nombre de(?:l\b)?|au nom (?:du|des|de la|de l['’]|de|d['’]))\s*`)

// behalfGroupRe is a group the list is said to be part of, before its
// countries: "a group of countries including", "un grupo de países entre
// ellos", "un groupe de pays dont".
var behalfGroupRe = regexp.MustCompile(`(?i)^(?:(?:a|the|un|una|le|un)\s+)?(?:(?:cross-regional|regional|interregional|transregional)\s+)?(?:group|number|grupo|groupe)\s+(?:of|de)\s+(?:\w+\s+)?(?:countries|States|delegations|países|Estados|delegaciones|pays|[ÉE]tats|délégations)(?:,)?\s+(?:including|namely|among them|such as|incluidos|entre ellos|entre los que|como|dont|notamment|parmi lesquels|y compris)\s+`)

// behalfLead are the words that may stand between a sentence's start (or
// its subject's comma) and "on behalf of": a speaking participle and
// "also", in English, Spanish and French.
var behalfLead = toSet(`speaking also intervening taking the floor making statement delivering
hablando también tambien interviniendo tomando la palabra asimismo
s'exprimant s’exprimant également egalement aussi intervenant prenant parole`)

// mayBehalf is behalfOf's prefilter: a byte search for the phrase's
// distinctive word.
func mayBehalf(p string) bool {
	// (The Spanish and French phrases share "nom": one search over a
	// paragraph without them, not four; it ran on most paragraphs.)
	return strings.Contains(p, "behalf") || strings.Contains(p, "nom") &&
		(strings.Contains(p, "nombre de") || strings.Contains(p, "au nom d") || strings.Contains(p, "Au nom d") || strings.Contains(p, "En nombre"))
}

// behalfOf returns the countries the first sentence's subject (subject)
// also speaks for (see above), without the subject, and the phrase as
// evidence; nil when it names none or anything but countries.
func (g *Gazetteer) behalfOf(p, subject string) (also []string, evidence string) {
	first := p
	if i := strings.Index(p, ". "); i > 0 {
		first = p[:i]
	}
	loc := behalfAlsoRe.FindStringIndex(first)
	if loc == nil {
		return nil, ""
	}
	// What stands before the phrase: nothing but a participle (fronted:
	// "Speaking also on behalf of A and B, the representative of C …"), or
	// the subject and its comma ("C, also speaking on behalf of …").
	before := first[:loc[0]]
	lead := before
	fronted := true
	if c := strings.LastIndexAny(before, ",("); c >= 0 {
		lead, fronted = before[c+1:], false
		if strings.ContainsAny(before[:c], ",;:") || !g.namesCountry(before[:c], subject) {
			return nil, ""
		}
	}
	for _, w := range strings.Fields(strings.ToLower(lead)) {
		if !behalfLead[w] {
			return nil, ""
		}
	}
	rest := first[loc[1]:]
	if m := behalfGroupRe.FindStringIndex(rest); m != nil {
		rest = rest[m[1]:]
	}
	// The list ends at a comma (the longest run of comma-separated parts
	// that is all countries: "Estonia, Latvia and Lithuania, said"), or at
	// the sentence's end.
	var list []string
	end := len(rest)
	for end > 0 {
		if l := g.countryList(strings.TrimRight(rest[:end], " ,)")); len(l) > 0 {
			list = l
			break
		}
		end = strings.LastIndexAny(rest[:end], ",)")
	}
	if len(list) == 0 {
		return nil, ""
	}
	if fronted {
		// The subject comes after the list: it must be another country.
		if contains(list, subject) {
			return nil, ""
		}
	}
	for _, c := range list {
		if c != subject && !contains(also, c) {
			also = append(also, c)
		}
	}
	if len(also) == 0 {
		return nil, ""
	}
	return also, clip(strings.TrimSpace(first[loc[0]:loc[1]+end]), 80)
}

// namesCountry reports whether text names country (by any of its names,
// not by a demonym or a capital alone).
func (g *Gazetteer) namesCountry(text, country string) bool {
	toks := Tokenize(text)
	for _, esfr := range []bool{false, true} {
		for _, m := range g.findText(toks, esfr) {
			if m.Country == country {
				return true
			}
		}
	}
	return false
}
