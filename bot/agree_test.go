package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestWhoAgreesWith: "who agrees with Japan on countermeasures" asks for
// the other countries on the topic, not Japan's statements alone (it
// answered Japan's three); the corpus cannot say who agrees, so the reply
// says so, puts Japan's statements first and every other country's after,
// in the three languages. A question with two countries stays a
// comparison; a country silent on the topic is said to be.
func TestWhoAgreesWith(t *testing.T) {
	b := altBot(t)
	tests := []struct {
		q, intent, first, note string
	}{
		{"who agrees with japan on countermeasures", IntentTheme, "Japan", "does not say who agrees with Japan"},
		{"which countries share japan's view on countermeasures", IntentTheme, "Japan", "does not say who agrees with Japan"},
		{"who sides with estonia on international law", IntentTheme, "Estonia", "does not say who agrees with Estonia"},
		{"which countries support japan on countermeasures", IntentTheme, "Japan", "does not say who agrees with Japan"},
		{"does japan support a treaty", IntentStance, "Japan", "Japan on legally binding instruments"},
		{"¿quién está de acuerdo con Japón sobre las contramedidas?", IntentTheme, "Japan", "no dice quién coincide con Japón"},
		{"quels pays partagent la position du Japon sur les contre-mesures ?", IntentTheme, "Japan", "ne dit pas qui partage l'avis"},
		{"who disagrees with the EU on a treaty", IntentTheme, "", "no statement by the European Union on legally binding instruments"},
		{"does kenya agree with japan on countermeasures", IntentCompare, "Kenya", "Comparing Kenya and Japan"},
		{"what does japan say on countermeasures", IntentStance, "Japan", "Japan on countermeasures"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			r := b.Ask(tt.q, 0)
			if r.Intent != tt.intent || !strings.Contains(r.Message, tt.note) {
				t.Fatalf("intent %s, message %q; want %s with %q", r.Intent, r.Message, tt.intent, tt.note)
			}
			if tt.first != "" && (len(r.Answers) == 0 || r.Answers[0].Country != tt.first) {
				t.Errorf("answers %v, want %s first", r.Answers, tt.first)
			}
			if tt.intent == IntentTheme {
				var others []string
				for _, a := range r.Answers {
					if a.Country != tt.first && !slices.Contains(others, a.Country) {
						others = append(others, a.Country)
					}
				}
				if len(others) < 2 {
					t.Errorf("other countries %v: want every other country on the topic", others)
				}
			}
		})
	}
}
