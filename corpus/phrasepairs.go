package corpus

import "strings"

// crowdedFirst is the number of phrases from which a first word's
// candidates are narrowed by the word after it (see phrasePairs).
const crowdedFirst = 8

// phrasePairs narrows the candidates of a crowded first word ("the" starts
// 24 names read in running text, "republic" 94) to those the next word
// can continue: matchAt tried each in turn at every "the" of a paragraph,
// a sixth of reading its countries. Each list keeps the candidates' order
// (longest first), so the first match is the one the whole list gives.
type phrasePairs struct {
	pairs   map[[2]string][]phrase // first and second word -> the candidates with that second word, and the one-word ones
	singles map[string][]phrase    // first word -> its one-word candidates
}

// newPhrasePairs indexes the crowded first words of table.
func newPhrasePairs(table map[string][]phrase) *phrasePairs {
	pp := &phrasePairs{pairs: map[[2]string][]phrase{}, singles: map[string][]phrase{}}
	for first, cands := range table {
		if len(cands) < crowdedFirst {
			continue
		}
		var singles []phrase
		seconds := map[string]bool{}
		for _, p := range cands {
			if len(p.words) == 1 {
				singles = append(singles, p)
			} else {
				seconds[p.words[1]] = true
			}
		}
		pp.singles[first] = singles
		for second := range seconds {
			var list []phrase
			for _, p := range cands {
				if len(p.words) == 1 || p.words[1] == second {
					list = append(list, p)
				}
			}
			pp.pairs[[2]string{first, second}] = list
		}
	}
	return pp
}

// narrow returns the candidates of first word first (cands, crowded)
// that may match when next is the following word: the others' second
// words differ from it. A next word with a dot may match a name's word
// without its dots ("the u.s." for "the us"): all of cands are kept.
func (pp *phrasePairs) narrow(first, next string, cands []phrase) []phrase {
	if strings.IndexByte(next, '.') >= 0 {
		return cands
	}
	if list, ok := pp.pairs[[2]string{first, next}]; ok {
		return list
	}
	return pp.singles[first]
}
