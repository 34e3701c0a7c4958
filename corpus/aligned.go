package corpus

import "strings"

// An EU statement at the UN names the countries that align themselves
// with it: "The Candidate Countries North Macedonia, Montenegro, Serbia,
// Albania, Ukraine, the Republic of Moldova and Bosnia and Herzegovina,
// and the EFTA country Norway, … align themselves with this statement."
// That paragraph is procedure, no position: it was read as the
// statement's holder's, a statement of the EU about a dozen countries.
// The aligned countries do not hold the statement: they said none of its
// words (a question on Norway is not answered with the EU's text).

// alignPhrases are the formulae of alignment, in English, Spanish and
// French, as statements write them (a fixed diplomatic formula, so literal
// phrases: a case-insensitive expression cost ~30 µs on each paragraph that
// mentions "alignment"). "This" statement only: "My delegation aligns
// itself with the statement delivered on behalf of the Group of 77 and
// China" aligns the speaker with another statement, and says something of
// its own besides.
var alignPhrases = []string{
	"themselves with this statement", "itself with this statement", "themselves fully with this statement",
	"themselves with the present statement", "itself with the present statement",
	// Coverage reports the alignment in the past: "Mauritania, Yemen and
	// the State of Palestine aligned themselves with that statement",
	// "Chad … also aligned themselves with the statement of the African
	// Group" (TestPages6Corpus).
	"themselves with that statement", "themselves with the statement of the",
	"se suman a esta declaración", "se suman a la presente declaración", "se suma a esta declaración",
	"associent à cette déclaration", "associent à la présente déclaration", "associe à cette déclaration",
	"alignent sur cette déclaration", "aligne sur cette déclaration",
}

// alignsWith reports a paragraph that says countries align themselves
// with the statement; pl is the paragraph's language (see paragraphLang).
func alignsWith(p, pl string) bool {
	// The formula ends its paragraph ("… align themselves with this
	// statement."): only the last bytes are searched, so nearly every
	// paragraph costs a search of 64 bytes.
	tail := p[max(0, len(p)-64):]
	if !strings.Contains(tail, "statement") && (pl == "" || !strings.Contains(tail, "clara")) { // declaración, déclaration
		return false
	}
	for _, ph := range alignPhrases {
		if strings.Contains(p, ph) {
			return true
		}
	}
	return false
}
