package bot

import (
	"slices"
	"testing"
)

// TestDocumentWordsAreNoTopic holds that the words naming which of a
// country's documents ("joint statement", "opening remarks", "written
// submission") are no topic, while the same words name one where they do
// not follow a country, a possessive or a kind word.
func TestDocumentWordsAreNoTopic(t *testing.T) {
	c := seedBot(t).Corpus()
	tests := []struct {
		q     string
		words []string // the topic words left
	}{
		{"what's the peru joint statement about", nil},
		{"india national statement", nil},
		{"india's national statement on attribution", []string{"attribution"}},
		{"what did cuba say in its opening remarks", nil},
		{"serbia written submission", nil},
		{"el salvador's intervention on due diligence", []string{"due", "diligence"}},
		{"the EU closing remarks on norms", []string{"norms"}},
		// Mirrors: the words name a topic.
		{"india on intervention in internal affairs", []string{"intervention", "internal", "affairs"}},
		{"who talks about joint attribution", []string{"joint", "attribution"}},
		{"what does peru say about the submission deadline", []string{"submission", "deadline"}},
		// Where the words were published is no topic either.
		{"what did india say on x", nil},
		{"peru twitter", nil},
		{"india's tweets on attribution", []string{"attribution"}},
		{"what did serbia post on twitter", nil},
		{"what did cuba tweet about norms", []string{"norms"}},
		{"what does india say about twitter", []string{"twitter"}},
	}
	for _, tt := range tests {
		p := Parse(c, tt.q)
		if !slices.Equal(p.Words, tt.words) {
			t.Errorf("%q: topic words %q, want %q", tt.q, p.Words, tt.words)
		}
	}
}
