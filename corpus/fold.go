package corpus

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the key a lower-case word is matched by in the gazetteer:
// a French elision is stripped ("l'inde" gives "inde", "d'ivoire"
// gives "ivoire") and accents are removed ("perú" and "pérou" give "peru"
// and "perou"), so that names match however they are typed. Words of
// plain ASCII without an apostrophe are returned as they are, without
// allocating.
func Fold(lower string) string {
	plain := true
	for i := 0; i < len(lower); i++ {
		if c := lower[i]; c >= 0x80 || c == '\'' {
			plain = false
			break
		}
	}
	if plain {
		return lower
	}
	if strings.ContainsAny(lower, "’ʼ") {
		lower = curlyApostrophes.Replace(lower)
	}
	// Elision: l'Inde, d'Ivoire, L'Union (any case: Fold may see Orig).
	if len(lower) > 2 && lower[1] == '\'' && strings.ContainsRune("ldLD", rune(lower[0])) {
		lower = lower[2:]
	}
	if isASCII(lower) {
		return lower
	}
	var b strings.Builder
	b.Grow(len(lower))
	for _, r := range lower {
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue // a combining accent typed on its own
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldTable maps the accented letters of the Latin blocks to their base
// letters, from their Unicode canonical decompositions (x/text's norm),
// computed once: folding runs on every word of every question and corpus
// paragraph, and a transform chain per word cost a hundred times more.
var foldTable = func() map[rune]string {
	m := map[rune]string{'œ': "oe", 'Œ': "OE", 'æ': "ae", 'Æ': "AE", 'ß': "ss", 'ø': "o", 'Ø': "O", 'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D"}
	strip := runes.Remove(runes.In(unicode.Mn))
	for r := rune(0xC0); r <= 0x24F; r++ {
		if _, ok := m[r]; ok {
			continue
		}
		d := norm.NFD.String(string(r))
		base, _, err := transform.String(strip, d)
		if err == nil && base != string(r) && base != "" {
			m[r] = base
		}
	}
	for r := rune(0x1E00); r <= 0x1EFF; r++ { // Latin Extended Additional (Vietnamese)
		d := norm.NFD.String(string(r))
		if base, _, err := transform.String(strip, d); err == nil && base != string(r) && base != "" {
			m[r] = base
		}
	}
	return m
}()

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
