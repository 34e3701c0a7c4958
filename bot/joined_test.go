package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestJoinedQuestions: two questions joined by "and what does/what about"
// are answered each on its own country and topic; a single question with
// "and" between countries stays one comparison.
func TestJoinedQuestions(t *testing.T) {
	b := seedBot(t)
	tests := []struct {
		q      string
		parts  [][2]string // country, theme ("" : no theme) of each part
		intent string
	}{
		{"what does peru say on attribution and what does cuba say on sovereignty", [][2]string{{"Peru", "attribution"}, {"Cuba", "sovereignty"}}, ""},
		{"what does peru say on attribution and what about india", [][2]string{{"Peru", "attribution"}, {"India", "attribution"}}, ""},
		{"what do peru and cuba say on attribution", nil, IntentCompare},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if tt.parts == nil {
			if len(r.Parts) != 0 || r.Intent != tt.intent {
				t.Errorf("%q: %d parts, intent %s; want one %s", tt.q, len(r.Parts), r.Intent, tt.intent)
			}
			continue
		}
		if len(r.Parts) != len(tt.parts) {
			t.Fatalf("%q: %d parts, want %d (%s)", tt.q, len(r.Parts), len(tt.parts), r.Message)
		}
		for i, want := range tt.parts {
			p := r.Parts[i]
			if len(p.Countries) != 1 || p.Countries[0] != want[0] || !slices.Contains(p.Themes, want[1]) {
				t.Errorf("%q part %d: %v on %v, want %s on %s", tt.q, i, p.Countries, p.Themes, want[0], want[1])
			}
		}
	}
}

// TestManyQuestionsInOneMessage: a message of more questions than are
// answered gets the first maxQuestions and a note of the rest, in the
// asker's language; it is not a reply of every one.
func TestManyQuestionsInOneMessage(t *testing.T) {
	b := mlBot(t, "seeds")
	tests := []struct {
		q, lang, note string
	}{
		{strings.Repeat("what does Peru say on attribution? ", 8), "en", "ask the other 3 on their own"},
		{strings.Repeat("¿qué dice Cuba sobre la soberanía? ", 7), "es", "haga las otras 2 por separado"},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if len(r.Parts) != maxQuestions || r.Lang != tt.lang || !strings.Contains(r.PartsNote, tt.note) || !strings.HasSuffix(r.Message, r.PartsNote) {
			t.Errorf("%d parts, lang %s, note %q, message ends %q; want %d parts and a note %q", len(r.Parts), r.Lang, r.PartsNote, r.Message[max(0, len(r.Message)-80):], maxQuestions, tt.note)
		}
	}
}
