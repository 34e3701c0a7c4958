package corpus

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkPlainText fails when plainText calls b plain but repairFile would
// change it, note a repair or refuse it.
func checkPlainText(t *testing.T, b []byte) {
	t.Helper()
	if !plainText(b) || bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) || len(bytes.TrimSpace(b)) == 0 {
		return
	}
	out, notes, err := repairFile(bytes.Clone(b))
	if err != nil || len(notes) > 0 || !bytes.Equal(out, b) {
		t.Fatalf("plainText(%q) but repairFile gives %q, notes %q, err %v", b, out, notes, err)
	}
}

// TestPlainTextMeansNothingToRepair: the one-pass check cleanFile takes
// first agrees with the repairs it skips, on text with every kind of
// character they look for (at every offset of the 8-byte words), and it
// does take plain text, accented and curly-quoted included.
func TestPlainTextMeansNothingToRepair(t *testing.T) {
	pieces := []string{"Peru has noted", " ", "\n", "\t", "\r", "\r\n", "\x00", "\x01", "\x1b[31m", "\x7f", "\v", "\f",
		"\u0085", "\u009f", "\u00a0", "é", "’", "“", "\xff", "\xfe", "\xc2", "\xc3", "\xef\xbb\xbf", ".", "ab"}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 20000; i++ {
		var b []byte
		for k := rng.IntN(24); k >= 0; k-- {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		checkPlainText(t, b)
	}
	for _, s := range []string{
		strings.Repeat("Peru has noted the difficulty of attribution.\n", 40),
		"Côte d’Ivoire “welcomes” the\tOEWG’s report.\nIt also\u00a0backs the PoA.\n",
	} {
		if !plainText([]byte(s)) {
			t.Errorf("plainText(%.40q...) = false", s)
		}
		checkPlainText(t, []byte(s))
	}
	for _, s := range []string{"a\rb", "a\x00b", "caf\xe9", "a\u0085b", "a\x7fb", "\xef\xbb\xbfPeru"} {
		if out, notes, _ := cleanFile([]byte(s + " has noted the difficulty of attribution.")); len(notes) == 0 && bytes.Equal(out, []byte(s+" has noted the difficulty of attribution.")) {
			t.Errorf("cleanFile(%q...) repaired nothing", s)
		}
	}
}

func FuzzPlainText(f *testing.F) {
	f.Add([]byte("Peru has noted\tthe\ndifficulty ’é\u00a0 of attribution."))
	f.Add([]byte("a\r\nb\x00\u0085"))
	f.Fuzz(func(t *testing.T, b []byte) { checkPlainText(t, b) })
}

// endsSentenceRunes is endsSentence without its ASCII shortcut.
func endsSentenceRunes(line []byte) bool {
	s := bytes.TrimRightFunc(line, func(r rune) bool { return strings.ContainsRune(`"'’”»)]`, r) })
	if len(s) == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRune(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// TestEndsSentenceFastPath: the shortcut on a line's last byte decides as
// the full rule does.
func TestEndsSentenceFastPath(t *testing.T) {
	pieces := []string{"word", " ", ".", "!", "?", "…", "\"", "'", "’", "”", "»", ")", "]", ",", "1", "é", "\xff", "\xe2", "("}
	rng := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 20000; i++ {
		var b []byte
		for k := rng.IntN(6); k >= 0; k-- {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		if got, want := endsSentence(b), endsSentenceRunes(b); got != want {
			t.Fatalf("endsSentence(%q) = %v, want %v", b, got, want)
		}
	}
}
