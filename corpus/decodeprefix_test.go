package corpus

import (
	"strings"
	"testing"
)

// TestOpensWith: decodePrefix writes exactly the opening of what decode
// gives, whatever the out buffer's size, for vocabulary tokens short and
// long and for literals; so opensWith reads a coded paragraph's first
// word as the plain text's.
func TestOpensWith(t *testing.T) {
	texts := []string{
		"",
		"A senior diplomat said that the position of the State was clear.",
		"An expert said so. An expert said so. An expert said so.",
		"Según un experto africano, la posición es clara.",
		strings.Repeat("supercalifragilisticexpialidocious ", 6),
		"Interrogé par l'agence, un diplomate européen a estimé que la position égyptienne était ferme.",
		"NoSpaceAtAllInThisVeryLongOpeningWordThatRunsPastTheSixtyFourBytesOfTheBuffer and then some",
		"x",
	}
	// Every text twice: its tokens are in the vocabulary.
	all := append(append([]string{}, texts...), texts...)
	c, ids := buildTextCodec(len(all), func(i int) string { return all[i] })
	set := toSet(`A An Según Interrogé x`)
	for _, text := range append(texts, "Unseen words only here: quokka.", "Según") {
		code := appendEncoded(nil, ids, text)
		whole := c.decode(code)
		if whole != text {
			t.Fatalf("decode(%q) = %q", text, whole)
		}
		for size := 17; size <= 120; size++ {
			buf := make([]byte, size)
			n := c.decodePrefix(buf, code)
			if want := min(len(text), size-16); n < want || n > len(text) || string(buf[:n]) != text[:n] {
				t.Fatalf("decodePrefix(%q) with %d bytes = %q (%d), want the first %d bytes at least", text, size, buf[:n], n, want)
			}
		}
		pc := &parseCoder{}
		pc.codec.Store(&liveCodec{c: c})
		info := &paraInfo{body: string(code)}
		info.set(fCoded, true)
		plain := &paraInfo{body: text}
		if got, want := pc.opensWith(info, set), pc.opensWith(plain, set); got != want || want != set[firstWordOf(text)] {
			t.Errorf("opensWith(%q) = %v coded, %v plain, want %v", text, got, want, set[firstWordOf(text)])
		}
	}
}
