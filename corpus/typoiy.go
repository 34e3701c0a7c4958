package corpus

import "strings"

// nearestNameIY is nearestName's second try, with "y" and "i" read as
// one letter: the two are swapped in names as people spell them ("Lybie",
// "Lybia" for Libye/Libya, "Sirya", "Kenia"), two substitutions where the
// allowance of a five-letter word is one. It runs only when the first try
// found nothing, and its answer is cached with it (TestTypoIY).
func (g *Gazetteer) nearestNameIY(w string, n, maxDist int) int {
	wi := strings.ReplaceAll(w, "y", "i")
	best, bestD := -1, maxDist+1
	for ln := n - maxDist; ln <= n+maxDist; ln++ {
		for _, t := range g.byInitial[initialLen{w[0], ln}] {
			if !strings.ContainsAny(t.word, "iy") {
				continue
			}
			if d := editDistance(wi, strings.ReplaceAll(t.word, "y", "i"), bestD); d < bestD {
				best, bestD = t.country, d
			}
		}
	}
	return best
}
