package bot

import (
	"strings"
	"testing"
)

// TestQuickQuestionLead: a greeting's "quick question" lead ("una pregunta
// rápida:", "petite question :", "quick q —") is chat filler, no topic: it
// was read as one ("ninguna declaración corresponde a un tema sobre
// pregunta rápida estrategia nacional", threads23).
func TestQuickQuestionLead(t *testing.T) {
	b := dirBot(t, "../testdata/asked23")
	for _, tt := range []struct{ q, country string }{
		{"hola! una pregunta rápida: ¿qué dice la república dominicana sobre la estrategia nacional?", "Dominican Republic"},
		{"buenas, consulta rápida: qué dice mauricio sobre los cables submarinos", "Mauritius"},
		{"bonjour, petite question : que dit le cameroun sur la cybercriminalité ?", "Cameroon"},
		{"salut ! une question rapide, que dit le botswana sur la protection des données", "Botswana"},
		{"hi, quick question: what does mauritius say about submarine cables", "Mauritius"},
	} {
		r := b.Ask(tt.q, 0)
		msg := strings.ToLower(r.Message)
		if len(r.Answers) == 0 || r.Answers[0].Country != tt.country || strings.Contains(msg, "pregunta") || strings.Contains(msg, "question") || strings.Contains(msg, "rapid") {
			t.Errorf("%q: %q %v", tt.q, r.Message, r.Countries)
		}
	}
}
