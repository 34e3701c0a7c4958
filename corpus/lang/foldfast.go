package lang

import (
	"strings"
	"unicode/utf8"
)

// foldTable holds Fold of each single rune of the Latin-1 Supplement and
// Latin Extended-A/B blocks and of the curly apostrophes, computed once
// with the full Unicode pipeline (foldSlow). Spanish and French questions
// are made of these letters; folding them rune by rune gives the same
// text as the pipeline — every entry is a base letter with its marks
// removed, which no normalisation joins to its neighbours — at a
// fraction of the cost (the transformer chain was a fifth of reading a
// Spanish question). TestFoldFastPath and FuzzFoldFastPath hold Fold to
// foldSlow.
var foldTable = func() map[rune]string {
	m := map[rune]string{}
	add := func(r rune) {
		f := foldSlow(string(r))
		// Only entries that stay plain letters (or the apostrophe) on
		// their own: anything that could combine with a neighbour leaves
		// the string to the slow path.
		for _, c := range f {
			if c >= utf8.RuneSelf && !(c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) {
				return
			}
		}
		m[r] = f
	}
	for r := rune(0xC0); r <= 0x24F; r++ {
		if r == 0xD7 || r == 0xF7 { // × and ÷ are no letters
			continue
		}
		add(r)
	}
	add('’')
	add('ʼ')
	return m
}()

// foldFast is Fold for text of ASCII and foldTable's runes; ok is false
// for any other text.
func foldFast(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		f, ok := foldTable[r]
		if !ok {
			return "", false
		}
		b.WriteString(f)
	}
	return b.String(), true
}
