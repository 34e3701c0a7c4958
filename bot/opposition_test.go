package bot

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestOppositionFirst: "who opposes a treaty" puts first, and names, the
// countries whose statement on it uses words of opposition or doubt with
// the topic as their object, in English, Spanish and French; a country
// that opposes something else in a statement on the topic ("opposes any
// interference … and supports a treaty", "opposes selective
// attribution") is not among them, nor is one that supports it.
func TestOppositionFirst(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Norway supports the negotiation of a legally binding treaty on cyberspace under UN auspices.\n\n" +
			"Chile opposes a new legally binding treaty; existing international law applies.\n\n" +
			"Namibia opposes any interference in internal affairs and supports a binding treaty.\n\n" +
			"Kenya sees no need for a new treaty at this stage.\n\n" +
			"Peru opposes selective attribution and supports a binding instrument.\n")},
		"b_es.txt": {Data: []byte("El Paraguay se opone a un nuevo tratado jurídicamente vinculante sobre el ciberespacio.\n")},
		"c_fr.txt": {Data: []byte("Le Sénégal estime qu'un traité juridiquement contraignant serait prématuré à ce stade.\n")},
	}
	b := New(fsCorpus(t, fsys))
	for _, tt := range []struct {
		q, lang string
		named   []string // in the note, in any order
		notIn   []string // not in the note
	}{
		{"which countries oppose a binding treaty", "en", []string{"Chile", "Kenya", "Paraguay", "Senegal"}, []string{"Norway", "Namibia", "Peru"}},
		{"who is against a legally binding treaty?", "en", []string{"Chile", "Kenya"}, []string{"Norway", "Namibia", "Peru"}},
		{"quien se opone a un tratado vinculante", "es", []string{"Chile", "Paraguay"}, []string{"Noruega", "Namibia", "Perú"}},
		{"qui s'oppose à un traité contraignant ?", "fr", []string{"Chili", "Sénégal"}, []string{"Norvège", "Namibie", "Pérou"}},
	} {
		r := b.Ask(tt.q, 0)
		if r.Lang != tt.lang {
			t.Errorf("%q: lang %s, want %s", tt.q, r.Lang, tt.lang)
		}
		i := strings.LastIndex(r.Message, ": ")
		if i < 0 || len(r.Answers) == 0 {
			t.Errorf("%q: no note or answers: %q", tt.q, r.Message)
			continue
		}
		note := r.Message[i:]
		for _, w := range tt.named {
			if !strings.Contains(note, w) {
				t.Errorf("%q: note %q lacks %s", tt.q, note, w)
			}
		}
		for _, w := range tt.notIn {
			if strings.Contains(note, w) {
				t.Errorf("%q: note %q names %s", tt.q, note, w)
			}
		}
		if first := r.Answers[0].Text; !opposesWords(first) {
			t.Errorf("%q: first answer %.60q has no words of opposition", tt.q, first)
		}
	}
	// A plain who-question is ranked as before, with no note.
	if r := b.Ask("who talks about a binding treaty", 0); strings.Contains(r.Message, "opposition") {
		t.Errorf("plain question: %q", r.Message)
	}
}

// opposesWords reports words of opposition anywhere in text.
func opposesWords(text string) bool { return oppositionRe.MatchString(text) }
