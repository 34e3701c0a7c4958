package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancebot/stancebot/corpus"
)

// typedTopic puts back, in a Spanish or French reply's message, the words
// of the question as typed where the message names the topic by the
// English the glossary read them as: "Ningún país del corpus se pronuncia
// sobre criptomonedas", not "… sobre cryptocurrency"; "Niger : aucune
// déclaration … sur terrorisme en ligne", not "… sur terrorism online".
// Themes are named by the catalogue in the reply's language already; only
// glossary, cognate and corrected words are put back, longest English first, and
// only as whole words. A kept word the reading wrote without its accents
// ("climatico" for "climático") gets them back too.
func typedTopic(msg string, steps []corpus.Step) string {
	if msg == "" {
		return msg
	}
	for _, s := range longestFirst(steps) {
		if s.To == "" || s.From == "" || s.How != "glossary" && s.How != "typo" && s.How != "kept" && s.How != "cognate" || strings.EqualFold(s.To, s.From) {
			continue
		}
		msg = replaceWord(msg, s.To, s.From)
	}
	return msg
}

// longestFirst returns the steps ordered by the length of their English,
// longest first, so "electronic evidence" is put back before "evidence".
func longestFirst(steps []corpus.Step) []corpus.Step {
	out := append([]corpus.Step(nil), steps...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].To) > len(out[j-1].To); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// replaceWord replaces the whole-word occurrences of old in s with new.
func replaceWord(s, old, new string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, old)
		if i < 0 {
			break
		}
		end := i + len(old)
		if wordEdge(s, i, true) && wordEdge(s, end, false) {
			b.WriteString(s[:i])
			b.WriteString(new)
		} else {
			b.WriteString(s[:end])
		}
		s = s[end:]
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(s)
	return b.String()
}

// wordEdge reports whether byte offset i of s is a word boundary: the rune
// before it (before is true) or at it is no letter or digit.
func wordEdge(s string, i int, before bool) bool {
	var r rune
	if before {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		if i >= len(s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
