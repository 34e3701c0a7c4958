package corpus

import (
	"regexp"
	"strings"
)

// An EU statement at the UN names the countries that align themselves
// with it: "The Candidate Countries North Macedonia, Montenegro, Serbia,
// Albania, Ukraine, the Republic of Moldova and Bosnia and Herzegovina,
// and the EFTA country Norway, … align themselves with this statement."
// That paragraph is procedure, no position: it was read as the
// statement's holder's, a statement of the EU about a dozen countries.
// The aligned countries do not hold the statement: they said none of its
// words (a question on Norway is not answered with the EU's text).

// alignRe matches the act of alignment, in English, Spanish and French.
// "This" statement only: "My delegation aligns itself with the statement
// delivered on behalf of the Group of 77 and China" aligns the speaker with
// another statement, and says something of its own besides.
var alignRe = regexp.MustCompile(`(?i)\balign(?:s)? (?:themselves|itself) (?:fully )?with (?:this|the present) statement\b|\bse (?:suman|adhieren|alinean) (?:a|con) (?:esta|la presente) declaraci[oó]n|\bs['’](?:associent|associe|alignent|aligne) (?:à|sur) (?:cette|la présente) déclaration|\bse rallient à (?:cette|la présente) déclaration`)

// alignsWith reports a paragraph that says countries align themselves
// with the statement.
func alignsWith(p string) bool {
	if !strings.Contains(p, "align") && !strings.Contains(p, "déclaration") && !strings.Contains(p, "declaraci") {
		return false // nearly every paragraph: three byte searches, no expression run
	}
	return alignRe.MatchString(p)
}
