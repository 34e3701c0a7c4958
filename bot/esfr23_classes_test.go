package bot

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
)

// TestTopicDroppedFollowUp: a follow-up naming only a country after a
// national agency's initials asked of another country ("chile ANCI", then
// "¿y el salvador?"), or going back to a country from another's topic
// ("el salvador bitcoin", then "volvamos a cuba"), asks about the country
// itself when it holds nothing on that topic (see followup_topicdrop.go).
// Mirrors: a common topic carried to a country that holds nothing on it is
// still asked ("¿y chile?" on estafas: no answer), and going back to a
// country that holds the topic keeps it.
func TestTopicDroppedFollowUp(t *testing.T) {
	b := esfr23Bot(t)
	clock := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	for n, thread := range [][]struct {
		text, want, theme string // want: the country answered, "0" none
	}{
		{{"chile ANCI", "Chile", ""}, {"¿y el salvador?", "El Salvador", ""}},
		{{"belgique CCB", "Belgium", ""}, {"et le canada ?", "Canada", ""}},
		{{"que dice cuba sobre la soberania", "Cuba", "sovereignty"}, {"el salvador bitcoin", "El Salvador", ""}, {"volvamos a cuba", "Cuba", ""}},
		// Mirrors.
		{{"que dice bolivia sobre las estafas", "Bolivia", ""}, {"¿y chile?", "0", ""}},
		{{"que dit le canada sur les rancongiciels", "Canada", ""}, {"et la belgique ?", "0", ""}},
		{{"que dice cuba sobre la soberania", "Cuba", "sovereignty"}, {"¿y el congo?", "Congo", "sovereignty"}, {"volvamos a cuba", "Cuba", "sovereignty"}},
	} {
		h := Chain(b, FollowUps(&conversation.Memory{Now: func() time.Time { return clock }}, func() *corpus.Corpus { return b.Corpus() }, nil))
		for _, m := range thread {
			r := h.Handle(context.Background(), Question{Text: m.text, Platform: "console", Room: fmt.Sprint("drop", n), Time: clock})
			theme := m.theme
			if theme == "" {
				theme = "-"
			}
			if err := judgeAsked(r, "-", m.want, "-", "-", theme); err != nil {
				t.Errorf("thread %d, %q: %v", n, m.text, err)
			}
		}
	}
}

// TestCutOrgVenueFullName: a meeting named by its organisation written in
// full, in lower case as often ("à la table ronde de la francophonie", "en
// la cumbre de la unión africana"), is a place, as one named by its
// acronym is (TestCutOrgVenue); read as a topic it found no statement once
// "table" was no longer misread as a typo of "cable" (asked12). Mirrors: an
// organisation asked about after "sur", an ordinary word after "de".
func TestCutOrgVenueFullName(t *testing.T) {
	for _, tt := range []struct{ code, text, want string }{
		{"fr", "qu'a dit le vanuatu a la table ronde de la francophonie", "qu'a dit le vanuatu"},
		{"fr", "qu'a dit le gabon lors de la reunion de l'union africaine sur la cybercriminalite", "qu'a dit le gabon sur la cybercriminalite"},
		{"es", "que dijo panama en la cumbre de la union africana", "que dijo panama"},
		{"es", "que dijo chile en la reunion de las naciones unidas", "que dijo chile"},
		// Mirrors.
		{"fr", "que dit le senegal sur la francophonie", "que dit le senegal sur la francophonie"},
		{"es", "que dijo mexico en la reunion de expertos", "que dijo mexico en la reunion de expertos"},
	} {
		if got, _ := cutOccasion(tt.code, tt.text); got != tt.want {
			t.Errorf("cutOccasion(%s, %q) = %q, want %q", tt.code, tt.text, got, tt.want)
		}
	}
}
