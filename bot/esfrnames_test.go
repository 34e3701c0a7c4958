package bot

import (
	"slices"
	"testing"
)

// TestRomanceNamesWithArticles: a Spanish or French name typed in lower
// case after its article is the country, whatever words follow it. "le
// cap-vert" is Cabo Verde, not "le Cap" and a stray word, and "le soudan
// sur la …" is Sudan, not a misspelt "Sudán del Sur" made of the French
// preposition "sur".
func TestRomanceNamesWithArticles(t *testing.T) {
	b := seedBot(t)
	tests := []struct{ q, want string }{
		{"que dit le cap-vert sur la diligence raisonnable", "Cabo Verde"},
		{"que dit le cap vert sur l'attribution", "Cabo Verde"},
		{"que dit le soudan sur la cybercriminalité", "Sudan"},
		{"position du soudan sur la souveraineté", "Sudan"},
		{"que dit le soudan du sud sur la cybercriminalité", "South Sudan"},
		{"¿qué dice sudán del sur sobre la ciberdelincuencia?", "South Sudan"},
		{"¿qué dice sudán sobre la ciberdelincuencia?", "Sudan"},
		{"what does bosnia herzegovnia say on norms", "Bosnia and Herzegovina"},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if !slices.Equal(r.Countries, []string{tt.want}) {
			t.Errorf("%q: countries %v, want %s", tt.q, r.Countries, tt.want)
		}
	}
}
