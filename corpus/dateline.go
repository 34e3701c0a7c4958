package corpus

import "regexp"

// A news story's paragraph may open with a dateline, the place (and date)
// it was filed from in capitals: "BUDAPEST, 3 June 2026 – Poland's foreign
// ministry said …", "WARSAW – The proposal follows a wave of ransomware
// incidents …". The place is no one acting, and a dateline starts a story,
// or a part of one, whose words are the reporter's: a paragraph under it
// that names no subject was held by the previous paragraph's country
// (Hungary holding the background to Poland's proposal, TestPages5Corpus).
// It is now nobody's, unless the country before acts in it. A country's
// name in capitals before a dash is a label ("KENYA – supports …"), not a
// dateline.

// datelineRe matches a dateline: a place in capitals (group 1), an
// optional date or agency after a comma, and a dash; or a wire's
// dateline that ends with its agency in brackets and a full stop or a
// colon ("CIUDAD DE PANAMÁ, 12 nov (ACAN). Representantes …", "MADRID,
// 3 mars (AFP).- …", "DAKAR (APS) : …"), which read as a sentence of its
// own left the lead to the capital's country (asked25's 971).
var datelineRe = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’ -]{2,40}?)(?:(?:,[^–—\n]{1,60}?)?\s+(?:–|—|--?)\s|(?:,[^–—\n()]{1,60}?)?\s*\(\p{Lu}[\p{L}.-]{1,20}\)\s*(?:[.:]-?|–|—|--?)\s)`)

// datelineOpens reports a paragraph that opens with a dateline.
func (g *Gazetteer) datelineOpens(p string) bool { return g.datelinePlaceEnd(p) > 0 }

// datelinePlaceEnd returns the byte offset where the dateline opening p
// ends (its dash included), or 0 without one. A country named in it
// ("KINGSTOWN, Saint Vincent and the Grenadines —", "LIBREVILLE, Gabon –")
// is where the story was filed, no one speaking: a regional organisation's
// release filed from a member's capital opens on the organisation's act,
// and the member held it (pages22's OECS, SICA and CEEAC releases,
// pages21's CARICOM one; TestDatelinePlaceNoHolder).
func (g *Gazetteer) datelinePlaceEnd(p string) int {
	if len(p) < 8 || p[0] < 'A' || p[0] > 'Z' || p[1] < 'A' || p[1] > 'Z' {
		return 0 // (nearly every paragraph: two bytes)
	}
	m := datelineRe.FindStringSubmatchIndex(p)
	if m == nil {
		return 0
	}
	place := p[m[2]:m[3]]
	if _, country := g.Resolve(place); country && g.namesOnly(place) {
		return 0 // (a capital, "WARSAW", is a place here)
	}
	return m[1]
}

// dropDatelineMentions removes from ms the mentions inside a dateline
// ending at byte end of the paragraph toks were read from (see
// datelinePlaceEnd), in place.
func dropDatelineMentions(ms []Mention, toks []Token, end int) []Mention {
	out := ms[:0]
	for _, m := range ms {
		if toks[m.Last].End > end {
			out = append(out, m)
		}
	}
	return out
}
