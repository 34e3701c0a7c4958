package corpus

import (
	"math/rand/v2"
	"testing"
	"unicode"
	"unicode/utf8"
)

// appendNormalizedRunes is appendNormalized as it was, rune by rune: the
// reference its ASCII fast path must agree with (a paragraph key that
// changed would change every statement's Key and the corpus Version).
func appendNormalizedRunes(dst []byte, p string) []byte {
	space := false
	for _, r := range p {
		switch r {
		case '‘', '’', 'ʼ', '`':
			r = '\''
		case '“', '”', '„', '«', '»':
			r = '"'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(dst) > 0 {
			dst = append(dst, ' ')
		}
		space = false
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// TestNormalizedFastPath: the ASCII fast path of appendNormalized gives
// the bytes the rune loop gives, on hand-picked and random text mixing
// ASCII, white space of every kind, quotes, invalid UTF-8 and accents.
func TestNormalizedFastPath(t *testing.T) {
	cases := []string{"", " ", "  a  b ", "\ta\nb\r\nc\v\fd", "`quoted' “x” «y» ‘z’ ʼ", "café\u00a0\u0085\u2003end", "\xff\xfe bad \xc3", " lead", "trail\n"}
	pieces := []string{"a", "Peru", " ", "  ", "\t", "\n", "\r", "`", "'", "’", "“", "é", "\u00a0", "\u0085", "\u2028", "\xff", "\xc3", ".", "ʼ"}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 5000; i++ {
		var b []byte
		for k := rng.IntN(12); k >= 0; k-- {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		cases = append(cases, string(b))
	}
	for _, c := range cases {
		if got, want := appendNormalized([]byte("x"), c), appendNormalizedRunes([]byte("x"), c); string(got) != string(want) {
			t.Fatalf("appendNormalized(%q) = %q, want %q", c, got, want)
		}
	}
}

func FuzzNormalizedFastPath(f *testing.F) {
	f.Add("Peru has  noted\tthe `PoA’ “process”.")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendNormalized(nil, s), appendNormalizedRunes(nil, s); string(got) != string(want) {
			t.Fatalf("appendNormalized(%q) = %q, want %q", s, got, want)
		}
	})
}
