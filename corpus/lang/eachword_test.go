package lang

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestEachWordMatchesSplitWords holds eachWord, which detection uses on
// every question without building the word list, and splitWords to the
// words strings.FieldsFunc gives with unicode's letter and digit classes.
func TestEachWordMatchesSplitWords(t *testing.T) {
	for _, text := range []string{
		"", " ", "what does Peru say on attribution?", "¿Qué dice Perú sobre la atribución?",
		"l'Inde et d’approvisionnement", "don't it's", "  lead and trail  ", "a", "Ñ", "x1 2y 3",
		"Corée du Sud, la UE y EE.UU.", "\xff\xfeinvalid\xffutf8", "日本語 テキスト", "tab\tnew\nline",
		"emoji 🇵🇪 flag", "'quoted' ’curly’",
	} {
		checkEachWord(t, text)
	}
}

func FuzzEachWord(f *testing.F) {
	for _, s := range []string{"what does Peru say", "l'Inde", "\xff’a1", "¿Qué?"} {
		f.Add(s)
	}
	f.Fuzz(checkEachWord)
}

func checkEachWord(t *testing.T, text string) {
	var got []string
	eachWord(text, func(w string) { got = append(got, w) })
	// The words as splitWords read them before its ASCII fast path.
	want := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	if !slices.Equal(got, want) {
		t.Errorf("eachWord(%q) = %q, want %q", text, got, want)
	}
	if sw := splitWords(text); !slices.Equal(sw, want) {
		t.Errorf("splitWords(%q) = %q, want %q", text, sw, want)
	}
}
