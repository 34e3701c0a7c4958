package bot

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestFirstStatementOldest: "first" before a statement's noun orders the
// answers oldest first, in each language, and is no topic; "first" before
// another word (a committee, a count, a verb) stays.
func TestFirstStatementOldest(t *testing.T) {
	for _, tt := range []struct {
		code, q, rest string
		oldest        bool
	}{
		{"en", "first statement by kenya", "by kenya", true},
		{"en", "kenya's first statement", "kenya's", true},
		{"en", "what were ghana's first remarks on ransomware", "what were ghana's on ransomware", true},
		{"en", "the very first public statement from fiji", "from fiji", true},
		{"es", "el primer comunicado de kenia", "de kenia", true},
		{"es", "las primeras declaraciones de chile sobre ransomware", "de chile sobre ransomware", true},
		{"fr", "la première déclaration du sénégal", "du sénégal", true},
		{"fr", "les premiers communiqués du maroc", "du maroc", true},
		// mirrors: a venue, a count, a verb
		{"en", "what did kenya say at the first committee", "what did kenya say at the first committee", false},
		{"en", "first 3 statements by kenya", "first 3 statements by kenya", false},
		{"en", "who first mentioned ransomware", "who first mentioned ransomware", false},
		{"es", "la primera comisión y chile", "la primera comisión y chile", false},
		{"fr", "le sénégal à la première commission", "le sénégal à la première commission", false},
	} {
		var rest string
		var d dateAsk
		if tt.code == "en" {
			rest, d = cutDates(tt.q)
		} else {
			rest, d = cutDatesESFR(tt.code, tt.q)
		}
		if rest != tt.rest || d.oldest != tt.oldest {
			t.Errorf("%s %q: %q oldest %v, want %q oldest %v", tt.code, tt.q, rest, d.oldest, tt.rest, tt.oldest)
		}
	}
}

// TestCountsStatements: a count of statements is read in each language,
// with a word or two between ("how many public statements"); a count of
// countries, a count of answers and a question without a count are not.
func TestCountsStatements(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how many statements on ransomware", true},
		{"How many public statements mention cables?", true},
		{"cuántas declaraciones hay sobre ransomware", true},
		{"cuantas declaraciones sobre cables submarinos", true},
		{"combien de déclarations sur les rançongiciels", true},
		{"combien d'interventions sur la cybercriminalité", true},
		// mirrors
		{"how many countries talk about ransomware", false},
		{"cuántos países hablan de ransomware", false},
		{"combien de pays parlent des rançongiciels", false},
		{"give me 3 statements on ransomware", false},
		{"statements on ransomware", false},
	} {
		if got := countsStatements(tt.q); got != tt.want {
			t.Errorf("countsStatements(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestEnglishAU: lower-case "au" opening an English question before an
// English word, or after a country's English name, is the African Union's
// initials, in an English question; French "au" (before a French word,
// after "le", in a French question) stays French and names no grouping.
func TestEnglishAU(t *testing.T) {
	c := seedBot(t).Corpus()
	for _, tt := range []struct {
		q, lang string
		au      bool
	}{
		{"au position on cybercrime", "en", true},
		{"au views on capacity building", "en", true},
		{"au's stance on the malabo convention?", "en", true},
		{"ethiopia au cooperation", "en", false},
		{"kenya au partnership on cybercrime", "en", false},
		{"senegal au cooperation", "en", false},
		// mirrors: French "au"
		{"au revoir", "fr", false},
		{"au sujet de la cybercriminalité, que dit le maroc", "fr", false},
		{"au total combien de pays parlent de ransomware", "fr", false},
		{"le kenya au sujet de la cybercriminalité", "fr", false},
		{"que dit le sénégal au conseil de sécurité", "fr", false},
	} {
		rd := readQuestion(c, tt.q, "", "")
		p := Parse(c, rd.English)
		au := slices.ContainsFunc(p.Regions, func(r RegionNote) bool { return r.Region == "African Union" })
		if rd.Lang != tt.lang || au != tt.au {
			t.Errorf("%q: lang %s, African Union %v; want %s, %v", tt.q, rd.Lang, au, tt.lang, tt.au)
		}
	}
}

// TestGroupBody: a grouping named as the owner of one of its bodies (its
// commission, its secretariat), in each language and either order, is the
// organisation, answered by none of its members; the grouping alone, or
// beside a country, is still answered by its members.
func TestGroupBody(t *testing.T) {
	b := dirBot(t, "../testdata/groups23")
	for _, tt := range []struct {
		q     string
		body  bool
		lang  string
		named string // the grouping the note names, in the reply's language
	}{
		{"the au commission on cybercrime", true, "en", "African Union"},
		{"what has the OAS Secretariat said about cybersecurity", true, "en", "Organization of American States"},
		{"the commission of the african union on capacity building", true, "en", "African Union"},
		{"la comisión de la ua sobre ciberdelincuencia", true, "es", "Unión Africana"},
		{"la commission de l'ua sur la cybercriminalité", true, "fr", "Union africaine"},
		{"le secrétariat de la cedeao sur la cybercriminalité", true, "fr", "CEDEAO"},
		// mirrors: the grouping speaks through its members
		{"the au on cybercrime", false, "en", ""},
		{"what do ecowas members say about cybercrime", false, "en", ""},
		{"la cedeao sur la cybercriminalité", false, "fr", ""},
	} {
		r := b.Ask(tt.q, 0)
		got := len(r.Answers) == 0 && tt.named != "" && strings.HasPrefix(r.Message, tt.named+":") || strings.HasPrefix(r.Message, tt.named+" :")
		if tt.body != got || r.Lang != tt.lang || !tt.body && len(r.Regions) == 0 {
			t.Errorf("%q: lang %s, message %.120q; want body %v (%s) in %s", tt.q, r.Lang, r.Message, tt.body, tt.named, tt.lang)
		}
	}
}

// TestOthersInitials: agency initials asked alone are answered by each
// country whose statements name them, but not by a statement that spells
// them out as another country's agency; several countries' own agencies
// of one name each answer (no list decides, the pages' definitions do).
func TestOthersInitials(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"ghana.txt":     {Data: []byte("Ghana\nThe Cyber Security Authority of Ghana (CSA) issued new licensing rules for cybersecurity service providers in March.\n")},
		"singapore.txt": {Data: []byte("Singapore\nThe Cyber Security Agency of Singapore (CSA) published its annual landscape report on threats to critical infrastructure.\n")},
		"nigeria.txt":   {Data: []byte("Nigeria\nNigeria's regulators met counterparts in Accra, where the Cyber Security Authority of Ghana (CSA) presented its licensing rules, and Nigeria said it will study them for its own providers.\n")},
		"peru.txt":      {Data: []byte("Peru\nPeru's digital government secretariat runs the national CSIRT and reports incidents to the OAS network.\n")},
		"chile.txt":     {Data: []byte("Chile\nChile thanked the Peruvian CSIRT for its help after the ransomware incident.\n")},
	}))
	for _, tt := range []struct {
		q       string
		want    []string // the countries answering, in any order
		without string   // a country that must not answer
	}{
		{"what has the CSA said", []string{"Ghana", "Singapore"}, "Nigeria"},
		{"anything from csa?", []string{"Ghana", "Singapore"}, "Nigeria"},
		{"que dice la csa", []string{"Ghana", "Singapore"}, "Nigeria"},
		// mirror: initials no page spells out with a country
		{"what about the csirt", []string{"Peru", "Chile"}, ""},
	} {
		r := b.Ask(tt.q, 0)
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) || slices.Contains(got, tt.without) {
			t.Errorf("%q: answered by %v, want %v", tt.q, got, want)
		}
	}
}
