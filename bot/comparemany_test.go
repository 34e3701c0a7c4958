package bot

import (
	"strings"
	"testing"
)

// A comparison of many countries (a region's) names them once: the heading
// gives their number and the silent ones share one sentence, in the
// asker's language; two or three countries keep their names.
func TestCompareManySilentCountriesInOneSentence(t *testing.T) {
	b := altBot(t)
	tests := []struct {
		q          string
		head, none string // substrings of the message
		notHead    string
	}{
		{"asian and african views on sovereignty", "Comparing 26 countries on sovereignty.", "No statement on sovereignty: Armenia, Bangladesh,", "Comparing Armenia"},
		{"¿qué dicen los países asiáticos sobre la soberanía?", "Comparación de 17 países sobre soberanía.", "Ninguna declaración sobre soberanía: Armenia, Bangladés,", "Comparación: Armenia"},
		{"que disent les pays africains sur la souveraineté", "Comparaison de 9 pays sur souveraineté.", "Aucune déclaration sur souveraineté : Égypte, Kenya,", "Comparaison : Égypte"},
		{"kenya ghana and japan on sovereignty", "Comparing Kenya, Ghana and Japan on sovereignty.", "No statement on sovereignty: Kenya and Japan.", "3 countries"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			r := b.Ask(tt.q, 0)
			if r.Intent != IntentCompare {
				t.Fatalf("intent %s, want compare: %s", r.Intent, r.Message)
			}
			for _, want := range []string{tt.head, tt.none} {
				if !strings.Contains(r.Message, want) {
					t.Errorf("message lacks %q:\n%s", want, r.Message)
				}
			}
			if strings.Contains(r.Message, tt.notHead) {
				t.Errorf("message has %q:\n%s", tt.notHead, r.Message)
			}
			for _, c := range r.Countries {
				if strings.Contains(r.Message, c+": no statement") {
					t.Errorf("%s has its own no-statement sentence:\n%s", c, r.Message)
				}
			}
		})
	}
}
