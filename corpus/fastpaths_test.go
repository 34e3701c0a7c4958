package corpus

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"
)

// refStemWord is stemWord without its fast path.
func refStemWord(w string) string { return english.Stem(americanise(w), false) }

// TestStemsToItself holds stemWord's fast path to the stemmer: every word
// it lets through unstemmed is one Snowball (after americanise) leaves as
// it is. Words of up to three bytes are tried exhaustively, longer ones at
// random and from every corpus of the repository, including the endings
// of the suffix rules themselves ("izer" + "a").
func TestStemsToItself(t *testing.T) {
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	var words []string
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		words = append(words, prefix)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			gen(prefix+string(c), n-1)
		}
	}
	gen("", 3)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		b := make([]byte, 4+rng.IntN(12))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		words = append(words, string(b))
	}
	// Every suffix the stemmer and americanise look for, with an inert
	// letter after it and without.
	for _, s := range []string{"ational", "fulness", "iveness", "ization", "ousness", "biliti", "lessli",
		"tional", "alism", "aliti", "ation", "entli", "fulli", "iviti", "ousli", "anci", "abli", "alli",
		"ator", "enci", "izer", "bli", "ogi", "li", "alize", "icate", "ative", "iciti", "ical", "ful",
		"ness", "ement", "ance", "ence", "able", "ible", "ment", "ent", "ant", "ism", "ate", "iti", "ous",
		"ive", "ize", "ion", "al", "er", "ic", "eedly", "ingly", "edly", "ing", "eed", "ed", "sses", "ied",
		"ies", "us", "ss", "s", "y", "e", "ll", "isations", "isation", "ising", "ised", "ises", "iser",
		"ise", "ours", "oured", "ouring", "our", "programme", "fulfil", "cheque", "skies", "only"} {
		for _, stem := range []string{"", "gener", "commun", "walk", "sky", "beauti", "nation"} {
			for _, end := range []string{"", "a", "o", "u", "x", "2"} {
				words = append(words, stem+s+end)
			}
		}
	}
	more, read := corpusWords(t)
	words = append(words, more...)
	if read < 20 {
		t.Fatalf("only %d files read", read)
	}
	fast := 0
	for _, w := range words {
		if !stemsToItself(w) {
			continue
		}
		fast++
		if got := refStemWord(w); got != w {
			t.Errorf("stemsToItself(%q), but it stems to %q", w, got)
		}
		if got := stemWord(w); got != w {
			t.Errorf("stemWord(%q) = %q", w, got)
		}
	}
	if fast < len(words)/3 {
		t.Errorf("the fast path took %d of %d words", fast, len(words))
	}
	for _, tc := range []struct {
		w    string
		fast bool
	}{
		{"agenda", true}, {"also", true}, {"2024", true}, {"zorvatu", true}, {"tabu", true},
		{"", false}, {"states", false}, {"policy", false}, {"agend'a", false}, {"perú", false},
		{"Agenda", false}, {"co-operation", false}, {"agendas", false},
	} {
		if got := stemsToItself(tc.w); got != tc.fast {
			t.Errorf("stemsToItself(%q) = %v, want %v", tc.w, got, tc.fast)
		}
	}
}

func FuzzStemsToItself(f *testing.F) {
	for _, s := range []string{"agenda", "izera", "nationalu", "2024", "ab", "ska", strings.Repeat("o", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := stemWord(w), refStemWord(w); got != want {
			t.Errorf("stemWord(%q) = %q, want %q", w, got, want)
		}
	})
}

// TestMayContinue holds mayContinue to contRe: every paragraph of the
// repository's corpora, and every opening contRe names, with and
// without what may follow it, is tried.
func TestMayContinue(t *testing.T) {
	paras := repoParagraphs(t)
	for _, o := range []string{"It", "Its", "They", "Their", "This", "These", "Such", "As part of their statement",
		"As part of its submission", "In addition", "Additionally", "Furthermore", "Moreover", "Also", "However",
		"Nevertheless", "Similarly", "Likewise", "Accordingly", "Meanwhile", "In this regard", "To this end",
		"The country", "The Pacific island", "The small island nation", "The government", "The Union", "Thus",
		"Italy", "Sudan", "In", "A", "The", "it", "the country", ""} {
		for _, rest := range []string{"", " ", ",", " said it would", "s", "-led"} {
			paras = append(paras, o+rest)
		}
	}
	matched := 0
	for _, p := range paras {
		if contRe.MatchString(p) {
			matched++
			if !mayContinue(p) {
				t.Errorf("contRe matches %q, mayContinue says it cannot", p)
			}
		}
	}
	if matched < 50 {
		t.Errorf("contRe matched only %d of %d paragraphs", matched, len(paras))
	}
	for _, p := range []string{"Brazil said", "We", "", "1. The", "  It"} {
		if mayContinue(p) {
			t.Errorf("mayContinue(%q) = true", p)
		}
	}
}

func FuzzMayContinue(f *testing.F) {
	for _, s := range []string{"It", "The small country", "Moreover, ", "As part of the contribution", "Ghana"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		if contRe.MatchString(p) && !mayContinue(p) {
			t.Errorf("contRe matches %q, mayContinue says it cannot", p)
		}
	})
}

// TestSentEndsLowerWord holds sentEnds, lowerWord and labelMark to the
// strings functions they replace.
func TestSentEndsLowerWord(t *testing.T) {
	cases := []string{"", ".", " , ", "—", "–", ":", "?!", "’", "ʼ", "State", "STATE", "state", "Perú",
		"PERÚ", "Don’t", "DONʼT", "don't", "Ünited", "İstanbul", "x\xffy", "\xe2\x80", "a\xe2\x80\x94b",
		"\xf0\xe2\x80\x94", "Hello: world", "Mr. President – thank you", "ﬁnance", "ΣΑΣ"}
	files, _ := filepath.Glob("../testdata/*/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range appendTokens(nil, string(b)) {
			cases = append(cases, tok.Orig, tok.Gap)
		}
		for _, p := range strings.Split(string(b), "\n\n") {
			cases = append(cases, p[:min(len(p), 48)])
		}
	}
	for _, s := range cases {
		checkFastStrings(t, s)
	}
}

func checkFastStrings(t *testing.T, s string) {
	t.Helper()
	if got, want := sentEnds(s), strings.ContainsAny(s, ".!?;"); got != want {
		t.Errorf("sentEnds(%q) = %v, want %v", s, got, want)
	}
	if got, want := labelMark(s), strings.ContainsAny(s, ":—–"); got != want {
		t.Errorf("labelMark(%q) = %v, want %v", s, got, want)
	}
	want := s
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			want = strings.ToLower(s)
			if strings.ContainsAny(want, "’ʼ") {
				want = curlyApostrophes.Replace(want)
			}
			break
		}
	}
	if got := lowerWord(s); got != want {
		t.Errorf("lowerWord(%q) = %q, want %q", s, got, want)
	}
}

func FuzzSentEndsLowerWord(f *testing.F) {
	for _, s := range []string{"", "U.S.", "Don’t", "PERÚ", "a\xe2\x80\x94b", "x: y"} {
		f.Add(s)
	}
	f.Fuzz(checkFastStrings)
}

// TestMarkerOf holds markerOf and frenchElision's opening test to the
// map and the prefix loop, on every marker word, every word of the
// repository's corpora and their elided forms.
func TestMarkerOf(t *testing.T) {
	words := []string{"", "l'", "d'", "qu'", "l'é", "d’information", "qu’il", "lo", "de", "l", "q", "dé", "l’a"}
	for w := range textMarkers {
		words = append(words, w, w+"s", "l'"+w, "d’"+w, strings.ToUpper(w))
	}
	more, _ := corpusWords(t)
	words = append(words, more...)
	elided := 0
	for _, w := range words {
		if got, want := markerOf(w), textMarkers[w]; got != want {
			t.Errorf("markerOf(%q) = %d, want %d", w, got, want)
		}
		want := false
		for _, p := range [...]string{"l'", "d'", "qu'", "l’", "d’", "qu’"} {
			if len(w) > len(p)+1 && strings.HasPrefix(w, p) {
				want = true
			}
		}
		if got := frenchElision(w); got != want {
			t.Errorf("frenchElision(%q) = %v, want %v", w, got, want)
		}
		if want {
			elided++
		}
	}
	if elided < 100 {
		t.Errorf("only %d elided words tried", elided)
	}
}

// corpusWords returns the lower-cased words of every test corpus and seed
// file, and how many files it read.
func corpusWords(t *testing.T) (words []string, files int) {
	t.Helper()
	txt, _ := filepath.Glob("../testdata/*/*.txt")
	seeds, _ := filepath.Glob("../seeds/*.txt")
	for _, f := range append(txt, seeds...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range appendTokens(nil, string(b)) {
			words = append(words, tok.Lower)
		}
		files++
	}
	return words, files
}

// repoParagraphs returns every blank-line-separated paragraph of the
// repository's corpora (testdata and the seeds), as a fast path's test
// tries them against the expression it stands in for.
func repoParagraphs(t *testing.T) []string {
	t.Helper()
	var paras []string
	files, _ := filepath.Glob("../testdata/*/*.txt")
	seeds, _ := filepath.Glob("../seeds/*.txt")
	for _, f := range append(files, seeds...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		paras = append(paras, strings.Split(string(b), "\n\n")...)
	}
	return paras
}
