package corpus

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// pageHolders loads page as one file and returns the holders of the
// statements whose text starts with prefix, sorted (nil: no such
// statement).
func pageHolders(t *testing.T, page, prefix string) []string {
	t.Helper()
	c, err := Load(context.Background(), fstest.MapFS{"page.txt": {Data: []byte(page)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range c.Statements() {
		if strings.HasPrefix(s.Text, prefix) {
			got = append(got, s.Country)
		}
	}
	slices.Sort(got)
	return got
}

// pageCase is a page, the start of one of its paragraphs and the holders
// that paragraph must have ("" for none; "A;B" for several).
type pageCase struct {
	name, page, prefix, want string
}

func checkPageCases(t *testing.T, cases []pageCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := pageHolders(t, tt.page, tt.prefix)
			var want []string
			if tt.want != "" {
				want = strings.Split(tt.want, ";")
				slices.Sort(want)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q: held by %v, want %v", tt.prefix, got, want)
			}
		})
	}
}

// TestInlineNotes: a news page's "READ ALSO:" headline and a photo's
// caption are no one's words and lend no country to the paragraphs after
// them; the article's holder goes on (testdata/pages8's 803 and 826).
func TestInlineNotes(t *testing.T) {
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"READ ALSO: Zambia launches national cyber agency, pledges to protect critical infrastructure", true},
		{"ALSO READ: Mozambique blames foreign hackers", true},
		{"Photo: the State Secretary and the Ambassador of Iceland at the signing ceremony. © MFA Latvia", true},
		{"Caption: Ministers of Chad and Niger in N'Djamena", true},
		{"Foto: el canciller con su homólogo de Nicaragua", true},
		// Mirrors: text, not a note.
		{"Photographs of the damage were shared by Fiji's government.", false},
		{"Read also the statement by Zambia, which supports the proposal.", false},
		{"Pictures matter less than evidence, Chile said.", false},
		{"Image-based abuse is criminalised under Zambia's new law.", false},
	} {
		if got := inlineNote([]byte(tt.p)); got != tt.want {
			t.Errorf("inlineNote(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
	article := "Zimbabwe unveils cyber security bill\n\nHARARE — Zimbabwe's Cabinet on Tuesday approved the Cyber Security Bill.\n\n" +
		"READ ALSO: Zambia launches national cyber agency, pledges to protect critical infrastructure\n\n" +
		"The minister said the country would also seek to join the Malabo Convention.\n"
	caption := "Latvia and Iceland sign memorandum\n\nPhoto: the State Secretary and the Ambassador of Iceland at the signing ceremony in Riga. © MFA Latvia\n\n" +
		"Latvia signed a memorandum with Iceland on cyber defence.\n\n\"Undersea cables are a shared vulnerability,\" the State Secretary said.\n"
	checkPageCases(t, []pageCase{
		{"headline", article, "READ ALSO", ""},
		{"after the headline", article, "The minister said", "Zimbabwe"},
		{"caption", caption, "Photo:", ""},
		{"after the caption", caption, "\"Undersea cables", "Latvia"},
		// Mirrors: related news still ends the article; a paragraph
		// opening "Photographs …" is read as before.
		{"related news ends", "Zimbabwe approved the bill.\n\nRelated news\nZambia launches national cyber agency\n", "Related news", ""},
		{"photographs", "Fiji has published its strategy.\n\nPhotographs of the damage were shared by the government.\n", "Photographs of", "Fiji"},
	})
}

// TestMinistryNamePart: "Unión Europea" inside Spain's foreign ministry's
// name is its portfolio, no signatory of the communiqué whose title names
// the minister (testdata/pages8's 824).
func TestMinistryNamePart(t *testing.T) {
	g := DefaultGazetteer()
	for _, tt := range []struct {
		title string
		want  []string
	}{
		{"Comunicado conjunto con motivo de la visita oficial del Ministro de Asuntos Exteriores, Unión Europea y Cooperación del Reino de España a la República de Guinea Ecuatorial", []string{"Spain", "Equatorial Guinea"}},
		{"Visit of the Minister of Foreign Affairs, European Union and Cooperation of Spain to Chile", []string{"Spain", "Chile"}},
		// Mirrors: the Union as a party.
		{"Declaración conjunta de España, la Unión Europea y Chile", []string{"Spain", "European Union", "Chile"}},
		{"Joint statement of Chile and the European Union", []string{"Chile", "European Union"}},
	} {
		got, _ := g.headingHolders(tt.title)
		if !slices.Equal(got, tt.want) {
			t.Errorf("headingHolders(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestBothSides: on a bilateral page, "The two sides agreed", "Ambas
// Partes acordaron", "Les deux ministres ont convenu" after one party's
// paragraph are both parties' words; "la Parte española", "la partie
// togolaise" name their country as "the Chadian side" does (testdata/pages8's
// 824, pages6's 655).
func TestBothSides(t *testing.T) {
	es := "COMUNICADO CONJUNTO entre la República de Guinea Ecuatorial y el Reino de España\n\n" +
		"La Parte ecuatoguineana informó sobre la creación de la Agencia Nacional de Ciberseguridad.\n\n" +
		"La Parte española expresó su disposición a compartir su experiencia.\n\n" +
		"Ambas Partes acordaron celebrar la próxima reunión de consultas en Madrid en 2027.\n"
	en := "Ghana has proposed a joint cyber working group to Togo.\n\n" +
		"The Togolese side welcomed the proposal and offered to host the first meeting.\n\n" +
		"The two sides agreed to meet again before the end of the year.\n"
	fr := "Le Bénin a proposé au Niger la création d'une équipe commune de réponse aux incidents informatiques.\n\n" +
		"La partie nigérienne a salué la proposition et a proposé d'accueillir la première réunion à Niamey.\n\n" +
		"Les deux ministres ont convenu de se revoir avant la fin de l'année.\n"
	many := "The representative of Ghana said that capacity-building was key.\n\n" +
		"The representative of Togo said that norms should be implemented.\n\n" +
		"The representative of Benin said that the Malabo Convention mattered.\n\n" +
		"Both sides agreed that further talks were needed.\n"
	one := "Ghana has proposed a joint cyber working group.\n\nThe two sides agreed to meet again before the end of the year.\n"
	checkPageCases(t, []pageCase{
		{"es party", es, "La Parte ecuatoguineana", "Equatorial Guinea"},
		{"es other party", es, "La Parte española", "Spain"},
		{"es both", es, "Ambas Partes", "Equatorial Guinea;Spain"},
		{"en both", en, "The two sides agreed", "Ghana;Togo"},
		{"fr party", fr, "La partie nigérienne", "Niger"},
		{"fr both", fr, "Les deux ministres", "Benin;Niger"},
		// Mirrors: three holders before it, or one, leave it as it was read.
		{"three speakers", many, "Both sides agreed", ""},
		{"one holder", one, "The two sides agreed", ""},
	})
}

// TestDateLabels: a timeline's entries ("October 2023 — Kiribati and
// Tuvalu deliver …") are each their own paragraph, after a title line too,
// and a list of countries after the date label is the entry's subject
// (testdata/pages8's 816).
func TestDateLabels(t *testing.T) {
	timeline := "Timeline: Pacific island States in the UN cyber debates\n" +
		"March 2019 — Tuvalu joins the OEWG's consultations for the first time.\n" +
		"2022 — Nauru adopts its Cybercrime Act.\n" +
		"October 2023 — Kiribati and Tuvalu deliver a joint statement on capacity-building.\n"
	checkPageCases(t, []pageCase{
		{"title", timeline, "Timeline:", ""},
		{"first entry", timeline, "March 2019 — Tuvalu", "Tuvalu"},
		{"list after the label", timeline, "October 2023 — Kiribati", "Kiribati;Tuvalu"},
		// Mirrors: a news dateline still reads; a year with no dash, and a
		// dated line inside a long sentence, are as before.
		{"dateline", "JUBA, 12 February 2025 — Kenya and Uganda agreed to share threat data.\n", "JUBA", "Kenya;Uganda"},
		{"no dash", "Nauru has a Cybercrime Act.\n\n2022 was the year Kiribati and Tuvalu asked for a fund.\n", "2022 was the year", "Nauru"},
		{"inside a sentence", "Nauru adopted its Cybercrime Act after a long consultation of the private sector and of civil society in\n2022 — the year Tuvalu joined.\n", "Nauru adopted", "Nauru"},
	})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"March 2019 — Tuvalu joins", true},
		{"2022 – Nauru adopts", true},
		{"12 March 2024 — Fiji chairs", true},
		{"2022 was the year", false},
		{"March 2019 saw Tuvalu join", false},
		{"2030 Agenda — goals", false},
	} {
		if got := dateLabelLine([]byte(tt.line)); got != tt.want {
			t.Errorf("dateLabelLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestCoverageProcedureTimed: press coverage's "Also speaking today were
// the representatives of …" and "The First Committee will next meet …"
// are procedure, as "Also speaking were" and "will meet" are: nobody's,
// not the last speaker's (testdata/pages8's 800).
func TestCoverageProcedureTimed(t *testing.T) {
	page := "The delegate of Türkiye, responding, said that her delegation would not engage in a political debate.\n\n" +
		"Also speaking today were representatives of Eritrea, Seychelles and Liberia.\n\n" +
		"The First Committee will next meet at 10 a.m. on Wednesday, 15 October, to continue its debate.\n"
	checkPageCases(t, []pageCase{
		{"also speaking today", page, "Also speaking today", ""},
		{"will next meet", page, "The First Committee will next meet", ""},
		// Mirrors: a speaker's own "today" and "next" stay its words.
		{"speaker's today", "The representative of Eritrea said that it was speaking today for the first time.\n\nAlso, it would next meet its neighbours.\n", "Also, it would", "Eritrea"},
		{"also speaking as", "The representative of Liberia said the fund mattered.\n\nAlso speaking as a small State, Liberia asked for support.\n", "Also speaking as", "Liberia"},
	})
}

// TestCountryOrgSubject: a country's name before one of its bodies ("The
// U.S. State Department said", "A UK Foreign Office spokesperson said") is
// that country speaking, not the block before's (testdata/pages8's 808).
func TestCountryOrgSubject(t *testing.T) {
	prev := "Bahrain's interior ministry said it had foiled an attempt to breach its servers.\n\n"
	checkPageCases(t, []pageCase{
		{"department", prev + "The U.S. State Department said it was aware of the reports.\n", "The U.S. State", "United States"},
		{"spokesperson", prev + "A U.S. State Department spokesperson said Washington was aware of the reports.\n", "A U.S. State", "United States"},
		{"office", prev + "The UK Foreign Office said it was in contact with its partners.\n", "The UK Foreign", "United Kingdom"},
		{"possessive body", prev + "The US State Department's spokesperson said it was aware of the reports.\n", "The US State", "United States"},
		// Mirrors: no government body, or a preposition inside the name,
		// is read as before (the block goes on).
		{"chamber of commerce", prev + "The US Chamber of Commerce said it was aware of the reports.\n", "The US Chamber", "Bahrain"},
		{"red cross", prev + "The Kenya Red Cross said it was aware of the reports.\n", "The Kenya Red", "Bahrain"},
		{"possessive", prev + "Kenya's foreign ministry said it was aware of the reports.\n", "Kenya's", "Kenya"},
	})
}

// TestPrepositionNoVerb: "upon", "during", "through" … after a country are
// no verb of it: "The Government of Finland has examined the reservation
// made by the Kingdom of Bahrain upon ratification" is Finland's objection,
// not Bahrain's (testdata/pages8's 819).
func TestPrepositionNoVerb(t *testing.T) {
	checkPageCases(t, []pageCase{
		{"upon", "The Government of Finland has examined the reservation made by the Kingdom of Bahrain upon ratification of the Convention.\n", "The Government of Finland", "Finland"},
		{"during", "The Government of Finland recalls the statement made by the Kingdom of Bahrain during the session.\n", "The Government of Finland", "Finland"},
		// Mirrors: a country that acts keeps acting.
		{"acts", "The Kingdom of Bahrain upheld its reservation upon ratification.\n", "The Kingdom of Bahrain", "Bahrain"},
		{"insertion", "Finland, upon ratification, objected to the reservation.\n", "Finland, upon", "Finland"},
	})
}
