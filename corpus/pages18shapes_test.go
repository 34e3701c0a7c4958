package corpus

import "testing"

// TestPages18AgencyInitials: an agency the page spelled out with its
// country and initials, named later by its initials alone at the head of
// a paragraph's subject, is that country's, not the country of the
// paragraph before (testdata/pages18's 9g2, 9g8; see initials.go). Other
// initials, a country's own abbreviation and initials not heading the
// subject keep their reading.
func TestPages18AgencyInitials(t *testing.T) {
	tests := []struct {
		lead string
		rows []heldRow
	}{
		{
			"The Cyber Security Agency of Singapore (CSA) issued an advisory on Monday.\n\nMalaysia's national response team said it had seen the same attacks.\n\n",
			[]heldRow{
				{"The CSA chief said the attacks had targeted hospitals in the region.", "Singapore"},
				{"A CSA spokesperson added that the advisory would be updated weekly.", "Singapore"},
				{"The deputy director of the CSA said the agency would share its indicators.", "Singapore"},
				// Neighbours.
				{"The NCSC chief said the attacks had targeted hospitals in the region.", "Malaysia"},
				{"The team said it would share the indicators with the CSA and others.", "Malaysia"},
			},
		},
		{
			"Singapore's Cyber Security Agency (CSA) issued an advisory on Monday.\n\nMalaysia's national response team said it had seen the same attacks.\n\n",
			[]heldRow{{"The CSA chief said the attacks had targeted hospitals in the region.", "Singapore"}},
		},
		{
			"L'Agence nationale de la sécurité des systèmes d'information du Bénin (ANSSI) a présenté lundi sa stratégie.\n\nLe Togo a adopté de son côté une loi sur la cybercriminalité.\n\n",
			[]heldRow{{"Le directeur général de l'ANSSI a déclaré que la stratégie prévoyait la formation de 2 000 agents.", "Benin"}},
		},
	}
	for _, tt := range tests {
		checkHeldAfterLead(t, tt.lead, tt.rows)
	}
}

// TestPages18PlacedGovernment: a paragraph set in a country whose
// government then acts ("In Mali, the transitional authorities announced
// …", "Au Niger, le ministère … a indiqué", "En Bolivia, el Gobierno
// aprobó"), after a dateline or not, is that country's, not nobody's nor
// the story before's (testdata/pages18's 9g5, 9g8; see locative.go). A
// place that is no country, or a subject that is no government, keeps
// its reading.
func TestPages18PlacedGovernment(t *testing.T) {
	const lead = "Togo's Minister of Digital Economy said on Monday that incident reporting would become compulsory.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"BAMAKO – In Mali, the transitional authorities announced a review of the 2019 cybercrime law.", "Mali"},
		{"In Mali, the government announced a review of the 2019 cybercrime law.", "Mali"},
		{"Au Niger, le ministère de la Communication a indiqué qu'un projet de loi serait soumis avant la fin de l'année.", "Niger"},
		{"En Bolivia, el Gobierno aprobó un decreto sobre ciberseguridad.", "Bolivia"},
		{"In the Philippines, the government said a regional drill would be held in June.", "Philippines"},
		{"In Ghana, President Mahama said the new authority would be independent.", "Ghana"},
		// Neighbours.
		{"In June, the government will publish the list of critical operators.", "Togo"},
		{"In Mali, hospitals reported three ransomware attacks last year, the minister said.", ""},
		{"In Uganda, ministers from five East African countries met to discuss cybercrime.", ""},
	})
}

// TestPages18DescribedCountries: countries the page's author describes in
// a passive of perception ("are often described as", "are seen as", "is
// regarded as", "sont souvent présentés comme", "son considerados") hold
// nothing: none of them speaks (testdata/pages18's 9g0 and 9g8, pages6's
// 647; see passive.go). Their own acts and views keep their reading.
func TestPages18DescribedCountries(t *testing.T) {
	const lead = "Kenya adopted its national cybersecurity strategy in 2022.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"Seychelles, Cabo Verde and São Tomé and Príncipe are often described as the quiet members of the caucus.", ""},
		{"Cabo Verde and São Tomé and Príncipe are seen as closer to the African Group's line than Seychelles is.", ""},
		{"Estonia is widely regarded as a leader in digital government.", ""},
		{"Le Bénin et le Niger sont souvent présentés comme deux modèles opposés.", ""},
		{"Uruguay y Paraguay son considerados socios confiables en la región.", ""},
		{"Chile y Perú suelen ser descritos como los socios más activos de la región.", ""},
		{"Ghana is generally considered a leader on cybercrime legislation in West Africa.", ""},
		{"Peru, Chile and Colombia have been described as the region's most active delegations.", ""},
		// Neighbours.
		{"Cabo Verde supports a legally binding instrument in the long term.", "Cabo Verde"},
		{"Estonia is committed to the eleven norms.", "Estonia"},
		{"Le Bénin a présenté sa stratégie nationale.", "Benin"},
	})
}

// TestPages18SpeakerAndInvocation: a record printing every label in
// capitals ("THE SPEAKER:", "MR SPEAKER:") labels the Speaker, whose words
// are nobody's, and a speech's opening invocation, alone or before its
// salutation, is no statement (testdata/pages18's 9g3, 9g7). The
// minister's turn and the speech's first paragraph keep their holder.
func TestPages18SpeakerAndInvocation(t *testing.T) {
	hansard := "PARLIAMENT OF SIERRA LEONE\n\n" +
		"THE SPEAKER: Honourable Members, the Minister has the floor.\n\n" +
		"HON. MINISTER OF COMMUNICATION: Mr Speaker, Sierra Leone will create a national coordination centre.\n\n" +
		"MR SPEAKER: Order. The Member for Bo will resume his seat.\n\n" +
		"THE DEPUTY SPEAKER: The question is that the Bill be read a second time.\n"
	speech := "Statement by the Minister of Communications of Egypt\n\n" +
		"In the name of God, the Most Gracious, the Most Merciful. Excellencies, ladies and gentlemen,\n\n" +
		"Egypt believes that the principle of State sovereignty applies to cyberspace in full.\n\n" +
		"Au nom de Dieu, le Clément, le Miséricordieux.\n\n" +
		"Egypt supports the Arab centre for cyber incident response.\n"
	checkPageCases(t, []pageCase{
		{"the speaker", hansard, "THE SPEAKER:", ""},
		{"mr speaker", hansard, "MR SPEAKER:", ""},
		{"deputy", hansard, "THE DEPUTY SPEAKER:", ""},
		{"invocation and salutation", speech, "In the name of God", ""},
		{"invocation alone", speech, "Au nom de Dieu", ""},
		// Mirrors.
		{"minister", hansard, "HON. MINISTER", "Sierra Leone"},
		{"speech", speech, "Egypt believes", "Egypt"},
		{"speech goes on", speech, "Egypt supports", "Egypt"},
	})
}

// TestPages18EmbassyReport: on an embassy's report on its host country
// (a masthead "Embassy of X in <place>" or "X Embassy <place>" over a
// report's title), the host government's officials speak for the host,
// the report's narration and the opposition's words are nobody's, and the
// embassy's comment is the sender's (testdata/pages6's 643, pages18's 9g1,
// 9g9; see embassyreport.go). An embassy's news page with no report title
// keeps its reading.
func TestPages18EmbassyReport(t *testing.T) {
	report := "Embassy of Norway in Nairobi\nPolitical report: Kenya's Senate debates the Computer Misuse Bill\nDate: 3 March 2026\n\n" +
		"On 2 March, the Senate of Kenya debated the Computer Misuse (Amendment) Bill.\n\n" +
		"Opening the debate, the Cabinet Secretary for ICT told the Senate that the bill would protect critical infrastructure.\n\n" +
		"Several opposition senators said the bill threatened freedom of expression.\n\n" +
		"Replying, the Attorney General said that every order would be reviewed by the courts.\n\n" +
		"The Embassy assesses that the bill goes further than the regional model law. Norway will raise the matter in its dialogue.\n"
	joined := "Swedish Embassy Accra Report on the Government of Ghana's cyber security decisions\n\n" +
		"At the press briefing after the Cabinet meeting, the Minister of Communications stated that operators would report incidents within six hours.\n\n" +
		"Civil society groups criticised the short consultation.\n\n" +
		"In the Embassy's view, the decision is a step forward. Sweden will offer training.\n"
	news := "Embassy of Norway in Nairobi\n\nNorway's Ambassador opened a cyber security workshop in Nairobi on Monday.\n\n" +
		"The Minister said Norway would fund two more workshops next year.\n"
	checkPageCases(t, []pageCase{
		{"narration", report, "On 2 March, the Senate", ""},
		{"host official", report, "Opening the debate", "Kenya"},
		{"opposition", report, "Several opposition senators", ""},
		{"host official replying", report, "Replying, the Attorney General", "Kenya"},
		{"embassy's comment", report, "The Embassy assesses", "Norway"},
		{"masthead and title on one line", joined, "At the press briefing", "Ghana"},
		{"civil society", joined, "Civil society groups", ""},
		{"embassy's view", joined, "In the Embassy's view", "Sweden"},
		// Mirror: an embassy's news page, no report: its own minister.
		{"news page", news, "The Minister said Norway", "Norway"},
	})
}

// TestPages18PressClosing: a press conference's closing under a label
// ("MINISTER: Thank you. That is all for today.") says nothing, as its
// thanks alone do (testdata/pages18's 9g4); a closing that says something
// stays a statement.
func TestPages18PressClosing(t *testing.T) {
	tests := []struct {
		p    string
		want bool
	}{
		{"MINISTER: Thank you. That is all for today.", true},
		{"Thank you. That's all for today.", true},
		{"SPOKESPERSON: Thank you. That concludes today's briefing.", true},
		{"PORTAVOZ: Gracias. Eso es todo por hoy.", true},
		{"MINISTRE : Merci. C'est tout pour aujourd'hui.", true},
		// Mirrors.
		{"MINISTER: Thank you. Bosnia and Herzegovina will publish its position in June.", false},
		{"That is all Bosnia and Herzegovina can say on the centre for now.", false},
	}
	for _, tt := range tests {
		if got := isCourtesy([]byte(tt.p)); got != tt.want {
			t.Errorf("isCourtesy(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestPages18EmbassyReportEsFr: the embassy's report in French and
// Spanish ("Ambassade de France au Sénégal" over "Rapport politique",
// "Embajada de España en Bolivia" over "Informe"): the host's minister
// speaks for the host, the narration of a parliament's sitting is
// nobody's, the embassy's comment is the sender's.
func TestPages18EmbassyReportEsFr(t *testing.T) {
	fr := "Ambassade de Suisse au Sénégal\n\nRapport politique : l'Assemblée nationale examine le projet de loi sur la cybersécurité\n\n" +
		"Le 4 mars, l'Assemblée nationale a examiné le projet de loi sur la cybersécurité.\n\n" +
		"Présentant le texte, le ministre de la Communication a déclaré que le Sénégal créerait une autorité nationale.\n\n" +
		"Plusieurs députés de l'opposition ont dénoncé un texte liberticide.\n\n" +
		"L'Ambassade estime que la loi rapproche le Sénégal des standards européens. La Suisse proposera une formation.\n"
	es := "Embajada de España en Bolivia\n\nInforme: el Gobierno de Bolivia aprueba su política de ciberseguridad\n\n" +
		"Tras el Consejo de Ministros, el ministro de Obras Públicas dijo que Bolivia creará un centro nacional de respuesta.\n\n" +
		"Varias organizaciones civiles criticaron la falta de consulta.\n\n" +
		"Esta Embajada considera que la política es un avance. España ofrecerá cursos de formación.\n"
	checkPageCases(t, []pageCase{
		{"fr narration", fr, "Le 4 mars", ""},
		{"fr minister", fr, "Présentant le texte", "Senegal"},
		{"fr opposition", fr, "Plusieurs députés", ""},
		{"fr embassy", fr, "L'Ambassade estime", "Switzerland"},
		{"es minister", es, "Tras el Consejo", "Bolivia"},
		{"es civil society", es, "Varias organizaciones", ""},
		{"es embassy", es, "Esta Embajada", "Spain"},
	})
}
