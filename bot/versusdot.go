package bot

import "github.com/stancebot/stancebot/corpus"

// versusDot reports whether toks[i] follows the dot of "v." or "vs."
// ("Grenada v. the CAR", "Sudan vs. South Sudan"): the dot cuts the word
// versus, as in a case name, and ends no sentence.
func versusDot(toks []corpus.Token, i int) bool {
	if i == 0 || toks[i].Gap != "." {
		return false
	}
	switch toks[i-1].Lower {
	case "v", "vs":
		return true
	}
	return false
}
