package bot

import (
	"slices"
	"testing"
)

// TestGroupAfterCountryIsTopic holds that a political grouping ending a
// terse question right after a country is what the country is asked
// about ("india nato"), while a geographical region there, a grouping
// joined by a comma or "and", or one a question names first, stays a
// speaker whose members are answered for.
func TestGroupAfterCountryIsTopic(t *testing.T) {
	c := seedBot(t).Corpus()
	tests := []struct {
		q    string
		want []string // the countries asked
	}{
		{"india nato", []string{"India"}},
		{"peru brics", []string{"Peru"}},
		{"india oas", []string{"India"}},
		// Mirrors: speakers.
		{"india, oas", []string{"India", "Peru", "El Salvador"}},
		{"india and the oas", []string{"India", "Peru", "El Salvador"}},
		{"peru latin america", []string{"Peru", "El Salvador", "Cuba"}},
		{"compare peru and latin america", []string{"Peru", "El Salvador", "Cuba"}},
	}
	for _, tt := range tests {
		p := Parse(c, tt.q)
		got := parsedCountries(p)
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: countries %v, want %v", tt.q, got, want)
		}
	}
}
