package corpus

import "testing"

// TestMastheadOfficial: on a page a ministry's masthead makes a country's,
// a paragraph whose subject is an office it does not place ("El
// Viceministro destacó …") is the publisher's, not the country the
// paragraph before named; mirrors keep a placed office, a page with no
// masthead, and a heading of another country as they were.
func TestMastheadOfficial(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"es release", "Ministerio de Relaciones Exteriores de Guatemala\n\nGuatemala participa en consultas regionales sobre ciberseguridad\n\n" +
			"Guatemala reiteró su compromiso con las normas voluntarias.\n\n" +
			"La República Dominicana, país anfitrión, presentó su nueva estrategia nacional.\n\n" +
			"El Viceministro destacó la necesidad de ampliar la cooperación en la investigación de delitos informáticos.\n",
			[]held{{"Guatemala", "Guatemala reiteró"}, {"Dominican Republic", "La República"}, {"Guatemala", "El Viceministro"}}},
		{"en release, office thanking another country", "Ministry of Foreign Affairs of the Republic of Botswana\n\nBotswana hosts SADC cyber drill\n\n" +
			"Botswana welcomed delegations from across the region.\n\n" +
			"Zambia presented its new incident reporting platform.\n\n" +
			"The Minister thanked Zambia for its support and called for a regional CERT network.\n",
			[]held{{"Botswana", "Botswana welcomed"}, {"Zambia", "Zambia presented"}, {"Botswana", "The Minister thanked"}}},
		{"fr release", "Ministère des Affaires étrangères du Bénin\n\nLe Bénin accueille un atelier régional sur la cybersécurité\n\n" +
			"Le Bénin a plaidé pour des capacités partagées.\n\n" +
			"Le Togo a présenté sa stratégie nationale.\n\n" +
			"Le ministre a rappelé l'importance de la coopération contre la cybercriminalité.\n",
			[]held{{"Benin", "Le Bénin a plaidé"}, {"Togo", "Le Togo"}, {"Benin", "Le ministre"}}},
		{"mirror: office placed in another country", "Ministry of Foreign Affairs of the Republic of Botswana\n\nBotswana hosts SADC cyber drill\n\n" +
			"Botswana welcomed delegations from across the region.\n\n" +
			"The Minister of Foreign Affairs of Zambia presented its new incident reporting platform.\n",
			[]held{{"Botswana", "Botswana welcomed"}, {"Zambia", "The Minister of Foreign Affairs of Zambia"}}},
		{"mirror: news page, no masthead", "Botswana hosts SADC cyber drill\n\n" +
			"Botswana welcomed delegations from across the region.\n\n" +
			"Zambia presented its new incident reporting platform.\n\n" +
			"The Minister also called for a regional CERT network.\n",
			[]held{{"Botswana", "Botswana welcomed"}, {"Zambia", "Zambia presented"}, {"Zambia", "The Minister"}}},
		{"mirror: another country's heading", "Ministry of Foreign Affairs of the Republic of Botswana\n\n## Zambia\n\n" +
			"Zambia presented its new incident reporting platform.\n\n" +
			"The Minister also called for a regional CERT network.\n",
			[]held{{"Zambia", "Zambia presented"}, {"Zambia", "The Minister"}}},
		{"mirror: another country's reported minister goes on", "Ministerio de Relaciones Exteriores de Guatemala\n\nGuatemala y Belice acuerdan cooperar\n\n" +
			"Guatemala reiteró su compromiso con las normas voluntarias.\n\n" +
			"Por su parte, el ministro de Relaciones Exteriores de Belice recordó el ataque de ransomware contra el registro de la propiedad.\n\n" +
			"El ministro añadió que Belice promoverá el memorando ante el SICA.\n",
			[]held{{"Guatemala", "Guatemala reiteró"}, {"Belize", "Por su parte"}, {"Belize", "El ministro añadió"}}},
		{"mirror: en, another country's reported minister goes on", "Ministry of Foreign Affairs of the Republic of Botswana\n\nBotswana and Zambia agree to cooperate\n\n" +
			"Botswana welcomed delegations from across the region.\n\n" +
			"The Minister of Foreign Affairs of Zambia recalled the ransomware attack on the land registry.\n\n" +
			"The Minister added that Zambia would promote the memorandum within SADC.\n",
			[]held{{"Botswana", "Botswana welcomed"}, {"Zambia", "The Minister of Foreign Affairs of Zambia"}, {"Zambia", "The Minister added"}}},
		{"mirror: no office", "Ministerio de Relaciones Exteriores de Guatemala\n\nGuatemala participa en consultas regionales\n\n" +
			"La República Dominicana presentó su nueva estrategia nacional.\n\n" +
			"Su estrategia prevé un centro nacional de respuesta a incidentes.\n",
			[]held{{"Dominican Republic", "La República"}, {"Dominican Republic", "Su estrategia"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}

// TestTitledOfficeNoHonorific: an office placed in a country by "of" after
// an article, with no honorific, names its country as the subject, in
// English, Spanish and French, capitalised or not, across a name between
// commas ("Mr. Banda", whose dot ends no sentence: TestTitleAbbrevSentence).
// Mirrors: an office that says something about another country, and a
// delegate of a delegation, read as before.
func TestTitledOfficeNoHonorific(t *testing.T) {
	const head = "Botswana hosts SADC cyber drill\n\nBotswana welcomed delegations from across the region.\n\n"
	tests := []struct {
		para, holder string
	}{
		{"The Minister of Foreign Affairs of Zambia, Mr. Banda, presented the new platform and urged closer cooperation between CERTs.", "Zambia"},
		{"The minister of foreign affairs of Zambia presented a new incident reporting platform.", "Zambia"},
		{"The minister of information and communications technology of Zambia, Ms. Phiri, presented a new platform.", "Zambia"},
		{"El Ministro de Relaciones Exteriores de Zambia, Sr. Banda, presentó la nueva plataforma.", "Zambia"},
		{"Le ministre des affaires étrangères de la Zambie a présenté la nouvelle plateforme de signalement.", "Zambia"},
		{"Le Ministre des Affaires étrangères de la Zambie a présenté la nouvelle plateforme de signalement.", "Zambia"},
		// mirrors
		{"The Minister said that the government of Zambia has presented a new platform.", "Botswana"},
		{"The representative of the delegation of Zambia presented a new platform.", "Zambia"},
	}
	for _, tt := range tests {
		checkAfter(t, head, held{"Botswana", "Botswana welcomed"}, tt.para, tt.holder)
	}
}

// checkAfter checks the page of a paragraph para after the text before,
// whose one statement is held as first is: para is held by holder, or is
// no statement when holder is "".
func checkAfter(t *testing.T, before string, first held, para, holder string) {
	t.Helper()
	t.Run(para[:20], func(t *testing.T) {
		want := []held{first}
		if holder != "" {
			want = append(want, held{holder, para[:12]})
		}
		checkHeld(t, before+para+"\n", want)
	})
}

// TestTitleAbbrevSentence: a title's abbreviation ("Mr.", "Sra.", "Mme",
// "St.") ends no sentence; a full stop after other words still does.
func TestTitleAbbrevSentence(t *testing.T) {
	tests := []struct {
		text  string
		sents int
	}{
		{"The Minister, Mr. Banda, spoke. Zambia agreed.", 2},
		{"La Ministra, Sra. Pérez, habló. Chile apoyó.", 2},
		{"M. Diallo et Mme Traoré ont parlé. Le Mali a soutenu.", 2},
		{"St. Lucia spoke first.", 1},
		// mirrors: a sentence ending in a word that is not a title
		{"The talks ended. Zambia agreed. Botswana too.", 3},
		{"He met the Prime Minister of the Republic of Korea. Dr Kim agreed.", 2},
	}
	for _, tt := range tests {
		n := 0
		for _, tok := range Tokenize(tt.text) {
			if tok.SentStart {
				n++
			}
		}
		if n != tt.sents {
			t.Errorf("Tokenize(%q): %d sentences, want %d", tt.text, n, tt.sents)
		}
	}
}

// TestJointPartyActs: in a joint communiqué a paragraph on what one party
// did is still both parties' text, and "The two sides …" after it are
// both parties' too.
func TestJointPartyActs(t *testing.T) {
	page := "Joint Communiqué between Mongolia and the Kyrgyz Republic on Cooperation in Information Security\n\n" +
		"At the invitation of the Government of Mongolia, the Minister of Foreign Affairs of the Kyrgyz Republic paid an official visit to Ulaanbaatar.\n\n" +
		"The two sides reaffirmed their commitment to the Charter of the United Nations and agreed that it applies to the use of ICTs.\n"
	checkHeld(t, page, []held{{"Mongolia", "At the invitation"}, {"Kyrgyzstan", "At the invitation"}, {"Mongolia", "The two sides"}, {"Kyrgyzstan", "The two sides"}})
}

// TestMastheadJointHeadline: a ministry's masthead with its country after
// a comma ("Ministry of Foreign Affairs, Republic of Kenya") names the
// publisher, and a headline naming the publisher with another country
// keeps an unplaced official the publisher's ("The Cabinet Secretary
// underscored …" after Rwanda's minister spoke).
func TestMastheadJointHeadline(t *testing.T) {
	body := "Kenya and Rwanda sign memorandum of understanding on cybersecurity\n\n" +
		"Rwanda's Minister of ICT and Innovation said the agreement would help both countries respond faster to ransomware attacks.\n\n" +
		"The Cabinet Secretary underscored the commitment to a free, open and secure cyberspace.\n"
	checkHeld(t, "Ministry of Foreign Affairs, Republic of Kenya\n\nPress Statement\n\n"+body,
		[]held{{"Rwanda", "Rwanda's Minister"}, {"Kenya", "The Cabinet Secretary"}})
	// mirror: no masthead, the block goes on
	checkHeld(t, body, []held{{"Rwanda", "Rwanda's Minister"}, {"Rwanda", "The Cabinet Secretary"}})
}

// TestNoCommentIsNoPosition: a news story's "did not respond to a request
// for comment" records no position of the country, in English, Spanish and
// French, across a relative clause after the name; mirrors keep a comment
// that was made.
func TestNoCommentIsNoPosition(t *testing.T) {
	const first = "Fiji said it was ready to share satellite capacity with its neighbours.\n\n"
	tests := []struct {
		para, holder string
	}{
		{"Australia, which funded the original cable, did not immediately respond to a request for comment.", ""},
		{"Australia did not respond to requests for comment.", ""},
		{"Australia could not be reached for comment.", ""},
		{"Australia no respondió a una solicitud de comentarios.", ""},
		{"L'Australie n'a pas répondu à nos sollicitations.", ""},
		// mirrors
		{"Australia responded to a request for comment by backing a second cable.", "Australia"},
		{"Australia did not comment on the cable but said it would fund a study.", "Australia"},
	}
	for _, tt := range tests {
		checkAfter(t, first, held{"Fiji", "Fiji said"}, tt.para, tt.holder)
	}
}
