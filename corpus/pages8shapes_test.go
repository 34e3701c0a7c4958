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

// TestEndMatterLine: an article's "References" over its entries with no
// blank line between is a line of its own that ends the text, not the first
// entry's opening held by the country it cites; the authors' "Our own
// reading is" and "Critics, including <an organisation>, warned" are
// nobody's, not the block before's (testdata/pages8's 817 and 826).
func TestEndMatterLine(t *testing.T) {
	article := "Israel, by contrast, has questioned whether sovereignty is a rule at all.\n\n" +
		"Our own reading is that the camp is growing.\n\n" +
		"References\nFinland, Ministry for Foreign Affairs (2020). International law and cyberspace: Finland's national positions.\n"
	news := "HARARE — Zimbabwe's Cabinet approved the bill.\n\n" +
		"Critics, including the Media Institute of Southern Africa, warned that some provisions could restrict speech.\n"
	checkPageCases(t, []pageCase{
		{"references", article, "References", ""},
		{"our own reading", article, "Our own reading", ""},
		{"critics", news, "Critics, including", ""},
		// Mirrors: a delegation's "Our view is" and a sentence opening
		// with "References to".
		{"our view", "Israel has questioned the rule.\n\nOur view is that sovereignty is a rule.\n", "Our view is", "Israel"},
		{"references to", "Israel has questioned the rule.\n\nReferences to sovereignty in its statements are rare.\n", "References to", "Israel"},
		{"entries after references", article, "Finland, Ministry", ""},
	})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"References", true}, {"Bibliography", true}, {"Références", true}, {"Works cited:", true},
		{"References to sovereignty are rare.", false}, {"Sources say", false}, {"Resources", false},
	} {
		if got := endMatterLine([]byte(tt.line)); got != tt.want {
			t.Errorf("endMatterLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestTimeStampEntries: a live blog's "16:05 GMT" heads a new entry, so
// the entry before lends its country to no later one (testdata/pages8's
// 821).
func TestTimeStampEntries(t *testing.T) {
	blog := "14:50 GMT\nThe Democratic Republic of the Congo's Foreign Minister says attacks on mobile money finance armed groups.\n\n" +
		"14:30 GMT\nThe debate opens with a briefing by the UN's top disarmament official.\n"
	checkPageCases(t, []pageCase{
		{"entry", blog, "The Democratic Republic", "DR Congo"},
		{"next entry", blog, "The debate opens", ""},
		{"pm", "4.32pm\nBahrain's representative says attributions need evidence.\n\n4.10pm\nThe debate opens with a briefing.\n", "The debate opens", ""},
		// Mirrors: a transcript's bare time mark is dropped and the turn
		// goes on; a time inside a sentence is text.
		{"bare mark", "Ms. Vrabie (Republic of Moldova): We support the mechanism.\n\n14:30\n\nWe also support the fund.\n", "We also support", "Moldova"},
		{"inside", "Bahrain's representative spoke at\n16:05 GMT and said attributions need evidence.\n", "Bahrain's representative", "Bahrain"},
	})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"16:05 GMT", true}, {"4.32pm", true}, {"09h15 UTC", true},
		{"14:30", false}, {"00:06:02", false}, {"2024 GMT", false}, {"16:05 GMT Bahrain says", false},
	} {
		if got := timeStampLine([]byte(tt.line)); got != tt.want {
			t.Errorf("timeStampLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestGridTables: an ASCII grid table (+---+ rules, cells wrapped over
// lines) is read as a table: each row is its first cell's country's, its
// wrapped lines joined (testdata/pages8's 813).
func TestGridTables(t *testing.T) {
	grid := "Positions\n\n" +
		"+----------+---------------------+\n" +
		"| Country  | Binding instrument  |\n" +
		"+==========+=====================+\n" +
		"| Brunei   | No stated position  |\n" +
		"+----------+---------------------+\n" +
		"| Lao PDR  | Supports a binding  |\n" +
		"|          | instrument          |\n" +
		"+----------+---------------------+\n\n" +
		"Note: drawn from statements at the OEWG.\n"
	noHeaderRule := "+---------+------------------+\n| Country | Position         |\n+---------+------------------+\n| Nepal   | Supports a fund  |\n| Bhutan  | Opposes a treaty |\n+---------+------------------+\n"
	checkPageCases(t, []pageCase{
		{"first row", grid, "Brunei — Binding instrument: No stated position", "Brunei"},
		{"wrapped row", grid, "Lao PDR — Binding instrument: Supports a binding instrument", "Laos"},
		{"wrapped line alone", grid, "instrument", ""},
		{"rows without rules between", noHeaderRule, "Bhutan — Position: Opposes a treaty", "Bhutan"},
		// Mirrors: a Markdown table and a line opening with "+" in prose
		// read as before.
		{"markdown", "| Country | Position |\n|---|---|\n| Nepal | Supports a fund |\n", "Nepal — Position: Supports a fund", "Nepal"},
		{"plus in prose", "Nepal supports the fund.\n+-5% is the margin Nepal gives.\n", "Nepal supports", "Nepal"},
	})
	if got := gridTables([]byte("No table here.\n")); string(got) != "No table here.\n" {
		t.Errorf("gridTables changed a page without a table: %q", got)
	}
}

// TestProgrammeSlots: a programme's time slots ("09:30–10:00  Opening
// remarks by the Minister of Foreign Affairs of the Republic of Cyprus")
// and a panel's list of speakers name who will speak, never what: no
// statement, and no country's block (testdata/pages8's 823).
func TestProgrammeSlots(t *testing.T) {
	page := "Cyprus hosts the conference.\n\n09:30–10:00 Opening remarks by the Minister of Foreign Affairs of the Republic of Cyprus.\n\n" +
		"10:00–11:15 Panel 1: Building resilience in the Eastern Mediterranean.\n\n" +
		"Speakers: Ministry of Digital Governance of Greece; National Cyber Directorate of Israel.\n"
	checkPageCases(t, []pageCase{
		{"slot naming a country", page, "09:30", ""},
		{"next slot", page, "10:00", ""},
		{"speakers", page, "Speakers:", ""},
		// Mirrors: a time in prose, and a sentence about speakers.
		{"time in prose", "Cyprus opened the conference.\n\nAt 10:00–10:15 the delegation proposed the call for action.\n", "At 10:00", "Cyprus"},
		{"speakers in prose", "Cyprus opened the conference.\n\nSpeakers from Cyprus stressed resilience.\n", "Speakers from", "Cyprus"},
	})
}

// TestNewPersonOpens: in a conference summary, a paragraph opening with a
// panellist the paragraph before does not name ("Mr. Osei said …" after
// "Ms. Koirala opened …") keeps no block: not the first panellist's
// country (testdata/pages8's 812).
func TestNewPersonOpens(t *testing.T) {
	page := "Ms. Koirala opened the session by describing the dependence of Nepal's emergency services on a few hubs.\n\n" +
		"Mr. Osei said that companies could do more to share threat information.\n\n" +
		"In the discussion, participants agreed that small States needed predictable funding.\n"
	checkPageCases(t, []pageCase{
		{"new panellist", page, "Mr. Osei said", ""},
		{"after him", page, "In the discussion", ""},
		// Mirrors: the same person goes on; a person the paragraph before
		// introduced goes on; a speaker's turn is unchanged.
		{"same person", "Ms. Koirala opened the session by describing Nepal's dependence on a few hubs.\n\nMs. Koirala said that the mechanism should fund protection.\n", "Ms. Koirala said", "Nepal"},
		{"introduced before", "Nepal's delegation, led by Ms. Sabina Koirala, called for funding.\n\nMs. Koirala said that the mechanism should fund protection.\n", "Ms. Koirala said", "Nepal"},
		{"turn", "Ms. Koirala (Nepal): We call for funding.\n\nMr. Osei said so too, and we agree with him.\n", "Mr. Osei said", "Nepal"},
	})
}
