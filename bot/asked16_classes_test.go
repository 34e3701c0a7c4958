package bot

import (
	"slices"
	"testing"
)

// TestContextBeforeClauseQuestion: context typed before a question and
// cut from it by a colon, comma, semicolon or dash is no topic, as context
// before a full stop is not (splitClauseQuestions); a question with no
// such head after the punctuation, or after a clause naming a country,
// keeps its words.
func TestContextBeforeClauseQuestion(t *testing.T) {
	b := asked16Bot(t)
	tests := []struct {
		q    string
		want []string // Content stems that must be there
		not  []string // Content stems that must not
	}{
		{"I need the basics: what does chad say about the joint team?", []string{"joint", "team"}, []string{"basic"}},
		{"sorry to bother, what does chad say about the joint team", []string{"joint", "team"}, []string{"sorri", "bother"}},
		{"we meet in bangui tomorrow: what does the central african republic say about the joint team", []string{"joint", "team"}, []string{"meet", "tomorrow"}},
		{"bilateral next week - what does kosovo say about the logs", []string{"log"}, []string{"bilater", "week"}},
		{"for the brief; what is djibouti's position on the red sea zone", []string{"red", "sea", "zone"}, []string{"brief"}},
		// Mirrors: no question head after the punctuation, or one sentence.
		{"chad, joint team", []string{"joint", "team"}, nil},
		{"what does chad say about the joint team and the border", []string{"joint", "team", "border"}, nil},
		{"chad on training: what judges need", []string{"judg"}, nil},
		{"after the kosovo logs offer, what does serbia say about evidence", []string{"log", "evid"}, nil},
	}
	for _, tt := range tests {
		p := Parse(b.Corpus(), tt.q)
		for _, w := range tt.want {
			if !slices.Contains(p.Content, w) {
				t.Errorf("Parse(%q).Content = %v, want %q in it", tt.q, p.Content, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(p.Content, w) {
				t.Errorf("Parse(%q).Content = %v, want no %q", tt.q, p.Content, w)
			}
		}
	}
}
