package corpus

import (
	"unicode/utf8"

	"github.com/stancebot/stancebot/corpus/lang"
)

// ForeignTopic reads a Spanish or French topic phrase that an English
// question holds, as bilingual analysts type one in an English sentence
// ("who talks about desinformacion", "which countries mention soberania",
// "who talks about cables submarinos"). words are the question's
// lower-case words from the phrase's possible start; the phrase must hold,
// at word must (an index into words), a word that is no English word:
// English questions are not translated word by word, only where a word
// says itself foreign. It returns the phrase's English (a theme name or
// the glossary's English words), its length in words and the language,
// Spanish tried first; n is 0 when no phrase of either glossary or theme
// list starts at words[0] and covers words[must]. Only whole phrases of
// the data are read, by folded word or stem, never corrected: a misspelt
// English word ("soveregnty") is left to the English corrector.
func (t *Translator) ForeignTopic(words []string, must int) (english string, n int, code string) {
	if must < 0 || must >= len(words) || utf8.RuneCountInString(words[must]) < 4 || isEnglishWord(words[must]) {
		return "", 0, ""
	}
	for _, code := range []string{lang.Spanish, lang.French} {
		f := t.langs[code]
		if f == nil {
			continue
		}
		items := make([]item, len(words))
		for i, w := range words {
			fw := lang.Fold(w)
			items[i] = item{orig: w, folded: fw, stem: f.stem(fw)}
		}
		if p, k := f.match(items); k > must && p.english != "" {
			return p.english, k, code
		}
	}
	return "", 0, ""
}
