package bot

import (
	"strings"
	"testing"
)

// TestWhoSaid: a quotation beside a who-said cue, or after "who said
// that", is answered by the statement holding its words; words no
// statement holds get the closest, marked so; topic questions that say
// "who said" stay topic questions.
func TestWhoSaid(t *testing.T) {
	for _, tt := range []struct {
		in, quote string
	}{
		{`"Voluntary norms alone have not prevented attacks" who said this?`, "Voluntary norms alone have not prevented attacks"},
		{"who said “a treaty would give them obligations”?", "a treaty would give them obligations"},
		{"> Iceland condemns ransomware attacks against hospitals\nwho said this", "Iceland condemns ransomware attacks against hospitals"},
		{"who said that a treaty would give them obligations", "a treaty would give them obligations"},
		{"«la priorité doit aller au renforcement des capacités» qui a dit ça ?", "la priorité doit aller au renforcement des capacités"},
		{"quién dijo que el derecho internacional se aplica al ciberespacio?", "el derecho internacional se aplica al ciberespacio"},
		{"¿Quién dijo que el derecho internacional se aplica al ciberespacio?", "el derecho internacional se aplica al ciberespacio"},
		{`whose line is "cyber resilience and climate resilience go together"?`, "cyber resilience and climate resilience go together"},
		{`"we will never pay a ransom to criminals" - which delegation said it`, "we will never pay a ransom to criminals"},
		{`¿de quién son estas palabras? "la cooperación regional es indispensable"`, "la cooperación regional es indispensable"},
		// Neighbours: no cue, too short a quotation, a topic after "who said".
		{`what is the kenyan line on "protecting hospitals from ransomware attacks"`, ""},
		{`what is the "programme of action on ict security" about`, ""},
		{`what does Mongolia say about "voluntary norms alone"`, ""},
		{`"hack back" who said this?`, ""},
		{"who said anything about ransomware since 2024", ""},
		{"who said that?", ""},
		{"what does iceland say on ransomware", ""},
	} {
		q, _, ok := whoSaidQuote(tt.in)
		if !ok {
			q = ""
		}
		if q != tt.quote {
			t.Errorf("whoSaidQuote(%q) = %q, want %q", tt.in, q, tt.quote)
		}
	}
	b := dirBot(t, "../testdata/support")
	for _, tt := range []struct{ q, msg, country string }{
		{`"Voluntary norms alone have not prevented attacks on the hospitals" who said this?`, "These words are in 1 statement held by Mongolia.", "Mongolia"},
		{"who said that a treaty would give them obligations that can be relied upon", "These words are in 1 statement held by Mongolia", "Mongolia"},
		{`"el derecho internacional existente se aplica al ciberespacio" ¿quién dijo esto?`, "Estas palabras están en 1 declaración de Panamá", "Panama"},
		{`"la priorité doit aller au renforcement des capacités" qui a dit ça ?`, "Ces mots figurent dans 1 déclaration ; pays : Bénin", "Benin"},
		{`"States must never hack back against private firms" who said that?`, "No statement holds these exact words", ""},
	} {
		r := b.Ask(tt.q, 0)
		if !strings.HasPrefix(r.Message, tt.msg) {
			t.Errorf("%q: message %q, want it to start %q", tt.q, r.Message, tt.msg)
		}
		if tt.country != "" && (len(r.Answers) != 1 || r.Answers[0].Country != tt.country) {
			t.Errorf("%q: %d answers, want one by %s", tt.q, len(r.Answers), tt.country)
		}
		if tt.country == "" {
			for _, a := range r.Answers {
				if a.Match != "closest" {
					t.Errorf("%q: answer by %s not marked closest", tt.q, a.Country)
				}
			}
		}
	}
}
