package corpus

import "strconv"

// someOfGroup reports a grouping named as the kind of States that speak,
// not as the group itself: "on behalf of a cross-regional group of small
// island developing States", "on behalf of several African States", "au
// nom de plusieurs petits États insulaires", "en nombre de un grupo de
// Estados de la CARICOM". Such a statement is signed by some members the
// page does not list, so no member is made to hold it; "on behalf of the
// Alliance of Small Island States" and "on behalf of CARICOM" sign for
// every member. Read back from the group's name over the words that may
// stand between a quantifier and it, a region's adjective among them ("14
// Pacific small island States").
func someOfGroup(toks []Token, r RegionMention) bool {
	for i := r.First - 1; i >= 0 && i >= r.First-8; i-- {
		w := toks[i].Lower
		switch {
		case someWords[w]:
			return true
		case w != "" && w[0] >= '0' && w[0] <= '9':
			// "on behalf of 14 Pacific small island States" names part of
			// the 38; "on behalf of the 14 CARICOM member States", all.
			n, err := strconv.Atoi(w)
			return err != nil || n < len(r.Countries)
		case groupFillers[w]:
			continue
		}
		return false
	}
	return false
}

// someWords open a phrase naming part of a group: an indefinite article or
// a quantifier, in English, Spanish and French.
var someWords = toSet(`a an some several certain many other various few number
un una unos unas algunos algunas varios varias ciertos ciertas otros otras
une plusieurs certains certaines quelques autres divers diverses`)

// groupFillers may stand between someWords and a group's name: "a
// cross-regional group of", "a number of like-minded", "un groupe
// informel de", "un grupo de".
var groupFillers = toSet(`group groups coalition of cross-regional crossregional cross regional informal like-minded
likeminded member members fellow our its their the pacific caribbean african atlantic indian ocean arab asian
grupo coalición coalicion de del los las miembros interregional regional informal
groupe coalition des d membres transrégional transregional informel`)
