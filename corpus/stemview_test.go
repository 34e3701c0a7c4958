package corpus

import (
	"runtime"
	"strings"
	"testing"
	"unsafe"
	"weak"

	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/spanish"
)

// TestStemMemoKeepsNoText: stemming a word of a paragraph must not let
// the stem memos keep the paragraph. A word no rule touches is its own
// stem, and a stem is often a prefix of its word (the Snowball stemmers
// slice it): kept as it came, the memo's value would view the
// paragraph's text and keep all of it through the load.
func TestStemMemoKeepsNoText(t *testing.T) {
	es := memoStem(func(w string) string { return spanish.Stem(w, true) })
	fr := memoStem(func(w string) string { return french.Stem(w, true) })
	for _, tc := range []struct {
		name, word string
		stem       func(string) string
	}{
		{"en own stem", "zqvorbak", Stem}, // ends in a letter no rule looks at
		{"en prefix stem", "zqvorbals", Stem},
		{"en rewritten", "zqvorbies", Stem},
		{"es prefix stem", "zqvorbaciones", es},
		{"es own stem", "zqvorb", es},
		{"fr prefix stem", "zqvorbements", fr},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Repeat("padding words around it ", 64) + tc.word + " and more"
			b := []byte(text) // a text of its own, on the heap
			w := weak.Make(&b[0])
			para := unsafe.String(&b[0], len(b))
			i := strings.Index(para, tc.word)
			stem := tc.stem(para[i : i+len(tc.word)])
			if again := tc.stem(tc.word); again != stem {
				t.Fatalf("stem(%q) = %q from the memo, %q first", tc.word, again, stem)
			}
			stem = strings.Clone(stem)
			b, para = nil, ""
			runtime.GC()
			runtime.GC()
			if w.Value() != nil {
				t.Errorf("the stem memo keeps the paragraph %q was stemmed from (stem %q)", tc.word, stem)
			}
		})
	}
}
