package bot

import (
	"strings"
	"testing"
)

// TestContextTopic: a context sentence's topic after "on", "about", "abt"
// is the topic of a question after it that names only a country; a
// context that only says when ("a board meeting on Thursday") gives none,
// and a question with a topic of its own keeps it.
func TestContextTopic(t *testing.T) {
	b := asked7Bot(t)
	tests := []struct{ q, country, words string }{
		{"ok so the board wants a para on crypto theft. what does bangladesh say", "Bangladesh", "crypto theft"},
		{"hey — putting together a one-pager on satellites and cyber. zambia?", "Zambia", "satellites"},
		{"the DG asked me abt hospitals and ransomware. what does croatia say", "Croatia", "hospitals ransomware"},
		{"We have a board meeting on Thursday. What does Kuwait think?", "Kuwait", ""},
		{"i'm writing on short notice. what does angola say", "Angola", ""},
		{"a para on crypto theft. what does nepal say on data localisation", "Nepal", "data localisation"},
	}
	for _, tt := range tests {
		ps := ParseAll(b.Corpus(), tt.q)
		if len(ps) != 1 || len(ps[0].Countries) != 1 || ps[0].Countries[0].Country != tt.country {
			t.Errorf("ParseAll(%q): %d questions, want one on %s", tt.q, len(ps), tt.country)
			continue
		}
		if got := strings.Join(ps[0].Words, " "); !strings.Contains(got, tt.words) || tt.words == "" && got != "" {
			t.Errorf("ParseAll(%q) topic %q, want %q", tt.q, got, tt.words)
		}
	}
}
