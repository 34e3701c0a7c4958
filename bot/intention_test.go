package bot

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestIntentionVerb: a verb of intention after the asked country ("does
// botswana plan", "is nepal planning", "what are botswana's plans") is the
// question's predicate, so the country's statement is found in a corpus
// where another country's statement holds those words; after anything but
// an asked subject, "plan" stays a topic ("laos action plan"). So are the
// words that frame a question ("how does X see", "the gist of").
func TestIntentionVerb(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"bw.txt": {Data: []byte("Botswana will publish a revised national cybersecurity strategy in 2027.\n\n" +
			"Botswana condemns ransomware attacks against its water utilities.\n")},
		"np.txt": {Data: []byte("Nepal announced that it will ratify the Budapest Convention next year.\n")},
		"la.txt": {Data: []byte("Laos adopted a national action plan on child online protection.\n\n" +
			"Laos reported ransomware attacks on its banks.\n")},
		"no.txt": {Data: []byte("Norway said it plans, intends and hopes, aiming and seeking to join what it is planning and " +
			"expects, and is going to propose new things, proposing what it wants to. It sees the gist.\n")},
	}))
	tests := []struct {
		q, country, sub string
	}{
		{"does botswana plan a new strategy", "Botswana", "strategy"},
		{"is botswana planning to publish its strategy?", "Botswana", "strategy"},
		{"is botswana planning a new strategy?", "Botswana", "strategy"},
		{"what are botswana's plans for the strategy", "Botswana", "strategy"},
		{"does the botswana government intend to publish a strategy", "Botswana", "strategy"},
		{"is nepal going to ratify budapest", "Nepal", "Budapest"},
		{"is nepal going to join budapest", "Nepal", "Budapest"},
		{"does nepal intend to join the budapest convention", "Nepal", "Budapest"},
		{"does nepal hope to ratify the convention", "Nepal", "Budapest"},
		{"will nepal seek to ratify the budapest convention", "Nepal", "Budapest"},
		// Verbs and nouns that frame a question (intentWords).
		{"how does botswana see a new strategy", "Botswana", "strategy"},
		{"gimme the gist of what nepal said on joining budapest", "Nepal", "Budapest"},
		{"laos action plan", "Laos", "action plan"},
		{"what does laos say about its national plan", "Laos", "action plan"},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if len(r.Answers) == 0 {
			t.Errorf("%q: no answer (%s) [read as %s %v %v]", tt.q, r.Message, r.Intent, r.Countries, r.Themes)
			continue
		}
		for _, a := range r.Answers {
			if a.Country != tt.country {
				t.Errorf("%q: answer by %s", tt.q, a.Country)
			}
		}
		if !strings.Contains(r.Answers[0].Text, tt.sub) {
			t.Errorf("%q: first answer %.60q", tt.q, r.Answers[0].Text)
		}
	}
}
