package bot

import (
	"unicode/utf8"

	"github.com/stancebot/stancebot/corpus"
)

// compoundHead returns the head of a closed compound the corpus does not
// hold but whose two parts it does ("datacentres": "data" + "centres";
// "healthcare": "health" + "care"), so that a question typed as one word
// finds statements written with two words or a hyphen. The head (the
// second part) stands for the compound: the first part alone ("data",
// "health") is in many statements that say nothing of data centres. The
// first part has at least 4 letters and the second 3, each a word of the
// corpus and no stop word; the longest first part wins. A word the corpus
// knows ("cyberattack", "ransomware") is left alone.
func compoundHead(c *corpus.Corpus, w string) (string, bool) {
	n := len(w)
	if n < 8 || utf8.RuneCountInString(w) != n || c.KnownWord(w) {
		return "", false
	}
	for i := n - 3; i >= 4; i-- {
		a, b := w[:i], w[i:]
		if corpus.IsStopWord(a) || corpus.IsStopWord(b) {
			continue
		}
		if c.KnownWord(a) && c.KnownWord(b) {
			return b, true
		}
	}
	return "", false
}
