package bot

import (
	"testing"

	"github.com/stancebot/stancebot/corpus"
)

// TestModifiesNoun: a second name after "and" that modifies the noun
// typed right after it ("peru and the u s sanctions") is the topic of the
// first's view; a country's own noun, a joining word or a verb after it
// keeps it a side (left23).
func TestModifiesNoun(t *testing.T) {
	tests := []struct {
		q    string
		at   int // the token after the second name
		want bool
	}{
		{"peru and the us sanctions", 4, true},
		{"venezuela and the u s blockade", 5, true},
		{"peru and the us position on norms", 4, false},
		{"peru and the uk govt", 4, false},
		{"peru and the us on norms", 4, false},
		{"peru and the us say", 4, false},
		{"peru and the us", 4, false},
		{"peru and the us, on norms", 4, false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := modifiesNoun(corpus.Tokenize(tt.q), tt.at); got != tt.want {
				t.Errorf("modifiesNoun(%q, %d) = %v, want %v", tt.q, tt.at, got, tt.want)
			}
		})
	}
}
