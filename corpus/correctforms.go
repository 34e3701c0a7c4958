package corpus

import (
	"strings"
	"unicode/utf8"
)

// minTypoTargetLen is the shortest word of data/acronyms.txt the typo
// vocabulary takes: shorter ones (cert, ddos, csirt) are a letter away from
// too many words people type.
const minTypoTargetLen = 6

// appendTypoTargets appends the words of an acronyms.txt form that a
// misspelt question word may be corrected to: lower case, letters only,
// at least minTypoTargetLen long. A form written with a capital is a
// name ("North Atlantic Treaty Organization", "Shanghai Cooperation
// Organisation"): its words are no topic a typo aims at, and "atlantis",
// an unknown country, must stay as typed.
func appendTypoTargets(out []string, form string) []string {
	if strings.ToLower(form) != form {
		return out
	}
	for _, t := range Tokenize(form) {
		w := t.Lower
		if utf8.RuneCountInString(w) < minTypoTargetLen || stopWords[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// wareSpelling returns the "-ware" word a question's unknown "-wear" word
// stands for ("ransomwear", "spywear", "malwear"), when the corpus or the
// acronym table knows it. The two endings sound alike and are a common
// slip the edit distance reads as two edits (a letter moved), which only
// lexicon words may be corrected across; and a word found in one
// statement ("spyware" in a small corpus) is not in the typo vocabulary
// at all. English words ending in "wear" (footwear, knitwear) never reach
// here: Correct returns on a word the dictionary knows first.
func (c *Corpus) wareSpelling(lower string) (string, bool) {
	stem, ok := strings.CutSuffix(lower, "wear")
	if !ok {
		if stem, ok = strings.CutSuffix(lower, "wears"); !ok {
			return "", false
		}
	}
	if len(stem) < 3 {
		return "", false
	}
	w := stem + "ware"
	if c.KnownWord(w) || IsAcronymForm(w) {
		return w, true
	}
	return "", false
}
