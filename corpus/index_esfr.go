package corpus

import "github.com/stancebot/stancebot/corpus/lang"

// Statement languages, as index.lang holds them.
const (
	langEnglish uint8 = iota
	langSpanish
	langFrench
)

// englishReading returns the tokens statement i is indexed by. An English
// statement's are its own. A statement written in Spanish or French is
// indexed by its English reading, made by the same Translator that reads
// Spanish and French questions ("atribución pública" → attribution,
// "diligence raisonnable" → due diligence), so themes, full-text search
// and the themes of every language find it as they find an English one;
// its quoted text stays as written. toks is Tokenize of the statement's
// text and may be reused for the result.
//
// Typo correction is off for corpus text (published pages are spelt as
// meant, and correcting each unknown word would cost a search of the
// vocabulary per word).
func (c *Corpus) englishReading(i int, toks []Token) []Token {
	code := paragraphLang(toks)
	if code == "" {
		return toks
	}
	if code == lang.Spanish {
		c.idx.lang[i] = langSpanish
	} else {
		c.idx.lang[i] = langFrench
	}
	tr := c.Translator().Translate(code, c.Statement(i).Text, c.Gazetteer, func(string) bool { return true })
	return appendTokens(toks[:0], tr.English)
}

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
