package bot

import (
	"github.com/stancebot/stancebot/corpus"
)

// joinCompounds merges two adjacent topic words into the closed compound
// the corpus writes ("ransom ware" is "ransomware", "spy ware" "spyware",
// "under sea" "undersea"), when the corpus knows the compound and not one
// of the parts: the part the corpus lacks would match nothing, and the
// other alone ("ransom", "sea") is no sign of the compound. It is the
// reverse of compoundHead, which reads a closed compound the corpus does
// not hold by its parts; a pair whose parts the corpus both knows is left
// alone (the corpus may use the open form too). content, words and terms
// are parallel (as Parse builds them) and stay parallel; the inputs are
// reused.
func joinCompounds(c *corpus.Corpus, content, words []string, terms []corpus.QueryTerm) ([]string, []string, []corpus.QueryTerm) {
	for k := 0; k+1 < len(words); k++ {
		a, b := words[k], words[k+1]
		if !lettersOnly(a) || !lettersOnly(b) || len(a)+len(b) < 6 || len(a) < 2 || len(b) < 2 {
			continue
		}
		// The parts' stems are at hand: a look-up each, no stemming, on
		// every question of two words or more.
		if c.DocFreq(content[k]) > 0 && c.DocFreq(content[k+1]) > 0 {
			continue
		}
		j := a + b
		if corpus.IsStopWord(j) || !c.KnownWord(j) {
			continue
		}
		st := corpus.Stem(j)
		content[k], words[k], terms[k] = st, j, corpus.QueryTerm{Stem: st}
		content = append(content[:k+1], content[k+2:]...)
		words = append(words[:k+1], words[k+2:]...)
		terms = append(terms[:k+1], terms[k+2:]...)
	}
	return content, words, terms
}

// lettersOnly reports whether w is made of ASCII lower-case letters only.
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}
