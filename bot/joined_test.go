package bot

import (
	"slices"
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
