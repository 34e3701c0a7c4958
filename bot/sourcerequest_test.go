package bot

import (
	"slices"
	"testing"
)

// TestSourceRequests: asking where a country's statement comes from ("source
// for the Maldives statement", "fuente de la declaración de Perú", "source de
// la déclaration du Pérou") asks for its statements, which carry their
// sources; "source" is no topic there. Elsewhere it stays one ("open source",
// "source code").
func TestSourceRequests(t *testing.T) {
	b := dirBot(t, "../testdata/asked13")
	tests := []struct {
		q       string
		country string
		topic   bool // the question keeps a topic word
	}{
		{"source for the maldives statement", "Maldives", false},
		{"what's the source of the peru statement", "Peru", false},
		{"where does the maldives statement come from", "Maldives", false},
		{"fuente de la declaración de perú", "Peru", false},
		{"fuentes de la declaración de perú", "Peru", false},
		{"source de la déclaration du pérou", "Peru", false},
		{"sources de la déclaration du pérou", "Peru", false},
		// Unchanged: topics.
		{"what does peru say about open source", "Peru", true},
		{"source code of the maldives", "Maldives", true},
		{"la declaración de perú sobre ransomware", "Peru", true},
	}
	for _, tt := range tests {
		r := b.Explain(tt.q, 3)
		if !slices.Equal(r.Countries, []string{tt.country}) {
			t.Errorf("%q: countries %v, want [%s]", tt.q, r.Countries, tt.country)
		}
		if topic := len(r.Explain.Stems) > 0 || len(r.Themes) > 0; topic != tt.topic {
			t.Errorf("%q: stems %v (themes %v), want a topic: %v", tt.q, r.Explain.Stems, r.Themes, tt.topic)
		}
	}
}

// TestDisagreementCompares: "disagreement", "similarities" and their
// Spanish and French forms ask for a comparison of the countries named,
// never a topic of that name.
func TestDisagreementCompares(t *testing.T) {
	b := dirBot(t, "../testdata/asked13")
	for _, q := range []string{
		"any disagreement between cuba and the us?",
		"similarities between peru and bolivia",
		"¿hay desacuerdo entre cuba y perú?",
		"diferencias entre perú y bolivia",
		"quelles différences entre le pérou et la bolivie ?",
		"désaccords entre cuba et le pérou",
	} {
		r := b.Explain(q, 3)
		if r.Intent != IntentCompare || len(r.Explain.Stems) > 0 || len(r.Countries) != 2 {
			t.Errorf("%q: intent %s, countries %v, stems %v; want a comparison of two with no topic", q, r.Intent, r.Countries, r.Explain.Stems)
		}
	}
}
