package corpus

import "github.com/stancebot/stancebot/corpus/lang"

// Statement languages, as index.lang holds them.
const (
	langEnglish uint8 = iota
	langSpanish
	langFrench
)

// StatementLang returns the language statement i is written in: "en",
// "es" or "fr" (see paragraphLang). A nil corpus, or a statement it did
// not index, is English.
func (c *Corpus) StatementLang(i int) string {
	if c == nil || i < 0 || i >= len(c.idx.lang) {
		return lang.English
	}
	switch c.idx.lang[i] {
	case langSpanish:
		return lang.Spanish
	case langFrench:
		return lang.French
	}
	return lang.English
}
