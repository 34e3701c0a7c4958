package corpus

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
)

// Text converted from a PDF keeps two kinds of typesetting that are no
// one's words: ligatures ("signiﬁcant", "conﬂict": one character for "fi",
// "fl"), which a search for "significant" or the theme "confidence-building
// measures" never finds, and footnote markers set as superscript digits
// glued to a word inside a sentence ("The Kyrgyz Republic¹ attaches",
// "une réunion en 2027²."), which trimFootnoteMark only takes off a line's
// end. fixGlyphs undoes both on a paragraph's first sight
// (cleanParagraph), so only distinct paragraphs pay, and an ASCII one (nearly
// all) is not looked at: cleanParagraph's one pass 8 bytes at a time tells it. Unicode's compatibility
// normalisation (NFKC, golang.org/x/text/unicode/norm) would unfold the
// ligatures too, but it also turns every superscript into a digit
// ("Republic1") and folds characters a statement is quoted with (full-width
// forms, "…" into "..."), so only the ligature block is mapped here
// (TestFixGlyphs).

// fixGlyphs replaces ligatures by their letters and drops superscript
// footnote markers glued to a word, in place.
func fixGlyphs(p []byte) []byte {
	out := p[:0]
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf || c != 0xef && c != 0xc2 && c != 0xe2 {
			out = append(out, c) // never overtakes i: the output is no longer than the input
			i++
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if l, ok := ligatures[r]; ok {
			out = append(out, l...)
			i += size
			continue
		}
		if superscriptDigit(r) {
			end := i
			for end < len(p) {
				r2, s2 := utf8.DecodeRune(p[end:])
				if !superscriptDigit(r2) {
					break
				}
				end += s2
			}
			if footnoteMarker(out, p[end:]) {
				i = end
				continue
			}
		}
		out = append(out, p[i:i+size]...)
		i += size
	}
	return out
}

// ligatures maps the Latin ligatures of Unicode's Alphabetic Presentation
// Forms block to their letters (the same bytes or fewer: "ﬁ" is three
// bytes, "fi" two).
var ligatures = map[rune]string{'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st"}

// footnoteMarker reports superscript digits between before and after that
// mark a footnote: glued to a word of three letters or more ("Republic¹";
// "km²" is a unit), to a number of three digits or more ("2027²"), or to
// closing punctuation ("States,²", "”³"), and followed by the end, a space
// or punctuation, not by a letter.
func footnoteMarker(before, after []byte) bool {
	if len(after) > 0 {
		r, _ := utf8.DecodeRune(after)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	letters, digits := 0, 0
	for end := len(before); end > 0 && letters+digits < 3; {
		r, size := utf8.DecodeLastRune(before[:end])
		switch {
		case unicode.IsLetter(r) && digits == 0:
			letters++
		case unicode.IsDigit(r) && letters == 0:
			digits++
		case letters+digits == 0 && (isClosing(r) || r == '.' || r == ',' || r == ';' || r == ':'):
			return true
		default:
			return false
		}
		end -= size
	}
	return letters+digits >= 3
}

// asciiBytes reports text of ASCII bytes only, 8 at a time.
func asciiBytes(p []byte) bool {
	i := 0
	for ; i+8 <= len(p); i += 8 {
		if binary.LittleEndian.Uint64(p[i:])&msb != 0 {
			return false
		}
	}
	for ; i < len(p); i++ {
		if p[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
