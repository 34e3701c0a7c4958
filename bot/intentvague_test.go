package bot

import "testing"

// TestVagueTopicIsCountryOverview: a topic made only of the domain's own
// words ("cyber", "cybersecurity", "ICT") or of words that name no topic
// ("issues", "paper") asks for the country's statements, not for the few
// that hold the word; "information security" is a topic of its own.
func TestVagueTopicIsCountryOverview(t *testing.T) {
	b := seedBot(t)
	tests := []struct{ q, intent string }{
		{"anything from lima on cyber?", IntentCountry},
		{"what's peru's stance on cyber issues", IntentCountry},
		{"peru on cybersecurity", IntentCountry},
		{"what is india's position paper about", IntentCountry},
		{"cuba ICT", IntentCountry},
		{"what does peru say on information security", IntentStance},
		{"peru on cyber attribution", IntentStance},
		{"peru on cybercrime", IntentStance},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if r.Intent != tt.intent {
			t.Errorf("%q: intent %s, want %s (%s)", tt.q, r.Intent, tt.intent, r.Message)
		}
		if tt.intent == IntentCountry && len(r.Answers) == 0 {
			t.Errorf("%q: no answers (%s)", tt.q, r.Message)
		}
	}
}
