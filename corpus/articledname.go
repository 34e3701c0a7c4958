package corpus

import "strings"

// pluralArticles are the Spanish and French plural articles.
var pluralArticles = toSet(`les los las`)

// articledName reports a Spanish or French name of a question, typed in
// lower case, that an article shows to be a name though it is spelt like
// a common word, so that the exact case the common word asks for is not
// required:
//   - a name after a singular article ("el japon", "la chine") in a
//     question read as English: Spanish and French users code-switch
//     ("what does el japon say on countermeasures") and the article makes
//     the word a noun phrase, the country's name with its article, where
//     "japón" was refused as a Spanish word of the English question;
//   - an abbreviation after a plural article that its common word cannot
//     follow ("les eau": water is "l'eau", "les eaux"; "los eau"): the
//     Emirates, as "les EAU" is.
//
// The common word elided ("l'eau") is never the abbreviation (see
// elidedLower).
//
// A capital is never read so ("la paz" stays a phrase), nor a name after
// an article in a question read as Spanish or French, which the
// translation's capitalised reading handles (TestArticledNameInQuestion).
func articledName(toks []Token, keys []string, i int, p *phrase) bool {
	if i == 0 || p.how == ByCapital || p.lang == "" || len(p.words) != 1 || toks[i].Gap != "" {
		return false
	}
	prev, w := keys[i-1], keys[i]
	if pluralArticles[prev] && p.caseSens {
		return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "x")
	}
	if !p.caseSens && (prev == "el" || prev == "la" || prev == "le") {
		english := false
		for j, k := range keys {
			if j != i-1 && romanceMarkers[k] && k != "position" {
				return false // a Spanish or French question, but for the article
			}
			english = english || len(k) >= 2 && stopWords[k] && !romanceFunction[k]
		}
		// Only where English words show the question to be English: a
		// message of the name alone ("la grenade", a follow-up) is read
		// through its French translation, which keeps the name
		// capitalised for the English reading.
		return english
	}
	return false
}

// elidedLower reports a word typed with a French elision and in lower
// case after it ("l'eau", "d'eau"): the common word, never an
// abbreviation spelt like it (the Emirates are "les EAU"; "l'UE" keeps its
// capitals, and "ue", no French word, is no stop form).
func elidedLower(orig string) bool {
	for _, ap := range []string{"'", "’"} {
		if k := strings.Index(orig, ap); k > 0 && k <= 2 && k+len(ap) < len(orig) {
			c := orig[k+len(ap)]
			return c >= 'a' && c <= 'z'
		}
	}
	return false
}
