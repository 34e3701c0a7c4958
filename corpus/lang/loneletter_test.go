package lang

import "testing"

// TestLoneLetterConjunction: Spanish writes "e" for "and" only before an i
// sound and "u" for "or" only before an o sound, so a lone "e" or "u"
// before another word is English shorthand ("e wallet", "the u s
// blockade", "can u tell me") and "y" before a slash a yes/no ("y/n"):
// none is Spanish (esfr23's "el salvador e wallet security" was answered
// in Spanish). Before an i or o sound, or alone at the end, they are read
// as before; DetectBlanked stays equal to detecting the blanked copy.
func TestLoneLetterConjunction(t *testing.T) {
	d := NewDetector(testLexicon)
	tests := []struct {
		text  string
		spans []Span
		want  string // the language the text must be read as ("" any but not)
		not   string // a language it must not be read as
	}{
		{"el salvador e wallet security", []Span{{0, 11}}, "", Spanish},
		{"what does cuba say about the u s blockade", []Span{{10, 14}}, English, ""},
		{"cuba and the u s embargo", []Span{{0, 4}}, English, ""},
		{"can u tell me about norms", nil, English, ""},
		{"uganda nita u incidents", []Span{{0, 6}}, "", Spanish},
		{"does spain support a programme of action y/n", []Span{{5, 10}}, English, ""},
		// Mirrors: a conjunction where Spanish writes it.
		{"chile e india", []Span{{0, 5}, {8, 13}}, Spanish, ""},
		{"siete u ocho paises", nil, Spanish, ""},
		{"peru e irlanda", []Span{{0, 4}}, Spanish, ""},
		{"bolivia y peru", []Span{{0, 7}, {10, 14}}, Spanish, ""},
		{"chile e", []Span{{0, 5}}, Spanish, ""},
	}
	for _, tt := range tests {
		checkBlanked(t, d, tt.text, tt.spans)
		got := d.DetectBlanked(tt.text, tt.spans)
		if tt.want != "" && got.Lang != tt.want || tt.not != "" && got.Lang == tt.not {
			t.Errorf("DetectBlanked(%q) = %q (%v), want %q, not %q", tt.text, got.Lang, got.Candidates, tt.want, tt.not)
		}
	}
}
