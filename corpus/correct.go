package corpus

import (
	"math/bits"
	"sync"
	"unicode"
	"unicode/utf8"
)

// vocabulary is what misspelt question words are corrected to: the words
// of the theme lexicon and its synonyms, the words of data/acronyms.txt
// (a concept the corpus holds only through its forms, "disinformation"
// said as "false information", has no corpus word), and corpus words found
// in at least two statements (a word in one statement may itself be a typo).
type vocabulary struct {
	once   sync.Once
	byLen  map[int][]vocabWord // rune length -> words
	lexSet map[string]bool     // lexicon words, lower case
}

type vocabWord struct {
	word    string
	letters uint32 // which of a–z the word holds (see letterSet)
	df      int    // statements holding the word's stem
	lex     bool   // a lexicon word
}

// letterSet returns the set of ASCII letters a–z in w, as bits. Each letter
// one word has and the other lacks needs at least one edit, so the larger
// of the two differences is a lower bound of the edit distance: a cheap
// filter before the full distance (the vocabulary of a large corpus has
// tens of thousands of words).
func letterSet(w string) uint32 {
	var m uint32
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			m |= 1 << (c - 'a')
		}
	}
	return m
}

func (c *Corpus) vocab() *vocabulary {
	v := &c.idx.vocab
	v.once.Do(func() {
		v.byLen = map[int][]vocabWord{}
		v.lexSet = map[string]bool{}
		seen := map[string]bool{}
		add := func(w string, df int, lex bool) {
			if seen[w] || stopWords[w] {
				return
			}
			for _, r := range w {
				if !unicode.IsLetter(r) {
					return
				}
			}
			seen[w] = true
			n := utf8.RuneCountInString(w)
			v.byLen[n] = append(v.byLen[n], vocabWord{word: w, letters: letterSet(w), df: df, lex: lex})
		}
		for _, ps := range c.Lexicon.qByFirst {
			for _, p := range ps {
				for _, w := range p.words {
					v.lexSet[w] = true
					add(w, c.DocFreq(Stem(w)), true)
				}
			}
		}
		for _, w := range defaultAcronyms().words {
			add(w, c.DocFreq(Stem(w)), false)
		}
		for id := range uint32(c.idx.stems.len()) {
			if w := c.idx.stems.surface(id); w != "" && !c.namesCountry(w) { // buildIndex keeps surfaces for these only
				add(w, c.idx.post.df(id), false)
			}
		}
	})
	return v
}

// namesCountry reports whether a corpus word is a country's name, demonym
// or capital as it stands: a question's typo of it ("portugese") is the
// gazetteer's to read, not a topic word to correct towards it.
func (c *Corpus) namesCountry(w string) bool {
	if c.Gazetteer == nil {
		return false
	}
	return len(c.Gazetteer.Find(Tokenize(w), true, func(string) bool { return true })) > 0
}

// maxTypoDistance is how far a word of n letters may be from the word it
// is corrected to: 0 for short words (too many near neighbours), 1 up to
// 7 letters, 2 beyond.
func maxTypoDistance(n int) int {
	switch {
	case n <= 3:
		return 0
	case n <= 7:
		return 1
	}
	return 2
}

// Correct returns the word a misspelt lower-case question word was meant
// to be ("soveregnty" gives "sovereignty"), by optimal-string-alignment
// distance to the vocabulary (two edits only to a lexicon word), preferring the nearest word, then a lexicon
// word, then the most frequent. A word the corpus or the lexicon knows
// (in any spelling with the same stem: "militarization") is never
// corrected, nor is an English word the corpus lacks ("news" is not "new");
// ok is false when nothing is near enough.
func (c *Corpus) Correct(lower string) (string, bool) {
	n := utf8.RuneCountInString(lower)
	maxD := maxTypoDistance(n)
	if maxD == 0 || stopWords[lower] || c.KnownWord(lower) || IsAcronymForm(lower) || isEnglishWord(lower) {
		return "", false
	}
	for _, r := range lower {
		if !unicode.IsLetter(r) {
			return "", false
		}
	}
	v := c.vocab()
	if v.lexSet[lower] {
		return "", false
	}
	if w, ok := c.wareSpelling(lower); ok {
		return w, true
	}
	var best vocabWord
	bestD := maxD + 1
	ls := letterSet(lower)
	for l := n - maxD; l <= n+maxD; l++ {
		for _, w := range v.byLen[l] {
			if max(bits.OnesCount32(ls&^w.letters), bits.OnesCount32(w.letters&^ls)) > maxD {
				continue
			}
			d := editDistance(lower, w.word, min(bestD, maxD))
			// Two edits from a corpus word is often another real word
			// ("insurance", "instance"): only lexicon words are trusted
			// that far, and a doubled letter typed on its neighbour
			// ("sattelites" is "satellites": movedDouble).
			if d > maxD || d > 1 && !w.lex && !movedDouble(lower, w.word) {
				continue
			}
			if d < bestD || d == bestD && (w.lex && !best.lex || w.lex == best.lex && w.df > best.df) {
				best, bestD = w, d
			}
		}
	}
	if bestD > maxD {
		// A doubled letter typed on its neighbour ("sattelites") of a
		// word the corpus has, if only once: movedDouble.
		if w, ok := englishTypoFix(lower, true); ok && c.KnownWord(w) {
			return w, true
		}
		return "", false
	}
	return best.word, true
}
