package corpus

// The word lists that nameLike and typoAt check one after another, merged
// once: a question's scan checks every word against them, and one map
// look-up costs what five did (TestMergedWordSets holds them to the
// lists).
var (
	notNameWords = unionSets(stopWords, romanceFunction, notNames, actorNouns, sayVerbs, instrumentNouns, ownedNouns)
	notTypoWords = unionSets(stopWords, romanceFunction)
)

// unionSets returns the words set in any of sets.
func unionSets(sets ...map[string]bool) map[string]bool {
	n := 0
	for _, s := range sets {
		n += len(s)
	}
	out := make(map[string]bool, n)
	for _, s := range sets {
		for w, ok := range s {
			if ok {
				out[w] = true
			}
		}
	}
	return out
}
