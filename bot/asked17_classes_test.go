package bot

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
)

// asked17Classes is a small corpus for the classes fixed on asked17.
func asked17Classes(t *testing.T) *Bot {
	return New(fsCorpus(t, fstest.MapFS{
		"la.txt": {Data: []byte("Laos calls for capacity building that is demand-driven and free of political conditions.\n\nLaos encourages all States to respond to communication checks in a timely manner.\n")},
		"tn.txt": {Data: []byte("La Tunisie appuie le renforcement des capacités des pays en développement.\n")},
		"bg.txt": {Data: []byte("Bulgaria supports the use of restrictive measures against those responsible, in line with the Digital Services Act.\n")},
		"kw.txt": {Data: []byte("Kuwait said that some of the intrusions had been traced to groups operating from abroad.\n")},
		"qa.txt": {Data: []byte("Qatar stressed that the protection of desalination plants and natural gas facilities is a priority.\n")},
		"ht.txt": {Data: []byte("Haïti a souligné que les gangs utilisent les réseaux sociaux pour recruter des mineurs.\n")},
		"ph.txt": {Data: []byte("The Philippines sanctioned nobody and stressed satellite links for remote islands.\n")},
		"ao.txt": {Data: []byte("Angola propuso un protocolo de la Comunidad de Desarrollo de África Austral para proteger los cables submarinos.\n")},
	}))
}

// TestUnlistedGroupingIsSaid: a grouping whose members the bot does not
// hold (the G77, the Non-Aligned Movement, the Commonwealth, the
// Francophonie, the LDCs, the Global South), asked as the speakers, gets
// a reply saying so, in the question's language, and no answers; it was
// read as a theme question across every country. Mirrors: the grouping
// as a topic (after "for", after "about" in a who-question, ending a
// terse question after a country) keeps its answers, and a grouping
// with members (CIS) keeps its own note.
func TestUnlistedGroupingIsSaid(t *testing.T) {
	b := asked17Classes(t)
	for _, c := range []struct {
		q, note string // note: in the message; "" for a question answered without it
	}{
		{"what does the g77 say on capacity building", "no list of its members"},
		{"G77 and China capacity building", "no list of its members"},
		{"NAM on capacity building", "no list of its members"},
		{"what does the non-aligned movement say about capacity building", "no list of its members"},
		{"commonwealth countries on capacity building", "no list of its members"},
		{"LDCs on capacity building", "no list of its members"},
		{"what do least developed countries say about capacity building", "no list of its members"},
		{"global south on capacity building", "no list of its members"},
		{"que dice la francofonia sobre el fortalecimiento de capacidades", "no tengo la lista"},
		{"que dit la francophonie sur le renforcement des capacites", "je n'ai pas la liste"},
		// Mirrors.
		{"who talks about capacity building for LDCs", ""},
		{"laos g77", ""},
		{"what does laos say about the g77", ""},
	} {
		r := b.Ask(c.q, 0)
		switch {
		case c.note == "" && (r.Intent == IntentNone || strings.Contains(r.Message, "list of its members")):
			t.Errorf("%q: want a question answered and no note, got %s, %q", c.q, r.Intent, r.Message)
		case c.note != "" && (len(r.Answers) > 0 || !strings.Contains(r.Message, c.note)):
			t.Errorf("%q: want no answers and %q, got %d answers, %q", c.q, c.note, len(r.Answers), r.Message)
		}
	}
	if r := b.Ask("CIS on capacity building", 0); strings.Contains(r.Message, "list of its members") {
		t.Errorf("CIS: %q", r.Message)
	}
}

// TestFollowUpAfterGrouping: after a reply that answered no one because
// the speakers asked were a grouping (its members unknown, or none in the
// corpus), "and laos?" asks Laos on the same topic; it asked Laos on
// nothing. Mirror: after an unknown name ("narnia") nothing is carried.
func TestFollowUpAfterGrouping(t *testing.T) {
	b := asked17Classes(t)
	for _, c := range []struct {
		first, then string
		themes      bool // the follow-up keeps the first question's theme
	}{
		{"what does the g77 say about capacity building", "and laos?", true},
		{"what does ASEAN say about capacity building", "and laos?", true},
		{"what does the francophonie say about capacity building", "et la tunisie ?", true},
		// Mirror.
		{"what does narnia say about capacity building", "and laos?", false},
	} {
		clock := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
		h := Chain(b, FollowUps(&conversation.Memory{Now: func() time.Time { return clock }}, func() *corpus.Corpus { return b.Corpus() }, nil))
		h.Handle(context.Background(), Question{Text: c.first, Platform: "console", Room: "r", Time: clock})
		r := h.Handle(context.Background(), Question{Text: c.then, Platform: "console", Room: "r", Time: clock})
		if got := slices.Contains(r.Themes, "capacity building"); got != c.themes {
			t.Errorf("%q → %q: themes %v (%s), want capacity building %v", c.first, c.then, r.Themes, r.Intent, c.themes)
		}
	}
}

// TestAsked17Lexicon: words the corpus and people write differently for
// one thing find each other: "sanctions" the EU's "restrictive measures",
// "DSA" the Digital Services Act, "traced to" attribution, "critical
// infrastructure" a statement on desalination plants and gas facilities,
// "children" a French statement on "mineurs", "ping test" the Points of
// Contact Directory's "communication checks", "SADC" its Spanish name.
// Mirrors: "satellite links"
// is no attribution ("linked to" is no attribution phrase), and a
// country with no such words gets no answer.
func TestAsked17Lexicon(t *testing.T) {
	b := asked17Classes(t)
	for _, c := range []struct{ q, want string }{
		{"bulgaria sanctions", "Bulgaria"},
		{"bulgaria DSA", "Bulgaria"},
		{"kuwait attribution", "Kuwait"},
		{"what does qatar say about critical infrastructure", "Qatar"},
		{"what does haiti say about children online", "Haiti"},
		{"laos ping test", "Laos"},
		{"angola sadc", "Angola"},
		// Mirrors.
		{"tunisia ping test", ""},
		{"laos sanctions", ""},
		{"qatar attribution", ""},
	} {
		r := b.Ask(c.q, 0)
		var got string
		if len(r.Answers) > 0 {
			got = r.Answers[0].Country
		}
		if got != c.want {
			t.Errorf("%q: first answer by %q (%s), want %q", c.q, got, r.Message, c.want)
		}
	}
	if r := b.Ask("what does the philippines say about satellite links", 0); slices.Contains(r.Themes, "attribution") {
		t.Errorf("satellite links read as attribution: %v", r.Themes)
	}
}

// TestCapitalOpensJoined: a capital that is also a Spanish or French word
// ("caracas", "quito"), opening a message and joined by "and", "y" or
// "et" to its topic, asks its government on it, in an English and a
// Spanish question, as "caracas sobre …" did; the Spanish reading dropped
// the "y" and read "Caracas Budapest Convention" as a topic. Mirrors: two
// names joined are compared, a lower-case "la paz y …" stays peace, a
// capital after the first word is no opener.
func TestCapitalOpensJoined(t *testing.T) {
	b := asked17Bot(t)
	for _, c := range []struct {
		q      string
		intent string
		want   []string // r.Countries
	}{
		{"caracas and the budapest convention", IntentStance, []string{"Venezuela"}},
		{"caracas y el convenio de budapest", IntentStance, []string{"Venezuela"}},
		{"quito and ransomware", IntentStance, []string{"Ecuador"}},
		{"quito y el programa de accion", IntentStance, []string{"Ecuador"}},
		{"tunis et la protection des donnees", IntentStance, []string{"Tunisia"}},
		// Mirrors.
		{"caracas and quito on budapest", IntentCompare, []string{"Venezuela", "Ecuador"}},
		{"bolivia y paraguay sobre la desinformacion", IntentCompare, []string{"Bolivia", "Paraguay"}},
		{"la paz y la seguridad", IntentTheme, nil},
		{"ransomware and quito", IntentTheme, nil},
	} {
		r := b.Ask(c.q, 0)
		if r.Intent != c.intent || !slices.Equal(r.Countries, c.want) {
			t.Errorf("%q: %s %v, want %s %v", c.q, r.Intent, r.Countries, c.intent, c.want)
		}
	}
}

// TestOpeningDemonymOwnsRules: a terse message opening with a demonym
// and ending on the country's rules ("kuwaiti data protection rules"), or
// naming what it owns then what it is about ("kuwaiti rules on data
// protection", "namibian law on cybercrime"), asks the country, as
// "cambodian cybercrime law" does (TestOpeningDemonymAsks). Mirrors: what
// the statements speak about ("russian disinformation", "iranian
// hackers"), a proposal, and the demonym after an article stay topics.
func TestOpeningDemonymOwnsRules(t *testing.T) {
	b := asked17Bot(t)
	for _, tc := range []struct {
		q, intent string
		countries []string
	}{
		{"kuwaiti data protection rules", IntentStance, []string{"Kuwait"}},
		{"kuwaiti rules on data protection", IntentStance, []string{"Kuwait"}},
		{"namibian law on cybercrime", IntentStance, []string{"Namibia"}},
		// Mirrors.
		{"russian disinformation", IntentTheme, nil},
		{"iranian hackers", IntentTheme, nil},
		{"chinese proposal on norms", IntentTheme, nil},
		{"the kuwaiti data protection rules", IntentTheme, nil},
	} {
		p := Parse(b.Corpus(), tc.q)
		if got := parsedCountries(p); p.Intent != tc.intent || !slices.Equal(got, tc.countries) {
			t.Errorf("Parse(%q) = %s %v, want %s %v", tc.q, p.Intent, got, tc.intent, tc.countries)
		}
	}
}

// TestRegionSpeaksAboutCountry: a region asked what it says about a
// country ("what does the gulf say about iran") answers for the region's
// countries with their statements naming that country, as "what does
// Kuwait say about Iran" does for one; it compared the region's countries
// and Iran, whose absence was noted, and showed a statement naming no
// Iran. Mirrors: a country joined by "and" or "vs" is a side, and one
// country's question keeps its stance reading.
func TestRegionSpeaksAboutCountry(t *testing.T) {
	b := asked17Bot(t)
	for _, c := range []struct {
		q     string
		about bool // every answer names Iran, and Iran is no side
	}{
		{"what does the gulf say about iran", true},
		{"what do the gulf states say about iran", true},
		{"gcc views on iran", true},
		{"que dicen los paises del golfo sobre iran", true},
		{"what does the gulf say about iran and attribution", true},
		// Mirrors.
		{"compare the gulf states and iran", false},
		{"gulf vs iran on attribution", false},
	} {
		r := b.Ask(c.q, 0)
		side := slices.Contains(r.Countries, "Iran")
		naming := len(r.Answers) > 0
		for _, a := range r.Answers {
			naming = naming && strings.Contains(a.Text, "Iran")
		}
		if c.about && (side || !naming) || !c.about && !side {
			t.Errorf("%q: countries %v, %d answers naming Iran %v, want about %v", c.q, r.Countries, len(r.Answers), naming, c.about)
		}
	}
	if r := b.Ask("what does kuwait say about iran", 0); r.Intent != IntentStance || !slices.Equal(r.Countries, []string{"Kuwait"}) {
		t.Errorf("kuwait about iran: %s %v", r.Intent, r.Countries)
	}
}

// TestNameWithHead: a hacking group's or a vendor's name ("volt
// typhoon", "lazarus group", "nso group") is one thing: a statement
// holding only its head ("Salt Typhoon", "Group of 77", "Groupe arabe")
// is no answer, where it answered as "closest" by half the words.
// Mirrors: the name the statement holds ("salt typhoon", "nso group"),
// a topic of two other words, a theme phrase, and a head alone keep their
// answers.
func TestNameWithHead(t *testing.T) {
	b := asked17Bot(t)
	for _, c := range []struct {
		q    string
		want string // the first answer's country; "" for none
	}{
		{"who mentions volt typhoon", ""},
		{"lazarus group", ""},
		{"what does namibia say about volt typhoon", ""},
		{"what does tunisia say about nso group", ""},
		{"what does laos say about nso group", ""},
		// Mirrors.
		{"seychelles nso group", "Seychelles"},
		{"who mentions salt typhoon", "Namibia"},
		{"bahrain threat intelligence", "Bahrain"},
		{"laos points of contact", "Laos"},
		{"mozambique cable repair", "Mozambique"},
	} {
		r := b.Ask(c.q, 0)
		got := ""
		if len(r.Answers) > 0 {
			got = r.Answers[0].Country
		}
		if got != c.want {
			t.Errorf("%q: first answer by %q, want %q (%s)", c.q, got, c.want, r.Message)
		}
	}
}

// TestEponymLiteral: a city that names an instrument typed alone
// ("venezuela budapest", "who talks about malabo") finds a statement
// naming the city without the instrument's full name ("un convenio
// regional como el de Budapest"), first, beside those tagged through the
// full name; only the tagged one answered. Mirrors: a statement with
// neither the city nor the theme is no answer, and another theme word
// that is part of a lexicon phrase ("law", read as international law) gives
// no statement holding only "law" the theme.
func TestEponymLiteral(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"ve.txt": {Data: []byte("Venezuela firmó la Convención de las Naciones Unidas contra la Ciberdelincuencia.\n\nVenezuela considera que la Convención pone fin al monopolio de un convenio regional como el de Budapest.\n\nVenezuela defiende la soberanía tecnológica.\n")},
		"ke.txt": {Data: []byte("Kenya will adopt a data protection law next year.\n")},
	}))
	r := b.Ask("venezuela budapest", 0)
	if len(r.Answers) == 0 || !strings.Contains(r.Answers[0].Text, "Budapest") {
		t.Errorf("venezuela budapest: %d answers, first %v", len(r.Answers), r.Answers)
	}
	for _, a := range r.Answers {
		if strings.Contains(a.Text, "soberanía") {
			t.Errorf("venezuela budapest answered %q", a.Text)
		}
	}
	if r := b.Ask("kenya law", 0); len(r.Answers) > 0 && r.Answers[0].Match == corpus.MatchTopic && slices.Contains(r.Themes, "international law") {
		t.Errorf("kenya law: a data protection law answered international law as its topic")
	}
}

// TestOnlineOnlySaysWhere: beside another topic word the corpus holds,
// "online" ("en ligne", "en línea") only says where: "children online"
// needs children, and a statement on terrorism "en ligne" is not close to
// it. Mirrors: "online" alone, or beside a word no statement holds
// ("online radicalisation"), still finds the statements saying it.
func TestOnlineOnlySaysWhere(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"dz.txt": {Data: []byte("L'Algérie estime que la Convention permettra de lutter contre l'apologie du terrorisme en ligne.\n")},
		"py.txt": {Data: []byte("Paraguay informó sobre la protección de los niños en línea.\n")},
		"zw.txt": {Data: []byte("Zimbabwe says its act is a model for protecting children.\n")},
	}))
	for _, c := range []struct {
		q         string
		want, not []string
	}{
		{"who talks about children online", []string{"Paraguay", "Zimbabwe"}, []string{"Algeria"}},
		{"quien habla de los niños en linea", []string{"Paraguay"}, []string{"Algeria"}},
		// Mirrors.
		{"who talks about online radicalisation", []string{"Algeria"}, nil},
		{"who talks about online", []string{"Algeria", "Paraguay"}, nil},
	} {
		r := b.Ask(c.q, 0)
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: no answer by %s (%v)", c.q, w, got)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: answer by %s", c.q, n)
			}
		}
	}
}
