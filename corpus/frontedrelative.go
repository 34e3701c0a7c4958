package corpus

import "strings"

// pastRelative extends a fronted phrase that ends at toks[clause] over a
// relative clause that describes its country, up to the comma that closes
// it: in "Unlike Brazil, which has long resisted countermeasures,
// Argentina argues …" the sentence's subject is Argentina, and Brazil's
// "has resisted" is the relative clause's (the paragraph was left out as
// two countries acting). It returns clause itself when no relative
// pronoun opens it, or when no comma closes the relative clause.
func pastRelative(toks []Token, clause, e int) int {
	if clause >= e || !relativePronouns[toks[clause].Lower] {
		return clause
	}
	for i := clause + 1; i < e; i++ {
		if strings.Contains(toks[i].Gap, ",") {
			return i
		}
	}
	return clause
}

// relativePronouns open a relative clause after a comma, in English,
// Spanish and French.
var relativePronouns = toSet(`which who whose whom where que qui quien quienes cuyo cuya dont lequel laquelle lesquels lesquelles`)
