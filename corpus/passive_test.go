package corpus

import (
	"strings"
	"testing"
)

// TestPassiveSubjectHoldsNothing: a country that is the subject of a
// passive ("Russia was accused of …", "Iran has been blamed by Albania",
// "Rusia fue acusada", "La Chine a été accusée", "North Korea is widely
// believed to be behind …") is what others say about it, never its own
// position, nor the position of the country before. Mirrors: participles
// that state a position ("is committed", "was pleased"), what was done to
// it ("was hit by cyber attacks") and active verbs after "been" stay the
// country's.
func TestPassiveSubjectHoldsNothing(t *testing.T) {
	const head = "Weekly cyber digest\n\nKenya adopted a new cybersecurity strategy this week.\n\n"
	const es = "Resumen semanal\n\nKenia adoptó una nueva estrategia de ciberseguridad esta semana.\n\n"
	tests := []struct {
		para, holder string
	}{
		{"Russia was accused of attacks on hospitals in three countries this week.", ""},
		{"Iran has been blamed by Albania for the 2022 attack on government servers.", "Albania"},
		{"North Korea is widely believed to be behind the theft of two billion dollars.", ""},
		{"Venezuela was criticised for shutting down the internet during the protests.", ""},
		{es + "Rusia fue acusada de nuevo de atacar hospitales en Europa.", ""},
		{es + "Rusia ha sido señalada por Albania como responsable del ataque.", "Albania"},
		{"La Chine a été accusée par plusieurs pays de cyberespionnage.", ""},
		{"La Russie a de nouveau été accusée d'attaques contre des hôpitaux.", ""},
		// mirrors
		{"Chile is committed to an open, free and secure cyberspace.", "Chile"},
		{"Peru was pleased to host the regional workshop on cybercrime.", "Peru"},
		{"Ghana has been working on a new data protection law since 2023.", "Ghana"},
		{"Uganda was among the first states to ratify the Malabo Convention.", "Uganda"},
		{"Georgia was hit by cyber attacks during the 2008 war.", "Georgia"},
	}
	for _, tt := range tests {
		page, first, para := head, held{"Kenya", "Kenya adopted"}, tt.para
		if rest, ok := strings.CutPrefix(para, es); ok {
			page, first, para = es, held{"Kenya", "Kenia adoptó"}, rest
		}
		checkAfter(t, page, first, para, tt.holder)
	}
}
