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

// contNouns are the nouns that end contRe's second group ("The country",
// "The national government", "The Pacific island nation").
var contNouns = [...]string{"country", "nation", "state", "government", "delegation", "republic", "kingdom", "island", "union", "bloc"}

// contDefinite returns what contRe's second group matches at the start of
// p ("The country", "The national government"), or "" when it matches
// nothing; call it where contOpening found nothing, when contRe's match
// is its second group's. Every paragraph opening with "The" ran the
// regular expression's backtracking search (~2 % of the load's analysis).
//
// contRe reads up to three words after "The" ([A-Z][\w-]* or [a-z]+, a
// space after each), the most it can first, then one of contNouns at a
// word boundary. A word's run can only end where the space is (a shorter
// one is followed by a word byte), so the words are found in one pass,
// and the nouns are tried after three of them, then two, one, none.
// TestContDefiniteMatchesRe and FuzzContDefinite hold it to contRe.
func contDefinite(p string) string {
	if !strings.HasPrefix(p, "The ") {
		return ""
	}
	var ends [4]int // ends[k]: where the noun would start after k words
	ends[0] = len("The ")
	k := 0
	for k < 3 {
		at := ends[k]
		j := at
		switch {
		case j < len(p) && p[j] >= 'A' && p[j] <= 'Z':
			for j++; j < len(p) && (isASCIIWordByte(p[j]) || p[j] == '-'); j++ {
			}
		default:
			for j < len(p) && p[j] >= 'a' && p[j] <= 'z' {
				j++
			}
		}
		if j == at || j >= len(p) || p[j] != ' ' {
			break
		}
		k++
		ends[k] = j + 1
	}
	for ; k >= 0; k-- {
		at := ends[k]
		for _, n := range contNouns {
			if e := at + len(n); strings.HasPrefix(p[at:], n) && (e == len(p) || !isASCIIWordByte(p[e])) {
				return p[:e]
			}
		}
	}
	return ""
}
