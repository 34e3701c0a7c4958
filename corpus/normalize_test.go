package corpus

import (
	"crypto/sha256"
	"encoding/binary"
	"math/rand/v2"
	"strings"
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

// TestIsNormalized: isNormalized(s) is true exactly when normalize leaves
// s as it is, for ASCII text (where the fast path decides), on
// hand-picked and random text; for text beyond ASCII it may only say
// false (the key then normalizes as before).
func TestIsNormalized(t *testing.T) {
	cases := []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a`b", "Peru has noted the PoA.", "café au lait",
		"0123456789abcdef 0123456789abcdef", "0123456789abcdef  0123456789abcdef", "0123456789abcde\x7f", "0123456789abcdef\x01"}
	pieces := []string{"a", "Peru", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\x00", "\x1f", "\x7f", "`", "'", "\"", "’", "é", "\u00a0", "\u2028", "\xff", ".", ",", "0123456"}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 20000; i++ {
		var b []byte
		for k := rng.IntN(16); k >= 0; k-- {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		cases = append(cases, string(b))
	}
	// Sentences of plain words, single spaces, one odd byte now and then.
	words := []string{"Peru", "has", "noted", "the", "PoA.", "norms,", "0123456789", "(UN)", "a", "\"x\"", "it's"}
	odd := []string{" ", "\t", "`", "é", "\x7f", "\x00", "\n"}
	for i := 0; i < 20000; i++ {
		var b []byte
		for k := rng.IntN(20); k >= 0; k-- {
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b = append(b, words[rng.IntN(len(words))]...)
			if rng.IntN(60) == 0 {
				b = append(b, odd[rng.IntN(len(odd))]...)
			}
		}
		cases = append(cases, string(b))
	}
	fast := 0
	for _, c := range cases {
		checkIsNormalized(t, c)
		if isNormalized(c) {
			fast++
		}
	}
	if fast < 10000 {
		t.Errorf("only %d of %d cases took the fast path: the test checks too little", fast, len(cases))
	}
}

func checkIsNormalized(t *testing.T, s string) {
	t.Helper()
	same := string(appendNormalizedRunes(nil, s)) == s
	got := isNormalized(s)
	ascii := true
	for i := 0; i < len(s); i++ {
		ascii = ascii && s[i] < 0x80
	}
	switch {
	case got && !same:
		t.Fatalf("isNormalized(%q) = true, but normalize gives %q", s, appendNormalizedRunes(nil, s))
	case !got && same && ascii && !strings.ContainsFunc(s, func(r rune) bool { return r < ' ' }):
		t.Fatalf("isNormalized(%q) = false for normalized ASCII text", s)
	}
	if got && paragraphKeyHash(s) != keyOfNormalized(s) {
		t.Fatalf("paragraphKeyHash(%q) differs from the hash of its normalized text", s)
	}
}

// keyOfNormalized is paragraphKeyHash by the slow path.
func keyOfNormalized(s string) uint64 {
	sum := sha256.Sum256(appendNormalized(nil, s))
	return binary.BigEndian.Uint64(sum[:8])
}

func FuzzIsNormalized(f *testing.F) {
	f.Add("Peru has  noted\tthe `PoA’ “process”.")
	f.Add("Kenya supports the norms.")
	f.Fuzz(func(t *testing.T, s string) { checkIsNormalized(t, s) })
}
