package corpus

import (
	"slices"
	"testing"
)

// TestLandforms: a country's name inside a sea's, a gulf's, a lake's or a
// delta's name names no country, in corpus text, in headings and in
// questions; the country on its own still counts.
func TestLandforms(t *testing.T) {
	g := defaultGazetteer()
	tests := []struct {
		text string
		want []string
	}{
		{"Tensions in the South China Sea worry Viet Nam.", []string{"Vietnam"}},
		{"Piracy in the Gulf of Guinea concerns Ghana.", []string{"Ghana"}},
		{"Lake Chad basin states met in Abuja, and Nigeria spoke first.", []string{"Nigeria"}},
		{"Oil theft in the Niger Delta is a cybercrime concern for Nigeria.", []string{"Nigeria"}},
		{"China and Guinea signed an agreement.", []string{"China", "Guinea"}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text)
		for _, question := range []bool{false, true} {
			var got []string
			for _, m := range g.Find(toks, question, nil) {
				got = append(got, m.Country)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q, question=%v) = %v, want %v", tt.text, question, got, tt.want)
			}
		}
		var got []string
		for _, m := range g.findText(toks, true) {
			got = append(got, m.Country)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("findText(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if hh, _ := g.headingHolders("Interview: the Philippines' envoy on the South China Sea and cables"); !slices.Equal(hh, []string{"Philippines"}) {
		t.Errorf("heading holders %v, want the Philippines alone", hh)
	}
}
