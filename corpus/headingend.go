package corpus

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// A heading or title line that ends in a country's name may end in the
// name's own punctuation: a UN qualifier or another name in brackets
// ("Iran (Islamic Republic of)", "Congo (Brazzaville)", "Statement by
// Micronesia (Federated States of)") or an abbreviation's dot ("Statement
// by the U.K.", "Dom. Rep."). Read as a sentence, such a line was a
// statement held by the heading above it, and the paragraphs under it
// went on being that heading country's: another country's words (the
// attribution sweep, sweep_test.go, found it for every such name).

// nameLineEnd reports whether a short line whose last character is ')'
// or '.' ends in a name's punctuation rather than a sentence's: a
// bracket that opens with a capital and holds no digit ("(Brazzaville)",
// not "(2019)" or "(see annex)"), or a final dotted abbreviation ("U.K.",
// "Rep."); and the line is a speech's title line or a name (capitalised
// words and the small words of names), never a sentence ("We agree with
// the U.K.").
func nameLineEnd(p []byte) bool {
	last, _ := utf8.DecodeLastRune(p)
	var head []byte
	switch last {
	case ')':
		i := bytes.LastIndexByte(p, '(')
		if i <= 0 || p[i-1] != ' ' {
			return false
		}
		inner := p[i+1 : len(p)-1]
		r, _ := utf8.DecodeRune(inner)
		if !unicode.IsUpper(r) || bytes.IndexFunc(inner, unicode.IsDigit) >= 0 || bytes.IndexAny(inner, ".,;:") >= 0 {
			return false
		}
		head = bytes.TrimSpace(p[:i])
	case '.':
		f := p[bytes.LastIndexByte(p, ' ')+1:]
		if _, n := dottedAbbrev(string(f)); n != len(f) && !abbreviations[string(f[:len(f)-1])] {
			return false
		}
		head = p
	default:
		return false
	}
	if len(bytes.Fields(p)) > 15 {
		return false
	}
	return titleLineRe.Match(p) || nameWords(head)
}

// nameWords reports whether every word of p is capitalised or one of the
// small words inside names ("Republic of the Congo").
func nameWords(p []byte) bool {
	fields := bytes.Fields(p)
	for _, f := range fields {
		r, _ := utf8.DecodeRune(f)
		if !unicode.IsUpper(r) && !nameSmallWords[string(f)] {
			return false
		}
	}
	return len(fields) > 0
}

// nameSmallWords are the lower-case words of countries' names.
var nameSmallWords = toSet(`of the and de del du des la le les et y`)
