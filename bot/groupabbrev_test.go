package bot

import (
	"slices"
	"testing"
)

// TestAfricanUnionAU: "AU" in an English question is the African Union
// (answered for its members in the corpus), never Australia; in lower case
// it is French "au" unless "the" comes before it.
func TestAfricanUnionAU(t *testing.T) {
	b := dirBot(t, "../testdata/asked12")
	tests := []struct {
		q  string
		au bool // answered for the African Union's members
	}{
		{"what does the AU say", true},
		{"what's the AU position on capacity building", true},
		{"AU on cybercrime", true},
		{"what does the au say on norms", true},
		{"que dit l'UA sur la cybercriminalité", true},
		{"au revoir", false},
		{"qu'a dit le kazakhstan au GTCNL", false},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 3)
		au := slices.Contains(r.Countries, "Senegal") && slices.Contains(r.Countries, "Rwanda")
		if au != tt.au || slices.Contains(r.Countries, "Australia") {
			t.Errorf("%q: countries %v; want the African Union's members: %v (%s)", tt.q, r.Countries, tt.au, r.Message)
		}
	}
}
