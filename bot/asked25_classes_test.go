package bot

import (
	"testing"
	"testing/fstest"
)

// TestAsked25ConceptForms: a user's paraphrase finds the statement's own
// words for the same thing (asked25): "cyber mercenaries" and "hackers for
// hire" find "intrusion tools" and "commercial hacking tools" ("commercial
// cyber intrusion capabilities" is spyware's form, and a form stays under
// one concept: TestAcronymData), "internet shutdowns" finds "restrict
// social media".
// Mirrors: other countries and phrasings; a statement on another topic
// ("intrusion detection", "social media literacy") is not found.
func TestAsked25ConceptForms(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"a.txt": {Data: []byte("Brunei said that the sale of intrusion tools to anyone who pays is a threat to small states.\n\n" +
			"Nepal warned that commercial hacking tools are sold to criminal groups.\n\n" +
			"South Sudan defended the government's right to restrict social media in times of violence.\n\n" +
			"Chad announced that it will restrict social media during the exams.\n\n" +
			"Peru said that intrusion detection systems protect its banks.\n\n" +
			"Fiji launched a programme on social media literacy for schools.\n")},
	}))
	for _, tt := range []struct {
		q, want string
	}{
		{"where does brunei stand on cyber mercenaries", "Brunei"},
		{"nepal's take on hackers for hire?", "Nepal"},
		{"juba on internet shutdowns", "South Sudan"},
		{"chad on internet shutdowns", "Chad"},
		// Mirrors: another topic holding one of the words.
		{"where does peru stand on cyber mercenaries", ""},
		{"fiji on internet shutdowns", ""},
	} {
		r := b.Ask(tt.q, 0)
		got := ""
		if len(r.Answers) > 0 {
			got = r.Answers[0].Country
		}
		if got != tt.want {
			t.Errorf("%q: first answer by %q, want %q (%s)", tt.q, got, tt.want, r.Message)
		}
	}
}

// TestCertCodeNames: a national team named by its country's ISO code asks
// that country ("cert-se on incidents this year" was a theme question on
// nobody: asked25). Mirrors: other teams and cases; a code the gazetteer
// does not hold, and a word that only looks like one, are left as typed.
func TestCertCodeNames(t *testing.T) {
	b := seedBot(t)
	for _, tt := range []struct {
		q, want string
	}{
		{"cert-se on incidents this year", "Sweden cert on incidents this year"},
		{"what does CERT-PL say about ransomware", "what does Poland CERT say about ransomware"},
		{"cert-in advisories", "India cert advisories"},
		{"csirt-mu annual report", "Mauritius csirt annual report"},
		// Mirrors.
		{"cert-uk on ransomware", "cert-uk on ransomware"},
		{"concert-se on ransomware", "concert-se on ransomware"},
		{"cert-xx on ransomware", "cert-xx on ransomware"},
	} {
		if got := flagNames(b.Corpus(), tt.q); got != tt.want {
			t.Errorf("flagNames(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
