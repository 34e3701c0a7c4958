package corpus

import "strings"

// HoldsCompound reports whether some statement writes the stems one right
// after the other ("cyber insurance", "cyber-insurance", "cyberinsurance"): a question's
// generic word before a topic word ("cyber" before "insurance") then
// narrows the topic to the compound, which the corpus names as such.
// Only the statements holding the last stem are read (its posting list),
// at most compoundReadMax of them: past that, the words stay apart.
func (c *Corpus) HoldsCompound(stems []string) bool {
	if len(stems) < 2 {
		return false
	}
	id, ok := c.idx.stems.id(stems[len(stems)-1])
	if !ok {
		return false
	}
	it := c.idx.post.iter(id)
	for n := 0; n < compoundReadMax && it.next(); n++ {
		if c.compoundIn(c.idx.docStmt[it.doc], stems) {
			return true
		}
	}
	return false
}

// compoundIn reports whether statement stmt holds the stems in a row,
// written apart, joined by a hyphen, or as one "cyber" word.
func (c *Corpus) compoundIn(stmt int, stems []string) bool {
	var words []string
	for _, t := range Tokenize(c.Statement(stmt).Text) {
		if strings.IndexByte(t.Lower, '-') > 0 {
			words = append(words, strings.Split(t.Lower, "-")...)
			continue
		}
		if strings.HasPrefix(t.Lower, "cybersecur") {
			words = append(words, "cyber") // "cybersecurity strategy" (below)
			continue
		}
		if rest, ok := c.Lexicon.SplitCyber(t.Lower); ok {
			words = append(words, "cyber", rest) // "cyberinsurance"
			continue
		}
		words = append(words, t.Lower)
	}
	// "cybersecurity strategy", "cyber security strategy" are the "cyber
	// strategy" a question names: the security after cyber is dropped, or
	// "who talks about cyber strategy" kept 4 countries of the 50 pages
	// with a national cybersecurity strategy (TestCompoundIn).
	kept := words[:0]
	for i, w := range words {
		if w == "security" && i > 0 && words[i-1] == "cyber" {
			continue
		}
		kept = append(kept, w)
	}
	words = kept
	for i := 0; i+len(stems) <= len(words); i++ {
		all := true
		for k, s := range stems {
			if Stem(words[i+k]) != s {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// compoundReadMax bounds the statements HoldsCompound reads for one
// question: a common last word ("operations") and a compound the corpus
// never writes would otherwise tokenize thousands of statements.
const compoundReadMax = 2000
