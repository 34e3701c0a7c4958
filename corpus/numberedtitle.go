package corpus

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// numberedTitle reports a numbered list line that is a section's title with
// its text on the very next line, no blank line between ("1. Sovereignty⏎
// Morocco considers that …", "II. Diligencia debida⏎El Perú estima …"):
// the title is a heading of its own, not the first words of the paragraph
// under it (which then opened "Sovereignty Morocco considers …" in every
// answer, and took the title's words as its own).
//
// A wrapped numbered sentence ("1. Morocco supports the work of the⏎
// Open-ended Working Group …") is none: its first line ends in a word that
// joins it to the next, or fills the page's width as the next line does,
// where a title is short beside the text under it. next is the following
// line, trimmed.
func numberedTitle(line, next []byte) bool {
	n := sectionNumberLen(line)
	if n == 0 || len(line) > 80 || len(next) == 0 {
		return false
	}
	title := line[n:]
	if r, _ := utf8.DecodeRune(title); !unicode.IsUpper(r) {
		return false
	}
	if last, _ := utf8.DecodeLastRune(title); strings.ContainsRune(".!?;:,-–—", last) {
		return false
	}
	words := bytes.Fields(title)
	if len(words) > 8 || titleJoins[string(bytes.ToLower(words[len(words)-1]))] {
		return false
	}
	if r, _ := utf8.DecodeRune(next); !unicode.IsUpper(r) || listMarker(next) > 0 {
		return false
	}
	return endsSentence(next) && len(bytes.Fields(next)) >= 2 || 3*len(line) <= 2*len(next)
}

// titleJoins end a line that the next one continues: no title ends in one.
var titleJoins = toSet(`and or of the to for on in with by a an as at from that its their our
de del la las los el y e en sobre para por con al
le les des du et à au aux sur pour par avec d l`)

// romanOrLetterNumber reports a line opening with an upper-case Roman
// numeral or letter and "." or ")" ("II. ", "B) "), which the list reader
// leaves as text: a byte test, since it runs on every paragraph's first
// line.
func romanOrLetterNumber(line []byte) bool {
	i := 0
	for i < len(line) && i < 6 && strings.IndexByte("IVXLC", line[i]) >= 0 {
		i++
	}
	if i == 0 && len(line) > 0 && line[0] >= 'A' && line[0] <= 'H' {
		i = 1
	}
	return i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
}
