package bot

import (
	"slices"
	"testing"
)

// TestObjectCountryInTopic: a second country after a preposition of the
// topic a first country is asked about is what the first speaks about,
// never a second side; joined by "and" it is compared still. In a
// question asking who speaks, such a country is what the others'
// statements must mention, never the speaker asked.
func TestObjectCountryInTopic(t *testing.T) {
	b := asked7Bot(t)
	tests := []struct {
		q, intent string
		about     []string
	}{
		{"what does angola say about the cable to brazil", IntentStance, []string{"Brazil"}},
		{"what does tanzania say about the cuts off mozambique", IntentStance, []string{"Mozambique"}},
		{"lithuania on training for ukraine", IntentStance, []string{"Ukraine"}},
		{"angola and brazil on cables", IntentCompare, nil},
		// Brazil holds nothing and Angola's statements name it: what Angola
		// says to it (mentionedByFirst).
		{"what does angola say to brazil", IntentStance, []string{"Brazil"}},
		{"who talks about capacity building for ukraine", IntentTheme, []string{"Ukraine"}},
		{"anyone on cable repair off mozambique", IntentTheme, []string{"Mozambique"}},
		{"who talks about ukraine", IntentCountry, nil},
	}
	for _, tt := range tests {
		p := Parse(b.Corpus(), tt.q)
		if p.Intent != tt.intent || !slices.Equal(p.About, tt.about) {
			t.Errorf("Parse(%q) = %s about %v, want %s about %v", tt.q, p.Intent, p.About, tt.intent, tt.about)
		}
	}
}

// TestWhoAboutObjectKeepsMentions: "who talks about X for <country>"
// answers only the statements on X that mention the country.
func TestWhoAboutObjectKeepsMentions(t *testing.T) {
	r := asked7Bot(t).Ask("who talks about capacity building for ukraine", 0)
	if len(r.Answers) != 1 || r.Answers[0].Country != "Lithuania" {
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		t.Errorf("answers by %v, want Lithuania's statement mentioning Ukraine only", got)
	}
}

// TestWhoMentionsCountry: a country a who-question asks about as what is
// mentioned ("who mentions russia"), or as the modifier of its topic
// ("who talks about dprk crypto theft", "who talks about pinning attacks
// on russia"), is what the statements name, never the speaker asked: the
// answers are the countries whose statements name it. Mirrors: "who talks
// about ukraine" still asks for Ukraine, and two countries after "about"
// are still compared.
func TestWhoMentionsCountry(t *testing.T) {
	b := asked9Bot(t)
	for _, tc := range []struct {
		q, intent, about string
		answers          []string
	}{
		{"who mentions russia", IntentTheme, "Russia", []string{"United Kingdom"}},
		{"which countries have mentioned the dprk", IntentTheme, "North Korea", []string{"Finland", "Latvia", "Malta"}},
		{"who talks about dprk crypto theft", IntentTheme, "North Korea", []string{"Finland", "Latvia", "Malta"}},
		{"who talks about pinning attacks on russia", IntentTheme, "Russia", []string{"United Kingdom"}},
		// mirrors
		{"who talks about ukraine", IntentCountry, "", nil},
		{"who talks about latvia and malta", IntentCompare, "", []string{"Latvia", "Malta"}},
		{"what does finland say about the dprk", IntentStance, "North Korea", []string{"Finland"}},
	} {
		r := b.Ask(tc.q, 0)
		var got []string
		for _, a := range r.Answers {
			if !slices.Contains(got, a.Country) {
				got = append(got, a.Country)
			}
		}
		slices.Sort(got)
		about := ""
		if len(r.About) > 0 {
			about = r.About[0]
		}
		if r.Intent != tc.intent || about != tc.about || !slices.Equal(got, tc.answers) {
			t.Errorf("%q: %s about %q answered by %v, want %s about %q by %v (%s)", tc.q, r.Intent, about, got, tc.intent, tc.about, tc.answers, r.Message)
		}
	}
}
