package corpus

// A page that opens on an accusation names the accused, not a speaker:
// "Thefts of cryptocurrency attributed to groups linked to the Democratic
// People's Republic of Korea exceeded two billion dollars", "A wave of
// intrusions linked to China was reported". With no country the subject, such an
// opening paragraph fell to its first country with low confidence, and a
// question on that country answered with an analyst's words about it as
// its own position (TestAccusedOpeningIsNobodys).

// accusedLinks are the words after which a country is the one accused or
// linked to what the sentence reports: "attributed to", "linked to",
// "blamed on", "backed by", "sponsored by", "tied to", "traced to".
var accusedLinks = toSet(`attributed linked blamed backed sponsored tied traced connected affiliated aligned associated
directed`)

// accusedAt reports whether the country at token i of the clause opening
// at token clause is named after an accusation link ("attributed to
// groups linked to X"): "to", "on", "by" or "with" after one of
// accusedLinks, before it.
func accusedAt(toks []Token, clause, i int) bool {
	for k := clause; k+1 < i; k++ {
		if accusedLinks[toks[k].Lower] {
			switch toks[k+1].Lower {
			case "to", "on", "by", "with":
				return true
			}
		}
	}
	return false
}
