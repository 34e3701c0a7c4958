package corpus

import (
	"regexp"
	"strings"
)

// An EU statement at the UN names the countries that align themselves
// with it: "The Candidate Countries North Macedonia, Montenegro, Serbia,
// Albania, Ukraine, the Republic of Moldova and Bosnia and Herzegovina,
// and the EFTA country Norway, … align themselves with this statement."
// Each of them states the statement's position as its own by that act, so
// each holds every paragraph of it, as its holder does; the alignment
// itself is procedure, no position. The paragraph was read as the
// holder's, and the aligned countries held nothing.

// alignRe matches the act of alignment, in English, Spanish and French.
// "This" statement only: "My delegation aligns itself with the statement
// delivered on behalf of the Group of 77 and China" aligns the speaker with
// another statement, and names no one who holds this one.
var alignRe = regexp.MustCompile(`(?i)\balign(?:s)? (?:themselves|itself) (?:fully )?with (?:this|the present) statement\b|\bse (?:suman|adhieren|alinean) (?:a|con) (?:esta|la presente) declaraci[oó]n|\bs['’](?:associent|associe|alignent|aligne) (?:à|sur) (?:cette|la présente) déclaration|\bse rallient à (?:cette|la présente) déclaration`)

// alignsWith reports a paragraph that says countries align themselves
// with the statement.
func alignsWith(p string) bool {
	if !strings.Contains(p, "align") && !strings.Contains(p, "déclaration") && !strings.Contains(p, "declaraci") {
		return false // nearly every paragraph: three byte searches, no expression run
	}
	return alignRe.MatchString(p)
}

// alignParas gives each aligned country every paragraph that holder
// holds in the page, right after the holder's own.
func alignParas(paras []parsedPara, holder string, aligned []string) []parsedPara {
	out := make([]parsedPara, 0, len(paras)*(1+len(aligned)))
	for _, p := range paras {
		out = append(out, p)
		if p.holder != holder {
			continue
		}
		for _, c := range aligned {
			out = append(out, parsedPara{info: p.info, holder: c, attr: Attribution{Method: MethodAligned,
				Evidence: clip("aligned with "+holder+"'s statement", 60), Confidence: ConfMedium}})
		}
	}
	return out
}
