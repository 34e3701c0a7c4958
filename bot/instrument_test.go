package bot

import (
	"slices"
	"testing"
)

// TestInstrumentNamedAfterCity: a treaty or declaration named after a city,
// in English, Spanish or French, is part of the topic; the city never adds
// its country to the question (a comparison would quote that country's
// statements to someone who asked about another). The city acting is
// still its government.
func TestInstrumentNamedAfterCity(t *testing.T) {
	b := seedBot(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"que dit le Pérou sur la Convention de Malabo", []string{"Peru"}},
		{"que dit le Pérou sur la convention de malabo", []string{"Peru"}},
		{"qué dice Perú sobre el Acuerdo de París", []string{"Peru"}},
		{"que dit l'Inde sur la déclaration de Bamako", []string{"India"}},
		{"qué dice la India sobre la Declaración de Lima", []string{"India"}},
		{"que dit l'Inde sur la Convention de Vienne", []string{"India"}},
		{"what does India say about the Lima Declaration", []string{"India"}},
		{"what does India say about the Budapest Convention", []string{"India"}},
		// Mirrors: a city acting, or named alone, is its government.
		{"what does lima say about the declaration", []string{"Peru"}},
		{"Tokyo statement on norms", []string{"Japan"}},
		{"que dit le Pérou de Paris", []string{"Peru", "France"}},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if !slices.Equal(r.Countries, tt.want) {
			t.Errorf("%q: countries %v, want %v", tt.q, r.Countries, tt.want)
		}
	}
}
