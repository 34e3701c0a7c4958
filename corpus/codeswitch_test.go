package corpus

import (
	"slices"
	"testing"
)

// TestSpanishFrenchNamesInEnglishQuestions: a Spanish or French country
// name typed in lower case in an English question ("china y rusia on
// IHL", "chine and russie") is that country: it was silently dropped
// beside the English name. A name spelt as a capital that is a word
// ("tunez") still needs its capital letter (TestNoCapitalIsAWord).
func TestSpanishFrenchNamesInEnglishQuestions(t *testing.T) {
	g := DefaultGazetteer()
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"china y rusia on IHL", []string{"China", "Russia"}},
		{"china and rusia on IHL", []string{"China", "Russia"}},
		{"chine and russie on ihl", []string{"China", "Russia"}},
		{"what does rusia say on ihl", []string{"Russia"}},
		{"a tunez and a pen", nil},
	} {
		var got []string
		for _, m := range g.Find(Tokenize(tt.q), true, nil) {
			got = append(got, m.Country)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %v, want %v", tt.q, got, tt.want)
		}
	}
}
