package corpus

import "testing"

// TestOfficialsFrom: "Officials from X (and Y) … said" is X's (and Y's),
// after a relative clause too; "Attacks from Russia" is no one's words,
// and a quotation's reporting clause that runs on past a comma still names
// its speaker ("a spokesperson for the Chinese mission added, referring
// to …").
func TestOfficialsFrom(t *testing.T) {
	prev := "Washington dismissed the criticism, saying it had shared technical evidence with partners.\n\n"
	tests := []struct {
		name, para string
		want       []held
	}{
		{"one", "Officials from Kenya said the dispute risked derailing progress on capacity building.",
			[]held{{"Kenya", "Officials"}}},
		{"two, relative clause", "Officials from Kenya and Ghana, who asked not to be named, said the dispute risked derailing progress.",
			[]held{{"Kenya", "Officials"}, {"Ghana", "Officials"}}},
		{"senior, of", "Senior diplomats of Botswana warned that the talks could fail.",
			[]held{{"Botswana", "Senior"}}},
		{"quote, long clause", "\"This is a dangerous precedent,\" a spokesperson for the Chinese mission added, referring to a recent joint attribution by Western states.",
			[]held{{"China", "\"This"}}},
		// Mirrors: no official speaks.
		{"attacks from", "Attacks from Russia have grown, the report found.",
			[]held{{"United States", "Attacks"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeld(t, prev+tt.para+"\n", append([]held{{"United States", "Washington"}}, tt.want...))
		})
	}
}
