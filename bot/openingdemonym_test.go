package bot

import (
	"slices"
	"testing"
)

// TestOpeningDemonymAsks: a terse message that opens with a demonym, no
// article before it, and ends on what only a government has asks that
// country ("cambodian cybercrime law"); it was read as a modifier of the
// topic and answered by every country. Mirrors: "saudi malware", "iranian
// hackers" (what statements speak about), a demonym after "the" or inside
// a who-question's topic, and a demonym after "in" (a language), stay
// topic.
func TestOpeningDemonymAsks(t *testing.T) {
	b := asked9Bot(t)
	for _, tc := range []struct {
		q, intent string
		countries []string
	}{
		{"cambodian cybercrime law", IntentStance, []string{"Cambodia"}},
		{"tunisian cybercrime decree", IntentStance, []string{"Tunisia"}},
		{"bhutanese legislation", IntentStance, []string{"Bhutan"}},
		{"kuwaiti national cyber center", IntentStance, []string{"Kuwait"}},
		{"qatari ncsa experience", IntentStance, []string{"Qatar"}},
		// mirrors
		{"who talks about the saudi cyber academy", IntentTheme, nil},
		{"saudi malware", IntentTheme, nil},
		{"iranian hackers", IntentTheme, nil},
		{"the chinese proposal on norms", IntentTheme, nil},
		{"who talks about the saudi proposal", IntentTheme, nil},
		{"capacity building in portuguese", IntentTheme, nil},
	} {
		p := Parse(b.Corpus(), tc.q)
		got := parsedCountries(p)
		if p.Intent != tc.intent || !slices.Equal(got, tc.countries) {
			t.Errorf("Parse(%q) = %s %v, want %s %v", tc.q, p.Intent, got, tc.intent, tc.countries)
		}
	}
}

// TestEponymAfterName: a city that names a cyber instrument (Budapest,
// Malabo, Tallinn) right after a country's name in a terse message is the
// instrument ("bhutan budapest": Bhutan on the Budapest Convention), as it
// is after "on". Mirrors: the city as the subject of "say", or compared
// with "vs", or alone, is its country still.
func TestEponymAfterName(t *testing.T) {
	b := asked9Bot(t)
	for _, tc := range []struct {
		q         string
		countries []string
	}{
		{"bhutan budapest", []string{"Bhutan"}},
		{"bhutan budapest convention", []string{"Bhutan"}},
		// mirrors
		{"what does budapest say about cables", []string{"Hungary"}},
		{"bhutan vs budapest", []string{"Bhutan", "Hungary"}},
		{"budapest", []string{"Hungary"}},
	} {
		p := Parse(b.Corpus(), tc.q)
		got := parsedCountries(p)
		if !slices.Equal(got, tc.countries) {
			t.Errorf("Parse(%q) countries %v, want %v", tc.q, got, tc.countries)
		}
	}
}

// TestGroupingAsOccasion: a grouping after "before", "at", "during" in a
// question that names a country is the meeting it speaks at, not more
// speakers ("what samoa has said … before the pacific islands forum" was
// a comparison of Samoa and Vanuatu), and so is one after "with" and a
// word of the topic ("sharing experience with gcc"). Mirrors: a grouping
// alone, joined to the country by "and" or "with", or compared with it,
// still stands for its members.
func TestGroupingAsOccasion(t *testing.T) {
	b := asked9Bot(t)
	for _, tc := range []struct {
		q         string
		countries []string
	}{
		{"i'm prepping a briefing before the pacific islands forum and need what samoa has said about cables", []string{"Samoa"}},
		{"what did latvia say at the african union summit", []string{"Latvia"}},
		{"doha on sharing experience with gcc", []string{"Qatar"}},
		{"what does kenya say about cooperation with the african union", []string{"Kenya"}},
		// mirrors
		{"what does the pacific islands forum say about cables", []string{"Samoa", "Vanuatu"}},
		{"latvia and the pacific islands forum on cables", []string{"Latvia", "Samoa", "Vanuatu"}},
		{"compare latvia with the pacific islands forum", []string{"Latvia", "Samoa", "Vanuatu"}},
		{"latvia with the pacific islands forum on cables", []string{"Latvia", "Samoa", "Vanuatu"}},
	} {
		p := Parse(b.Corpus(), tc.q)
		got := parsedCountries(p)
		if !slices.Equal(got, tc.countries) {
			t.Errorf("Parse(%q) countries %v, want %v", tc.q, got, tc.countries)
		}
	}
}

// parsedCountries returns the names of the countries a parse found, in
// order (the reading every parse test of a question's countries checks).
func parsedCountries(p Parsed) []string {
	var got []string
	for _, m := range p.Countries {
		got = append(got, m.Country)
	}
	return got
}
