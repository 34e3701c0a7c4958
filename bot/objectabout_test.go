package bot

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
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
		{"who talks about ukraine", IntentTheme, []string{"Ukraine"}},
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
// answers are the countries whose statements name it, "who talks about
// ukraine" too (it gave Ukraine's own statements). Mirrors: two countries
// after "about" are still compared.
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
		{"who talks about ukraine", IntentTheme, "Ukraine", []string{"United Kingdom"}},
		// mirrors
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

// TestWhoVerbObject: the one country after the verb of a question asking
// who speaks ("who supports ukraine", "which countries talk about iran",
// "who condemned the attack on costa rica") is what the others'
// statements name: its own statements do not answer. Mirrors: the
// country stays the one asked as the subject of an auxiliary, of a
// clause asked about, of an agreeing verb, or set apart at the end.
func TestWhoVerbObject(t *testing.T) {
	b := whoObjectBot(t)
	tests := []struct {
		q         string
		want, not []string
	}{
		{"who condemned the attack on costa rica", []string{"Ecuador"}, []string{"Costa Rica"}},
		{"which countries expressed solidarity with costa rica?", []string{"Panama"}, []string{"Costa Rica"}},
		{"which countries talk about iran", []string{"Kazakhstan"}, []string{"Iran"}},
		{"countries that criticised iran", []string{"Kazakhstan"}, []string{"Iran"}},
		{"who supports ukraine", []string{"Mongolia"}, []string{"Ukraine"}},
		{"has anyone helped costa rica", []string{"Ecuador"}, []string{"Costa Rica"}},
		// Spanish and French: the reading gets its who-word back (whoReading).
		{"¿quién apoya a ucrania?", []string{"Mongolia"}, []string{"Ukraine"}},
		{"quels pays parlent de l'iran", []string{"Kazakhstan"}, []string{"Iran"}},
		{"que paises critican a iran", []string{"Kazakhstan"}, []string{"Iran"}},
		// mirrors
		{"who did ukraine blame for the grid attacks", []string{"Ukraine"}, []string{"Mongolia"}},
		{"anyone know what iran said on attribution", []string{"Iran"}, []string{"Kazakhstan"}},
		{"who agrees with iran", []string{"Iran"}, nil},
		{"who is responsible for the grid attacks - ukraine", []string{"Ukraine"}, []string{"Mongolia"}},
		{"qui est le représentant de l'ukraine", nil, []string{"Mongolia"}},
	}
	for _, tt := range tests {
		checkAnsweredBy(t, tt.q, b.Ask(tt.q, 0), tt.want, tt.not)
	}
}

// TestWhoNamingClosest: when no statement naming the country asked about
// holds the question's words (often only its verb: "who helped ukraine"),
// the statements that name it answer, said to be the closest; "no
// statement names Ukraine" was untrue.
func TestWhoNamingClosest(t *testing.T) {
	b := whoObjectBot(t)
	for _, tt := range []struct{ q, country, msg string }{
		{"who helped ukraine", "Mongolia", "the statements that name it"},
		{"who has assisted costa rica?", "Ecuador", "the statements that name it"},
		// The Spanish and French readings drop the verb: statements naming it.
		{"¿quién ayudó a ucrania?", "Mongolia", ""},
		{"qui a aidé le costa rica", "Ecuador", ""},
	} {
		r := b.Ask(tt.q, 0)
		if len(r.Answers) == 0 || r.Answers[0].Country != tt.country || !strings.Contains(r.Message, tt.msg) {
			var got []string
			for _, a := range r.Answers {
				got = append(got, a.Country)
			}
			t.Errorf("%q: answered by %v (%s), want %s first and %q", tt.q, got, r.Message, tt.country, tt.msg)
		}
	}
}

// whoObjectBot holds statements naming other countries (Costa Rica,
// Ukraine, Iran) and those countries' own.
func whoObjectBot(t *testing.T) *Bot {
	return New(fsCorpus(t, fstest.MapFS{
		"ec.txt": {Data: []byte("Ecuador condemned the ransomware attack on Costa Rica and offered the help of its CSIRT.\n")},
		"pa.txt": {Data: []byte("Panama expressed its solidarity with Costa Rica after the attack.\n")},
		"cr.txt": {Data: []byte("Costa Rica said the 2022 ransomware attack paralysed its finance ministry and expressed solidarity with its people.\n")},
		"mn.txt": {Data: []byte("Mongolia supports Ukraine in its call for accountability for the attacks on its grid.\n")},
		"ua.txt": {Data: []byte("Ukraine blamed Russian military intelligence for the attacks on its energy grid and called for accountability.\n")},
		"kz.txt": {Data: []byte("Kazakhstan criticised Iran for the campaign against its banks.\n")},
		"ir.txt": {Data: []byte("Iran rejects politicised attribution and criticised unilateral sanctions.\n")},
	}))
}

// checkAnsweredBy fails when a country of want is not among r's answers'
// countries, or one of not is.
func checkAnsweredBy(t *testing.T, q string, r Reply, want, not []string) {
	t.Helper()
	var got []string
	for _, a := range r.Answers {
		got = append(got, a.Country)
	}
	for _, c := range want {
		if !slices.Contains(got, c) {
			t.Errorf("%q: answered by %v, want %s among them (%s %v about %v: %s)", q, got, c, r.Intent, r.Countries, r.About, r.Message)
		}
	}
	for _, c := range not {
		if slices.Contains(got, c) {
			t.Errorf("%q: answered by %v, not %s (%s)", q, got, c, r.Message)
		}
	}
}
