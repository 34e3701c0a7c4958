package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestOpeningDemonymPolicy: a terse message of a demonym and a policy
// question only a government holds a line on ("danish attribution",
// "hellenic position on international law") asks that country; it was
// read as a modifier of the topic and answered by every country.
// Mirrors: what the statements speak about ("russian disinformation",
// "iranian hackers"), a proposal on a policy noun, and the demonym after
// an article stay topics.
func TestOpeningDemonymPolicy(t *testing.T) {
	b := asked18Bot(t)
	for _, tc := range []struct {
		q, intent string
		countries []string
	}{
		{"danish attribution", IntentStance, []string{"Denmark"}},
		{"romanian attribution", IntentStance, []string{"Romania"}},
		{"vietnamese sovereignty", IntentStance, []string{"Vietnam"}},
		{"malaysian norms", IntentStance, []string{"Malaysia"}},
		{"hellenic position on international law", IntentStance, []string{"Greece"}},
		// Mirrors.
		{"russian disinformation", IntentTheme, nil},
		{"iranian hackers", IntentTheme, nil},
		{"chinese proposal on norms", IntentTheme, nil},
		{"the danish attribution", IntentTheme, nil},
		{"who talks about russian attribution", IntentTheme, nil},
	} {
		p := Parse(b.Corpus(), tc.q)
		if got := parsedCountries(p); p.Intent != tc.intent || !slices.Equal(got, tc.countries) {
			t.Errorf("Parse(%q) = %s %v, want %s %v", tc.q, p.Intent, got, tc.intent, tc.countries)
		}
	}
}

// TestLexiconFormsAsked18: the other ways of writing a concept find a
// statement that uses one of them: "icrc" finds "the International
// Committee of the Red Cross", "désinformation" finds Cameroon's "fausses
// informations". Mirrors: a country with no such statement still has
// none.
func TestLexiconFormsAsked18(t *testing.T) {
	b := asked18Bot(t)
	for _, tc := range []struct {
		q, country, sub string // sub: in the first answer; "" for no answer
	}{
		{"vienna on the icrc", "Austria", "Red Cross"},
		{"austria red cross", "Austria", "Red Cross"},
		{"que dit le cameroun sur la desinformation", "Cameroon", "fausses informations"},
		{"cameroon disinformation", "Cameroon", "fausses informations"},
		// Mirrors.
		{"greece icrc", "Greece", ""},
		{"what does portugal say about disinformation", "Portugal", ""},
	} {
		r := b.Ask(tc.q, 0)
		switch {
		case tc.sub == "" && len(r.Answers) > 0 && r.Answers[0].Country == tc.country:
			t.Errorf("%q: want no answer by %s, got %.60q", tc.q, tc.country, r.Answers[0].Text)
		case tc.sub != "" && (len(r.Answers) == 0 || r.Answers[0].Country != tc.country || !strings.Contains(r.Answers[0].Text, tc.sub)):
			t.Errorf("%q: want %s's %q, got %d answers (%s)", tc.q, tc.country, tc.sub, len(r.Answers), r.Message)
		}
	}
}

// TestDemonymAsMention: a question about what a country says of another,
// whose statements name the other only by its demonym ("groups acting on
// behalf of the Russian State"), answers with them; it said that no
// statement mentioned the other. Mirrors: a country none of whose
// statements name the other, by name or demonym, still has none, and a
// statement naming the other by name is found as before.
func TestDemonymAsMention(t *testing.T) {
	b := asked18Bot(t)
	for _, tc := range []struct {
		q, country, sub string // sub: in the first answer; "" for no answer
	}{
		{"what does denmark say about russia", "Denmark", "Russian"},
		{"what r the danes saying abt russia??", "Denmark", "Russian"},
		{"what does denmark say about the russians", "Denmark", "Russian"},
		// Mirrors.
		{"what does denmark say about germany", "Denmark", "Germany"},
		{"what does denmark say about china", "Denmark", ""},
		{"what does greece say about russia", "Greece", ""},
		{"what does iraq say about iran", "Iraq", "Iran"},
	} {
		r := b.Ask(tc.q, 0)
		switch {
		case tc.sub == "" && len(r.Answers) > 0:
			t.Errorf("%q: want no answer, got %s's %.60q", tc.q, r.Answers[0].Country, r.Answers[0].Text)
		case tc.sub != "" && (len(r.Answers) == 0 || r.Answers[0].Country != tc.country || !strings.Contains(r.Answers[0].Text, tc.sub)):
			t.Errorf("%q: want %s's %q, got %d answers (%s)", tc.q, tc.country, tc.sub, len(r.Answers), r.Message)
		}
	}
}

// TestChatAndFollowUp: chat's "n" and "&" for "and" open a follow-up
// ("n austria?" asks Austria on the thread's topic); "n" was read as the
// topic. Mirrors: "n korea?" stays North Korea's (the letter is part of
// the name) and "and austria?" is unchanged.
func TestChatAndFollowUp(t *testing.T) {
	c := asked18Bot(t).Corpus()
	for _, tc := range []struct{ in, want string }{
		{"n austria?", "and austria?"},
		{"& austria?", "and austria?"},
		{"n on attribution?", "and on attribution?"},
		// Mirrors.
		{"n korea?", "n korea?"},
		{"n. korea on norms", "n. korea on norms"},
		{"and austria?", "and austria?"},
		{"nothing else?", "nothing else?"},
	} {
		if got := chatAnd(c, tc.in); got != tc.want {
			t.Errorf("chatAnd(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestEUMemberStates: "eu countries", "EU member states", "los países de
// la UE" ask the Union's member states, as "NATO members" asks the
// allies; they were read as the European Union itself, which holds no
// statement here. Mirrors: "what does the eu say" and "eu attribution"
// still ask the Union.
func TestEUMemberStates(t *testing.T) {
	b := asked18Bot(t)
	for _, tc := range []struct {
		q       string
		members bool // answered for member states, not the Union
	}{
		{"eu countries on attribution", true},
		{"what do EU member states say about cables", true},
		{"que dicen los paises de la ue sobre la desinformacion", true},
		{"que disent les pays de l'UE sur la desinformation", true},
		// Mirrors.
		{"what does the eu say about attribution", false},
		{"eu attribution", false},
	} {
		r := b.Ask(tc.q, 0)
		union := slices.Contains(r.Countries, "European Union")
		if tc.members == union || tc.members && !slices.Contains(r.Countries, "Denmark") {
			t.Errorf("%q: countries %v, want members %v", tc.q, r.Countries, tc.members)
		}
	}
}

// TestLowerUNIsEnglish: "un" typed in lower case before an English noun
// no Spanish or French article takes ("un cybercrime convention", "un
// charter") is the United Nations, so an English question stays English;
// it was counted as the article and the reply came in French. Mirrors:
// Spanish and French questions with the article stay theirs.
func TestLowerUNIsEnglish(t *testing.T) {
	b := asked18Bot(t)
	for _, tc := range []struct{ q, lang string }{
		{"equatorial guinea un cybercrime convention", "en"},
		{"somalia un cybercrime convention", "en"},
		{"cuba un charter", "en"},
		// Mirrors.
		{"que dit le cameroun sur un cybercrime", "fr"},
		{"guinea ecuatorial y un convenio regional", "es"},
		{"que dice cuba sobre un tratado vinculante", "es"},
	} {
		if r := b.Ask(tc.q, 0); r.Lang != tc.lang {
			t.Errorf("%q: lang %s, want %s", tc.q, r.Lang, tc.lang)
		}
	}
}
