package corpus

import "strings"

// contFirst are the alternatives of contRe's first group (a pronoun or a
// connective opening), each of which it matches when a word boundary
// follows.
var contFirst = func() []string {
	out := []string{"It", "Its", "They", "Their", "This", "These", "Such"}
	for _, who := range []string{"their", "its", "the"} {
		for _, what := range []string{"statement", "submission", "contribution"} {
			out = append(out, "As part of "+who+" "+what)
		}
	}
	return append(out, "In addition", "Additionally", "Furthermore", "Moreover", "Also", "However",
		"Nevertheless", "Similarly", "Likewise", "Accordingly", "Meanwhile", "In this regard", "To this end")
}()

// contOpening returns what contRe's first group matches at the start of
// p, or "" when it matches nothing there (contRe's second group, "The
// country" and the like, may still match). Most continuations open so
// ("It", "Its delegation", "As part of their statement"), and the
// regular expression's search was ~1.5 % of a 100k-statement load's CPU.
//
// No two alternatives match the same text (one that is a prefix of
// another, "It" of "Its", needs a boundary where the other goes on with
// a letter), so the first found is the regular expression's leftmost-
// first choice. TestContOpeningMatchesRe and FuzzContOpening hold it to
// contRe.
func contOpening(p string) string {
	for _, a := range contFirst {
		if strings.HasPrefix(p, a) && (len(p) == len(a) || !isASCIIWordByte(p[len(a)])) {
			return p[:len(a)]
		}
	}
	return ""
}

// isASCIIWordByte reports a byte of \w, as a regular expression's \b
// reads it (ASCII letters, digits, underscore).
func isASCIIWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
