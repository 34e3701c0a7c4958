package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestOpeningDemonymOwnsPolicy: a terse message opening with a demonym
// and ending on a policy ("micronesian cybersecurity policy", "bahraini
// cloud first policy") asks that country, as one ending on a strategy or
// a law does (TestOpeningDemonymOwnsStrategy); it was read as a topic and
// answered by every country that named a policy. Mirrors: what the
// statements speak about, and a demonym after an article, stay topics.
func TestOpeningDemonymOwnsPolicy(t *testing.T) {
	b := asked20Bot(t)
	for _, tc := range []struct {
		q, intent string
		countries []string
	}{
		{"micronesian cybersecurity policy", IntentStance, []string{"Micronesia"}},
		{"bahraini cloud first policy", IntentStance, []string{"Bahrain"}},
		{"kuwaiti incident reporting policy", IntentStance, []string{"Kuwait"}},
		// Mirrors.
		{"russian disinformation", IntentTheme, nil},
		{"the micronesian cybersecurity policy", IntentTheme, nil},
		{"who talks about the bahraini policy", IntentTheme, nil},
	} {
		p := Parse(b.Corpus(), tc.q)
		if got := parsedCountries(p); p.Intent != tc.intent || !slices.Equal(got, tc.countries) {
			t.Errorf("Parse(%q) = %s %v, want %s %v", tc.q, p.Intent, got, tc.intent, tc.countries)
		}
	}
}

// TestAsked20Readings: a country's own law named by its subject
// ("mongolias cyber security law") is that law, not international law,
// which the bare "law" stands for; initials and near-synonyms people type
// find what the statements spell out ("pocs": points of contact, "ncsc":
// a national cyber security centre, "backups": "back up", "rmi": the
// Republic of the Marshall Islands, "rwandese": East African English's
// demonym); a French question whose function
// words are Spanish too ("la", "son") is told by its modal verb ("veut").
// Mirrors: "international law" and "the law" keep international law; the spelt-out forms still find themselves; an
// English "can" and a Spanish "puede" keep their languages.
func TestAsked20Readings(t *testing.T) {
	b := asked20Bot(t)
	for _, tc := range []struct {
		q, lang, country, first string
		intlLaw                 bool
	}{
		{"mongolias cyber security law", "en", "Mongolia", "Law on Cyber Security", false},
		{"mongolia pocs", "en", "Mongolia", "Points of Contact", false},
		{"jordan ncsc", "en", "Jordan", "National Cyber Security Center", false},
		{"kuwait ncsc", "en", "Kuwait", "National Cyber Security Center", false},
		{"what does micronesia say about backups", "en", "Micronesia", "back up", false},
		{"rmi ransomware", "en", "Marshall Islands", "ransom", false},
		{"rwandese data protection", "en", "Rwanda", "data protection", false},
		{"la guinee veut rattraper son retard?", "fr", "Guinea", "rattraper", false},
		{"que doit faire le tchad contre la cybercriminalite", "fr", "Chad", "", false},
		// Mirrors.
		{"what does mongolia say about international law", "en", "Mongolia", "international law", true},
		{"what does mongolia say about the law", "en", "Mongolia", "", true},
		{"mongolia points of contact", "en", "Mongolia", "Points of Contact", false},
		{"RMI ransomware", "en", "Marshall Islands", "ransom", false},
		{"can chad do more on data protection", "en", "Chad", "", false},
		{"uruguay puede firmar la convencion?", "es", "Uruguay", "", false},
	} {
		r := b.Ask(tc.q, 0)
		var got []string
		for _, a := range r.Answers {
			if !slices.Contains(got, a.Country) {
				got = append(got, a.Country)
			}
		}
		if r.Lang != tc.lang || !slices.Equal(got, []string{tc.country}) || slices.Contains(r.Themes, "international law") != tc.intlLaw {
			t.Errorf("%q: %s %v %v, want %s [%s], international law %v", tc.q, r.Lang, got, r.Themes, tc.lang, tc.country, tc.intlLaw)
			continue
		}
		if tc.first != "" && !strings.Contains(strings.ToLower(r.Answers[0].Text), strings.ToLower(tc.first)) {
			t.Errorf("%q: first answer %.70q, want it to hold %q", tc.q, r.Answers[0].Text, tc.first)
		}
	}
}

// TestBackgroundRegionSentence: a sentence of background naming a region
// ("We need to understand where the smaller Pacific states stand.")
// before a question naming a country asks that country alone; the region
// made it a comparison of all the region's countries. Mirrors: a region
// sentence with a topic or a question of its own still asks the region.
func TestBackgroundRegionSentence(t *testing.T) {
	b := asked20Bot(t)
	for _, tc := range []struct {
		q         string
		countries []string
	}{
		{"I'm preparing a briefing for my ambassador. We need to understand where the smaller Pacific states stand. What does Nauru say about regional cooperation?", []string{"Nauru"}},
		{"Our minister meets the Gulf states next week. what does kuwait say about incident reporting", []string{"Kuwait"}},
		{"Hi all: we're meeting the Gulf delegations on Thursday and the ambassador wants talking points. What has Kuwait said about incident reporting?", []string{"Kuwait"}},
		// Mirrors.
		{"Pacific islands on cables. and nauru?", []string{"Fiji", "Marshall Islands", "Micronesia", "Nauru"}},
		{"What do Pacific states say? And Nauru?", []string{"Fiji", "Marshall Islands", "Micronesia", "Nauru"}},
		{"Gulf delegations on incident reporting. and kuwait?", []string{"Bahrain", "Kuwait"}},
	} {
		p := Parse(b.Corpus(), tc.q)
		if got := parsedCountries(p); !slices.Equal(got, tc.countries) {
			t.Errorf("Parse(%q) = %s %v, want %v", tc.q, p.Intent, got, tc.countries)
		}
	}
}

// TestWantFromObject: a second country after a verb of wanting or asking
// and its preposition ("what do the marshall islands want from the us",
// "what does fiji expect from australia") is whom the first asks, not a
// second side: the question was a comparison of both. Mirrors: two
// countries joined by "and" or "vs", or compared, stay two sides.
func TestWantFromObject(t *testing.T) {
	b := asked20Bot(t)
	for _, tc := range []struct {
		q, intent string
		countries []string
	}{
		{"what do the marshall islands want from the us", IntentStance, []string{"Marshall Islands"}},
		{"what does fiji expect from australia on capacity building", IntentStance, []string{"Fiji"}},
		{"what does south sudan need from the eu", IntentStance, []string{"South Sudan"}},
		// Mirrors.
		{"what do the marshall islands and the us want", IntentCompare, []string{"Marshall Islands", "United States"}},
		{"marshall islands vs the us on ransomware", IntentCompare, []string{"Marshall Islands", "United States"}},
		{"compare what fiji and australia want", IntentCompare, []string{"Fiji", "Australia"}},
	} {
		p := Parse(b.Corpus(), tc.q)
		if got := parsedCountries(p); p.Intent != tc.intent || !slices.Equal(got, tc.countries) {
			t.Errorf("Parse(%q) = %s %v, want %s %v", tc.q, p.Intent, got, tc.intent, tc.countries)
		}
	}
}

// TestAsked20FourthRound: a Spanish or French office noun before a
// demonym ("el viceministro ecuatoriano", "l'ambassadeur ivoirien") names
// that country's official, as "el ministro" does; a region after "a" or
// "an" in a question asking who speaks ("who wants a gulf cert network")
// is part of the thing wanted, not speakers to compare; a capital alone in
// brackets after the topic ("the UN cybercrime convention (Hanoi)") is
// where it was done, not a second country. Mirrors: a region that speaks
// ("who in the gulf wants a cert network") or names who ("the gulf
// states"), and a capital outside brackets, keep their readings.
func TestAsked20FourthRound(t *testing.T) {
	b := asked20Bot(t)
	for _, tc := range []struct {
		q, intent string
		countries []string
	}{
		{"el viceministro ecuatoriano y la banca", IntentStance, []string{"Ecuador"}},
		{"la embajadora uruguaya sobre la convencion", IntentStance, []string{"Uruguay"}},
		{"who wants a gulf cert network", IntentTheme, nil},
		{"which countries back an asean cert", IntentTheme, nil},
		{"Fiji's view on the UN cybercrime convention (Hanoi)?", IntentStance, []string{"Fiji"}},
		// Mirrors.
		{"what do the gulf states say about incident reporting", IntentCompare, []string{"Bahrain", "Kuwait"}},
		{"fiji vs hanoi", IntentCompare, []string{"Fiji", "Vietnam"}},
		{"Fiji (Suva) and Hanoi on cybercrime", IntentCompare, []string{"Fiji", "Vietnam"}},
	} {
		p := Parse(b.Corpus(), tc.q)
		if got := parsedCountries(p); p.Intent != tc.intent || !slices.Equal(got, tc.countries) {
			t.Errorf("Parse(%q) = %s %v, want %s %v", tc.q, p.Intent, got, tc.intent, tc.countries)
		}
	}
}
