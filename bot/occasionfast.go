package bot

import "strings"

// The pre-checks below let cutOccasion skip an expression that cannot
// match: each looks for a word the expression needs, ignoring ASCII case.
// A question naming a meeting ("what does Kenya say on the OEWG", ~1 in
// 10 of the harness's) passed mayHaveOccasion and ran both expressions and
// a tokenization (saysSomething), ~3-4 µs, to cut nothing
// (TestCutOccasionPrechecks, FuzzCutOccasionPrechecks).

// occasionRecent are, per language, words one of which every match of
// occasionREs holds (its required "last", "última", "dernière"; "dent"
// and "cent" stand for précédente and récente, accented or not, "ltim"
// for última and ultima).
var occasionRecent = map[string][]string{
	"en": {"last", "latest", "previous", "recent", "past", "current"},
	"es": {"ltim", "anterior", "recient"},
	"fr": {"derni", "dent", "cent"},
}

// venueNouns are, per language, words one of which every match of
// venueREs holds.
var venueNouns = map[string][]string{
	"en": {"oewg", "gge", "committee", "unga", "assembl", "working", "mechanism"},
	"es": {"oewg", "gtca", "gge", "comisi", "asamblea"},
	"fr": {"oewg", "gtcnl", "gge", "commission", "assembl"},
}

// mayHaveVenuePrep reports whether text may hold the preposition a venue
// phrase starts with: English "at" (as a word, before a space) or
// "during"; the Spanish and French expressions are cheap enough behind
// their nouns.
func mayHaveVenuePrep(code, text string) bool {
	if code != "en" || hasFoldOnly(text) {
		return true
	}
	for i := 0; i+3 <= len(text); i++ {
		if hasASCIIFoldAt(text, i, "at") && (i == 0 || !isWordByte(text[i-1])) && isSpaceByte(text[i+2]) {
			return true
		}
	}
	return mayFoldAny(text, []string{"during"})
}

// mayFoldAny reports whether text may hold one of words (lower-case
// ASCII) as the expressions' (?i) reads it: found ignoring ASCII case,
// or text holds a letter that folds to an ASCII one only in Unicode (ſ to
// s, the Kelvin sign to k), which the byte search cannot rule out.
func mayFoldAny(text string, words []string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i] | 0x20
		for _, w := range words {
			if w[0] == c && hasASCIIFoldAt(text, i, w) {
				return true
			}
		}
	}
	return hasFoldOnly(text)
}

// hasFoldOnly reports whether text holds ſ (U+017F) or the Kelvin sign
// (U+212A): the non-ASCII letters Go's case folding takes for s and k.
func hasFoldOnly(text string) bool {
	return strings.Contains(text, "ſ") || strings.Contains(text, "\u212a")
}

// isWordByte is an ASCII word byte, as \b reads one.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isSpaceByte is a byte \s matches.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// asciiOnly reports whether text is ASCII: then singleSpaced says what
// strings.Fields would (it also splits at Unicode spaces).
func asciiOnly(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			return false
		}
	}
	return true
}
