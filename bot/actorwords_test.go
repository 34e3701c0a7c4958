package bot

import (
	"slices"
	"testing"
)

// TestActorWordsAreNoTopic: a government noun right after a country, or
// before "of" and the country, says who speaks, not what about; a topic
// noun there stays a topic.
func TestActorWordsAreNoTopic(t *testing.T) {
	c := seedBot(t).Corpus()
	tests := []struct {
		q    string
		want []string // the question's content words
	}{
		{"whats the eu line on ransomware gangs", []string{"ransomware", "gangs"}},
		{"indian delegation on the ITU", []string{"itu"}},
		{"uk officials on spyware", []string{"spyware"}},
		{"peru CERT", []string{"cert"}},
		{"india diplomacy", []string{"diplomacy"}},
		{"the delegation of peru on ransomware", []string{"ransomware"}}, // before "of" and its country too (whoseactor.go)
		{"what did the rep from peru say on ransomware", []string{"ransomware"}},
		{"the minister from india", nil},
		{"capacity building for peru", []string{"capacity", "building"}},
	}
	for _, tt := range tests {
		if got := Parse(c, tt.q).Words; !slices.Equal(got, tt.want) {
			t.Errorf("%q: words %q, want %q", tt.q, got, tt.want)
		}
	}
}
