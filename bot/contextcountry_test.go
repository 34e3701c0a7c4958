package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestContextCountry: a country named only as the setting of a question
// (after its statement, in response to it, excluded with "not") is not a
// holder asked about; a real comparison keeps both countries.
func TestContextCountry(t *testing.T) {
	c := altBot(t).Corpus()
	for _, tc := range []struct {
		q, intent, countries, dropped string
	}{
		{"what did kenya say after egypt's statement on cybercrime", IntentStance, "Kenya", "egypt"},
		{"What did Japan say in response to China on attribution?", IntentStance, "Japan", "China"},
		{"Mexico's reply to Brazil on capacity building", IntentStance, "Mexico", "Brazil"},
		{"what does Kenya say (not Estonia) on attribution", IntentStance, "Kenya", "Estonia"},
		{"what did Kenya say after Egypt's remarks", IntentCountry, "Kenya", "Egypt"},
		{"following the US proposal, what is Japan's view on due diligence", IntentCompare, "United States,Japan", ""},
		{"compare kenya and egypt on cybercrime", IntentCompare, "Kenya,Egypt", ""},
		{"what do Kenya and Egypt say after the OEWG", IntentCompare, "Kenya,Egypt", ""},
		{"kenya vs egypt after 2020", IntentCompare, "Kenya,Egypt", ""},
	} {
		p := Parse(c, tc.q)
		got := parsedCountries(p)
		if p.Intent != tc.intent || strings.Join(got, ",") != tc.countries {
			t.Errorf("%q: intent %s countries %v, want %s %s", tc.q, p.Intent, got, tc.intent, tc.countries)
		}
		if tc.dropped != "" && !slices.ContainsFunc(p.Dropped, func(d string) bool { return strings.Contains(d, tc.dropped) }) {
			t.Errorf("%q: dropped %q, want it to hold %q", tc.q, p.Dropped, tc.dropped)
		}
		for _, w := range p.Words {
			if utteranceNouns[w] && tc.dropped != "" {
				t.Errorf("%q: %q read as a topic word", tc.q, w)
			}
		}
	}
}

// TestFlagNames: Slack :flag-xx: codes and Unicode flags name countries;
// unknown codes and other emoji are left for cleanChat to drop.
func TestFlagNames(t *testing.T) {
	c := seedBot(t).Corpus()
	for _, tc := range []struct{ q, intent, countries string }{
		{":flag-pe: on attribution?", IntentStance, "Peru"},
		{"🇵🇪 on attribution?", IntentStance, "Peru"},
		{":flag-eu: and :flag-kr: on cybercrime", IntentCompare, "European Union,South Korea"},
		{"🇨🇺🇵🇪 militarisation", IntentCompare, "Cuba,Peru"},
		{":flag-zz: on attribution", IntentTheme, ""},
		{":thinking_face: attribution", IntentTheme, ""},
	} {
		p := Parse(c, tc.q)
		got := parsedCountries(p)
		if p.Intent != tc.intent || strings.Join(got, ",") != tc.countries {
			t.Errorf("%q: intent %s countries %v, want %s %s", tc.q, p.Intent, got, tc.intent, tc.countries)
		}
	}
}

// TestMetaQuestions: questions about the bot itself get the help text,
// while a question naming a country stays a question.
func TestMetaQuestions(t *testing.T) {
	c := seedBot(t).Corpus()
	for _, tc := range []struct{ q, intent string }{
		{"how do you know?", IntentHelp},
		{"Where is this from", IntentHelp},
		{"what are your sources?", IntentHelp},
		{"who are you", IntentHelp},
		{"how do you know what Peru says on attribution", IntentStance},
		{"where does Peru stand on attribution", IntentStance},
	} {
		if p := Parse(c, tc.q); p.Intent != tc.intent {
			t.Errorf("%q: intent %s, want %s", tc.q, p.Intent, tc.intent)
		}
	}
}
