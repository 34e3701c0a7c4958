package corpus

import (
	"slices"
	"testing"
)

// TestRelatedStems: a word's family is the corpus words the stemmer left
// one derivational ending apart; short roots have none ("norms" is no
// relative of "normal").
func TestRelatedStems(t *testing.T) {
	c := FromStatements([]Statement{
		{Country: "Moldova", Text: "Moldova is worried about interference in its electoral process."},
		{Country: "Georgia", Text: "Georgia condemns terrorist use of the internet."},
		{Country: "Armenia", Text: "Armenia says normal traffic must flow and formal talks must go on."},
	})
	tests := []struct {
		word string
		want []string // stems of words the corpus holds
		not  []string
	}{
		{"elections", []string{Stem("electoral")}, nil},
		{"electorate", nil, []string{Stem("electoral")}}, // its own stem: nothing else to add
		{"terror", []string{Stem("terrorist")}, nil},
		{"norms", nil, []string{Stem("normal")}},
		{"forms", nil, []string{Stem("formal")}},
		{"cables", nil, nil},
	}
	for _, tt := range tests {
		got := c.RelatedStems(Stem(tt.word))
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("RelatedStems(%q) = %q, want %q in it", Stem(tt.word), got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("RelatedStems(%q) = %q: %q is no relative", Stem(tt.word), got, w)
			}
		}
		if len(tt.want) == 0 && len(tt.not) == 0 && len(got) > 0 {
			t.Errorf("RelatedStems(%q) = %q, want none", Stem(tt.word), got)
		}
	}
}
