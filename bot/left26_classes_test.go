package bot

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestActsOnFallback: a yes/no question about a first country acting on a
// second ("does ghana back togo") whose statements never name the second
// answers with the first's own statements on the topic after a note
// saying none names it, in each language; statements naming the second
// answer with no note.
func TestActsOnFallback(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"ghana.txt": {Data: []byte("Ghana\nGhana's Cyber Security Authority prosecutes cybercrime and trains judges on electronic evidence.\n")},
		"peru.txt":  {Data: []byte("Peru\nPeru works with Bolivia on cybercrime investigations and shares electronic evidence across the border.\n")},
	}))
	for _, tt := range []struct {
		q, country, note string // note "" wants none
	}{
		{"does ghana back togo on cybercrime", "Ghana", "The corpus has no statement by Ghana that mentions Togo"},
		{"has ghana helped benin on cybercrime?", "Ghana", "The corpus has no statement by Ghana that mentions Benin"},
		{"le ghana soutient-il le togo sur la cybercriminalité ?", "Ghana", "Togo"},
		{"¿apoya ghana a togo en ciberdelincuencia?", "Ghana", "Togo"},
		// mirror: the second named, no note
		{"does peru support bolivia on cybercrime", "Peru", ""},
	} {
		r := b.Ask(tt.q, 0)
		if len(r.Answers) == 0 || r.Answers[0].Country != tt.country {
			t.Errorf("%q: answers %v (%s), want %s", tt.q, r.Answers, r.Message, tt.country)
			continue
		}
		if tt.note == "" && strings.Contains(r.Message, "no statement by") || tt.note != "" && !strings.Contains(r.Message, tt.note) {
			t.Errorf("%q: message %.160q, want note %q", tt.q, r.Message, tt.note)
		}
	}
}

// TestCutVenueCountry: a country or a city after a meeting's noun and its
// link, after a verb of saying, is the venue, cut with the meeting, in
// each language and after "during/lors/durante"; a country after a
// meeting's noun with no verb of saying, or after "with", stays.
func TestCutVenueCountry(t *testing.T) {
	g := seedBot(t).Corpus().Gazetteer
	for _, tt := range []struct{ q, want string }{
		{"qué dijo méxico en el foro de panamá", "qué dijo méxico"},
		{"what did japan say at the conference in singapore on ransomware", "what did japan say on ransomware"},
		{"qué dijo colombia en la cumbre de brasil sobre ciberdelincuencia", "qué dijo colombia sobre ciberdelincuencia"},
		{"qu'a dit le maroc lors du sommet de dakar", "qu'a dit le maroc"},
		{"what did kenya say during the summit in rwanda", "what did kenya say"},
		{"qu'a dit le bénin au forum du sénégal ?", "qu'a dit le bénin ?"},
		// mirrors
		{"kenya on the summit in rwanda", "kenya on the summit in rwanda"},
		{"what did kenya say about the forum with rwanda", "what did kenya say about the forum with rwanda"},
		{"what did ghana say at the african summit", "what did ghana say at the african summit"},
		{"qué dijo chile sobre la cumbre de perú", "qué dijo chile sobre la cumbre de perú"},
	} {
		if got := strings.Join(strings.Fields(cutSaidPlace(g, tt.q)), " "); got != tt.want {
			t.Errorf("cutSaidPlace(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestActivityPartner: a country after "with/con/avec" following a noun
// of what countries do together (exercise, drill, training, programme) is
// the first country's partner, in each language; comparisons stay.
func TestActivityPartner(t *testing.T) {
	c := seedBot(t).Corpus()
	for _, tt := range []struct {
		q, about string
	}{
		{"qué dice españa sobre el ejercicio con portugal", "Portugal"},
		{"what does the uk say about the exercise with france", "France"},
		{"que dit l'espagne sur un exercice avec le maroc", "Morocco"},
		{"kenya on the joint drill with tanzania", "Tanzania"},
		{"qué dice chile sobre el simulacro con perú", "Peru"},
		{"que dit le sénégal sur la mission avec la gambie", "Gambia"},
		// mirrors
		{"compare spain and portugal on exercises", ""},
		{"¿qué dicen españa y portugal sobre el ejercicio?", ""},
		{"compare the uk with france", ""},
	} {
		p := Parse(c, readQuestion(c, tt.q, "", "").English)
		if got := strings.Join(p.About, ","); got != tt.about || tt.about != "" && (p.Intent != IntentStance || len(p.Countries) != 1) {
			t.Errorf("%q: about %q (%s %v), want %q", tt.q, got, p.Intent, p.Countries, tt.about)
		}
	}
}
