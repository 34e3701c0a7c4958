package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestAsked21Classes holds the readings the twenty-first round fixed, each
// a class of typing with its mirrors: a second country named only where
// the first aligns with it is compared when that mention is off the topic
// ("ireland eu ihl"); a noun's partner after "with" is what the first
// speaks of ("cyprus cooperation with israel"), while "india with china"
// stays two sides; a region after "between" or after a noun of the topic
// is the topic's ("cyprus bridge between europe and the middle east",
// "maroc reseau africain"), while "and"/"vs" keep it a side; "arf" and
// "nis 2" are the ASEAN Regional Forum and NIS2; "swazi cirt" and "thai
// ncsa" ask the government's team or agency.
func TestAsked21Classes(t *testing.T) {
	b := asked21Bot(t)
	tests := []struct {
		q         string
		intent    string
		countries []string
		about     []string
	}{
		{"ireland eu ihl", IntentCompare, []string{"Ireland", "European Union"}, nil},
		{"cyprus eu nis2", IntentStance, []string{"Cyprus"}, []string{"European Union"}},
		{"cyprus cooperation with israel", IntentStance, []string{"Cyprus"}, []string{"Israel"}},
		{"india with china on norms", IntentCompare, []string{"India", "China"}, nil},
		{"cyprus bridge between europe and the middle east", IntentStance, []string{"Cyprus"}, nil},
		{"maroc reseau africain des cert", IntentStance, []string{"Morocco"}, nil},
		{"swazi cirt", IntentStance, []string{"Eswatini"}, nil},
		{"thai ncsa", IntentStance, []string{"Thailand"}, nil},
		{"somalian nca", IntentStance, []string{"Somalia"}, nil},
	}
	for _, tt := range tests {
		p := Parse(b.Corpus(), tt.q)
		var got []string
		for _, m := range p.Countries {
			got = append(got, m.Country)
		}
		if p.Intent != tt.intent || !slices.Equal(got, tt.countries) || !slices.Equal(p.About, tt.about) {
			t.Errorf("Parse(%q) = %s %v about %v, want %s %v about %v", tt.q, p.Intent, got, p.About, tt.intent, tt.countries, tt.about)
		}
	}
	// Mirrors: a region joined by "and"/"vs" is still a side.
	for _, q := range []string{"cyprus and the middle east", "burkina faso vs west africa"} {
		if p := Parse(b.Corpus(), q); p.Intent != IntentCompare {
			t.Errorf("Parse(%q) = %s, want compare", q, p.Intent)
		}
	}
	// Initials and a spaced directive name find the statements that spell them out.
	for _, tt := range []struct{ q, country, sub string }{
		{"has sri lanka ever mentioned the arf?", "Sri Lanka", "ASEAN Regional Forum"},
		{"cyprus nis 2", "Cyprus", "NIS2"},
	} {
		r := b.Ask(tt.q, 0)
		if len(r.Answers) == 0 || r.Answers[0].Country != tt.country || !strings.Contains(r.Answers[0].Text, tt.sub) {
			t.Errorf("%q: answers %v, want %s's statement holding %q first", tt.q, len(r.Answers), tt.country, tt.sub)
		}
	}
}
