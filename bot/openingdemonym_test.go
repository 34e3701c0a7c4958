package bot

import (
	"slices"
	"testing"
)

// TestOpeningDemonymAsks: a terse message that opens with a demonym, no
// article before it, asks that country on what follows ("saudi energy",
// "cambodian cybercrime law"); it was read as a modifier of the topic and
// answered by every country. Mirrors: a demonym after "the" or inside a
// who-question's topic, and a demonym after "in" (a language), stay topic.
func TestOpeningDemonymAsks(t *testing.T) {
	b := asked9Bot(t)
	for _, tc := range []struct {
		q, intent string
		countries []string
	}{
		{"saudi energy", IntentStance, []string{"Saudi Arabia"}},
		{"saudi malware", IntentStance, []string{"Saudi Arabia"}},
		{"cambodian cybercrime law", IntentStance, []string{"Cambodia"}},
		{"maltese cables", IntentStance, []string{"Malta"}},
		// mirrors
		{"the chinese proposal on norms", IntentTheme, nil},
		{"who talks about the saudi proposal", IntentTheme, nil},
		{"capacity building in portuguese", IntentTheme, nil},
	} {
		p := Parse(b.Corpus(), tc.q)
		var got []string
		for _, m := range p.Countries {
			got = append(got, m.Country)
		}
		if p.Intent != tc.intent || !slices.Equal(got, tc.countries) {
			t.Errorf("Parse(%q) = %s %v, want %s %v", tc.q, p.Intent, got, tc.intent, tc.countries)
		}
	}
}
