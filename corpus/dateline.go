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
// optional date or agency after a comma, and a dash.
var datelineRe = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’ -]{2,40}?)(?:,[^–—\n]{1,60}?)?\s+(?:–|—|--?)\s`)

// datelineOpens reports a paragraph that opens with a dateline.
func (g *Gazetteer) datelineOpens(p string) bool {
	if len(p) < 8 || p[0] < 'A' || p[0] > 'Z' || p[1] < 'A' || p[1] > 'Z' {
		return false // (nearly every paragraph: two bytes)
	}
	m := datelineRe.FindStringSubmatch(p)
	if m == nil {
		return false
	}
	_, country := g.Resolve(m[1])
	return !country || !g.namesOnly(m[1]) // (a capital, "WARSAW", is a place here)
}
