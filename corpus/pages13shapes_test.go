package corpus

import (
	"strings"
	"testing"
)

// TestExpertQuoteIsNobodys: a news paragraph that opens with a quotation
// the reporting clause gives to an outside expert ("“…,” said Jane Doe, a
// researcher at …", "«…», explicó Andrea Villalta, investigadora del
// Centro …", "« … », estime Paul Kaboré, chercheur à …") is nobody's: not
// the government quoted before it, nor a country in the expert's
// affiliation (testdata/pages13's 9b9).
func TestExpertQuoteIsNobodys(t *testing.T) {
	es := "El Gobierno de Honduras acusó este lunes a grupos vinculados con el Estado nicaragüense de atacar sus servidores.\n\n" +
		"\"Las atribuciones públicas siguen siendo raras\", explicó Andrea Villalta, investigadora del Centro de Estudios sobre Seguridad Digital. Según Villalta, Nicaragua ha sido señalada en el pasado por campañas de desinformación.\n\n" +
		"El Ministerio de Relaciones Exteriores de Nicaragua rechazó las acusaciones en un comunicado.\n"
	en := "The Government of Ghana accused hackers based abroad of attacking its electoral commission.\n\n" +
		"“Public attribution in the region remains rare,” said Jane Mensah, a researcher at the University of Chile.\n"
	fr := "Le Gouvernement du Burkina Faso a accusé des pirates étrangers d'avoir visé ses banques.\n\n" +
		"« Ces accusations restent difficiles à vérifier », estime Paul Kaboré, chercheur à l'Institut d'études de sécurité.\n"
	mirror := "The Government of Ghana accused hackers based abroad of attacking its electoral commission.\n\n" +
		"“We will not accept it,” said the representative of Togo, rejecting the claim.\n"
	checkPageCases(t, []pageCase{
		{"es analyst", es, "\"Las atribuciones", ""},
		{"es after", es, "El Ministerio de Relaciones Exteriores de Nicaragua", "Nicaragua"},
		{"en university of a country", en, "“Public attribution", ""},
		{"fr chercheur", fr, "« Ces accusations", ""},
		// Mirrors: a quotation a State's representative said is still
		// theirs; the government before the expert keeps its
		// paragraph.
		{"es first", es, "El Gobierno de Honduras", "Honduras"},
		{"en state quote", mirror, "“We will not accept", "Togo"},
	})
}

// TestChairNarratesESFR: a Spanish or French summary's presiding officer
// as the subject of a verb in the past ("Le Président a remercié les
// délégations", "Le Président, M. Ousmane Ba, a ouvert la réunion", "La
// Presidenta agradeció …") is nobody's, not the last delegation's block
// (testdata/pages13's 9b8).
func TestChairNarratesESFR(t *testing.T) {
	fr := "Mme Aïchatou Issoufou (Niger) a indiqué que son pays faisait face à des campagnes de désinformation.\n\n" +
		"M. Hery Rakotomalala (Madagascar) a rappelé la dépendance des États insulaires à l'égard des câbles sous-marins.\n\n" +
		"Le Président a remercié les délégations et a indiqué que le projet serait distribué le lendemain.\n\n" +
		"La Présidente, Mme Awa Ndiaye, a ouvert la seconde séance.\n"
	es := "La delegada del Paraguay destacó la importancia de la perspectiva de género.\n\n" +
		"La Presidenta agradeció a las delegaciones y anunció que el proyecto se distribuirá el lunes.\n"
	head := "Le Gouvernement du Sénégal a adopté une stratégie nationale de cybersécurité.\n\n" +
		"Le Président de la République a déclaré que le Sénégal soutenait le nouveau mécanisme.\n\n" +
		"El Gobierno del Perú presentó su estrategia.\n\n" +
		"El Presidente del Perú afirmó que el país apoya el mecanismo.\n"
	checkPageCases(t, []pageCase{
		{"fr thanked", fr, "Le Président a remercié", ""},
		{"fr apposition", fr, "La Présidente, Mme Awa Ndiaye", ""},
		{"es thanked", es, "La Presidenta agradeció", ""},
		// Mirrors: the delegations keep theirs; a head of State ("Le
		// Président de la République", "El Presidente del Perú") is his
		// country's.
		{"fr delegation", fr, "M. Hery Rakotomalala", "Madagascar"},
		{"es delegation", es, "La delegada del Paraguay", "Paraguay"},
		{"fr head of state", head, "Le Président de la République", "Senegal"},
		{"es head of state", head, "El Presidente del Perú", "Peru"},
	})
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"Le Président a remercié les délégations.", true},
		{"Le Président, M. Ousmane Ba, a ouvert la réunion en rappelant le mandat.", true},
		{"El Moderador cerró el debate.", true},
		{"Le Président de la République a déclaré que le pays soutient le mécanisme.", false},
		{"El Presidente del Consejo dijo que …", false},
		{"La Présidente est arrivée à Dakar.", false},
		{"Le Président Sall a déclaré que …", false},
	} {
		if got := chairNarratesESFR(tt.p); got != tt.want {
			t.Errorf("chairNarratesESFR(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestSecretariatNote: a note signed by the body that compiled the page
// ("Nota de la Secretaría: …", "Note du Secrétariat : …", "Note by the
// Secretariat: …") under a table of explanations of vote is nobody's, not
// the last row's State (testdata/pages13's 9bc).
func TestSecretariatNote(t *testing.T) {
	table := func(note string) string {
		return "Explicaciones de voto presentadas por escrito:\n\n| Delegación | Voto | Explicación |\n|---|---|---|\n" +
			"| Haití | Abstención | Haití se abstuvo porque la resolución no prevé recursos. |\n" +
			"| Venezuela | En contra | Venezuela rechaza cualquier mecanismo que no respete la soberanía. |\n\n" + note + "\n"
	}
	checkPageCases(t, []pageCase{
		{"es", table("Nota de la Secretaría: las explicaciones se reproducen tal como fueron recibidas."), "Nota de la Secretaría", ""},
		{"fr", table("Note du Secrétariat : les explications sont reproduites telles que reçues."), "Note du Secrétariat", ""},
		{"en", table("Note by the Secretariat: explanations are reproduced as received."), "Note by the Secretariat", ""},
		// Mirrors: the rows keep their States; a State's own note ("Nota
		// de Venezuela: …") is not the secretariat's.
		{"row", table("Nota de la Secretaría: las explicaciones se reproducen tal como fueron recibidas."), "Venezuela", "Venezuela"},
		{"state's note", table("Nota de Venezuela: Venezuela reitera su posición."), "Nota de Venezuela", "Venezuela"},
	})
}

// TestHostFraming: a broadcast host's framing lines (introducing the
// guest, thanking the guest or the listeners, crediting the programme, the
// transcript's editing note), labelled with the host's name or not, are
// nobody's: not the country the introduction names, nor the guest's block
// before them (testdata/pages12's 990, pages13's 9b2).
func TestHostFraming(t *testing.T) {
	en := "Himalayan Signals — Episode 41\n\n" +
		"PRIYA MENON: My guest is Ambassador Raju Shrestha, Nepal's special envoy for digital affairs. Ambassador, welcome.\n\n" +
		"PRIYA MENON: India has offered Nepal help to build its data centres. How do you choose?\n\n" +
		"RAJU SHRESTHA: We do not choose between friends. Nepal's policy is that government data must be stored in Nepal.\n\n" +
		"PRIYA MENON: That's all we have time for. Himalayan Signals is produced in Kathmandu by Mountain Media Lab. Thanks for listening.\n"
	es := "Entrevista\n\n" +
		"Mi invitada de hoy es la embajadora Ana Duarte, representante del Uruguay en las negociaciones.\n\n" +
		"Pregunta: ¿Qué espera el Uruguay del nuevo mecanismo?\n\n" +
		"Respuesta: El Uruguay quiere un mecanismo inclusivo.\n\n" +
		"Gracias por escucharnos. Este programa es producido por Radio Sur.\n"
	fr := "Entretien\n\n" +
		"Mon invité aujourd'hui est M. Karim Ben Salah, directeur de l'Agence nationale de la sécurité informatique de Tunisie.\n\n" +
		"La Tunisie soutient la ratification rapide de la Convention des Nations Unies contre la cybercriminalité.\n\n" +
		"Merci de nous avoir écoutés.\n"
	checkPageCases(t, []pageCase{
		{"en guest intro", en, "PRIYA MENON: My guest", ""},
		{"en closing", en, "PRIYA MENON: That's all", ""},
		{"es intro", es, "Mi invitada de hoy", ""},
		{"es closing", es, "Gracias por escucharnos", ""},
		{"fr intro", fr, "Mon invité aujourd'hui", ""},
		{"fr closing", fr, "Merci de nous avoir", ""},
		{"fr statement", fr, "La Tunisie soutient", "Tunisia"},
		// Mirrors: the question and the guest's answer stay the guest's
		// country's.
		{"en question", en, "PRIYA MENON: India has offered", "Nepal"},
		{"es question", es, "Pregunta: ¿Qué espera", "Uruguay"},
	})
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"Daniel Okafor: Ambassador Batbold, thank you very much for joining us.", true},
		{"ANNA LEE: Welcome to the show. Today I'm talking to Samoa's ambassador.", true},
		{"Broadcast on Asia Policy Hour, 14 January 2026. Transcript lightly edited for clarity. Host: Daniel Okafor.", true},
		{"Asia Policy Hour is produced by the Pacific Rim Media Foundation. The views expressed by guests are their own.", true},
		// Mirrors: a statement thanking its audience at length, or naming
		// a guest in passing, is no host's line.
		{"Thank you for joining us today for the launch of the national strategy. " + strings.Repeat("Ghana believes that international law applies in cyberspace and that capacity building must be demand-driven. ", 2), false},
		{"Ghana welcomes the Working Group's report and supports the permanent mechanism.", false},
	} {
		if got := hostFraming(tt.p, phraseCues(tt.p)); got != tt.want {
			t.Errorf("hostFraming(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestModeratingLine: a spokesperson's or a moderator's line that runs the
// floor ("Le porte-parole : Question suivante, s'il vous plaît.",
// "Spokesperson: The Minister will now take a few questions.", "Il n'y a
// pas d'autres questions ? Je vous remercie.") names no country and is
// nobody's, not the briefing's country's (testdata/pages12's 991,
// pages13's 9b3).
func TestModeratingLine(t *testing.T) {
	fr := "Point de presse du porte-parole\n\n" +
		"La Tunisie accueillera en mai une réunion régionale sur la cybercriminalité.\n\n" +
		"Le porte-parole : Je prends maintenant vos questions.\n\n" +
		"Question (La Presse) : Où en est le projet de loi sur les données personnelles ?\n\n" +
		"Le porte-parole : Le projet a été transmis au Parlement. La Tunisie est partie à la Convention 108.\n\n" +
		"Le porte-parole : Question suivante, s'il vous plaît.\n"
	en := "Press briefing\n\n" +
		"Spokesperson: Good afternoon. Jordan will host a regional cyber drill in May.\n\n" +
		"Spokesperson: The Minister will now take a few questions. Please identify yourselves.\n\n" +
		"Spokesperson: On your questions about the drill, Jordan has invited all its neighbours.\n"
	es := "Conferencia de prensa\n\n" +
		"Portavoz: Honduras presentará su estrategia nacional la próxima semana.\n\n" +
		"Portavoz: Siguiente pregunta, por favor.\n"
	checkPageCases(t, []pageCase{
		{"fr taking questions", fr, "Le porte-parole : Je prends", ""},
		{"fr next question", fr, "Le porte-parole : Question suivante", ""},
		{"en few questions", en, "Spokesperson: The Minister will now", ""},
		{"es next question", es, "Portavoz: Siguiente pregunta", ""},
		// Mirrors: the briefing's announcements and answers stay the
		// country's, one that names the country while it speaks of the
		// questions too.
		{"fr announcement", fr, "La Tunisie accueillera", "Tunisia"},
		{"fr question", fr, "Question (La Presse)", "Tunisia"},
		{"en announcement", en, "Spokesperson: Good afternoon", "Jordan"},
		{"en names country", en, "Spokesperson: On your questions", "Jordan"},
		{"es announcement", es, "Portavoz: Honduras", "Honduras"},
	})
}

// TestExpertOpensIsNobodys: a news paragraph that opens with an outside
// expert as its source, by name and an expert's noun or by a named body
// ("Jane Phiri, a senior researcher at …, said", "Selon Aminata Diop,
// analyste …, le Mali n'a jamais été accusé", "Experts at the University
// of … said", "“…,” said John Banda of the Atlantic Council"), is nobody's:
// not the government before it, nor the country the expert speaks of.
func TestExpertOpensIsNobodys(t *testing.T) {
	en := "The Government of Zambia on Tuesday accused hackers operating from Malawi of attacking the national power utility.\n\n" +
		"Jane Phiri, a senior researcher at the Southern Africa Policy Institute, said public attribution in the region remained rare.\n\n" +
		"The Government of Zambia said it would present its evidence to SADC.\n\n" +
		"\"This is a test for the SADC mechanism,\" said John Banda of the Atlantic Council.\n\n" +
		"The Government of Zambia added that it had informed the African Union.\n\n" +
		"Experts at the University of Lusaka said the malware resembled tools sold on criminal forums.\n"
	fr := "Le Gouvernement sénégalais a accusé mardi des pirates opérant depuis le Mali d'avoir visé ses banques.\n\n" +
		"Selon Aminata Diop, analyste au centre de réflexion Afrikajom, le Mali n'a jamais été accusé de telles attaques.\n\n" +
		"Pour Paul Kaboré, chercheur à l'Institut d'études de sécurité, ces accusations restent difficiles à vérifier.\n"
	es := "El Gobierno de Honduras acusó a Nicaragua de atacar su sistema electoral.\n\n" +
		"Andrea Villalta, investigadora del Centro de Estudios sobre Seguridad Digital, explicó que las atribuciones públicas son raras.\n"
	mirror := "The Government of Zambia accused hackers operating from Malawi of attacking the power utility.\n\n" +
		"According to Malawi, the accusations are baseless.\n\n" +
		"Selon le Sénégal, les accusations sont fondées.\n\n" +
		"\"We have the evidence,\" said the Minister of Technology of Zambia.\n"
	checkPageCases(t, []pageCase{
		{"en researcher", en, "Jane Phiri", ""},
		{"en of a body", en, "\"This is a test", ""},
		{"en experts at", en, "Experts at the University", ""},
		{"fr selon", fr, "Selon Aminata Diop", ""},
		{"fr pour", fr, "Pour Paul Kaboré", ""},
		{"es investigadora", es, "Andrea Villalta", ""},
		{"es title", "El Gobierno de Honduras acusó a Nicaragua.\n\nLa analista Andrea Villalta, del Centro de Estudios, considera que las pruebas son insuficientes.\n\nEl académico costarricense Luis Mora opinó que Nicaragua no tiene capacidad.\n", "La analista", ""},
		{"es title demonym", "El Gobierno de Honduras acusó a Nicaragua.\n\nEl académico costarricense Luis Mora opinó que Nicaragua no tiene capacidad.\n", "El académico", ""},
		{"en title", "The Government of Zambia accused Malawi.\n\nAnalyst Jane Doe of the Policy Institute said the evidence was thin.\n\nProfessor Grace Banda of the University of Malawi said the claims were political.\n", "Professor Grace Banda", ""},
		{"en works at", "The Government of Zambia accused Malawi.\n\nDr. Peter Mwale, who directs the cyber programme at the Lusaka Policy Centre, said Malawi lacked the capability.\n", "Dr. Peter Mwale", ""},
		// Mirrors: a government after the expert, a country fronted as
		// the source, a minister's quotation keep their holders.
		{"en government after", en, "The Government of Zambia said", "Zambia"},
		{"en according to a country", mirror, "According to Malawi", "Malawi"},
		{"fr selon a country", mirror, "Selon le Sénégal", "Senegal"},
		{"en minister quoted", mirror, "\"We have the evidence", "Zambia"},
		{"en state official", "The Government of Zambia accused Malawi.\n\nMinister Felix Mutati, who leads the Ministry of Technology, said Zambia had evidence.\n", "Minister Felix Mutati", "Zambia"},
	})
}

// TestInstitutionPair: a joint release whose first sentence has the
// institutions of two or more States as its subject ("The Governments of
// Laos and Cambodia agreed", "On 15–16 April 2026, the Ministries of
// Foreign Affairs of the Kyrgyz Republic and the Republic of Tajikistan
// held", "Les ministères des Affaires étrangères du Bénin et du Togo ont
// tenu") is held by each State, and the release's "Both sides …" and "The
// sides agreed …" after it by both (testdata/pages13's 9ba). A possessive
// set off by commas after a State only describes it ("The Government of
// Laos, Cambodia's partner in the project, agreed"): the State holds it,
// not the partner (see describesEarlier).
func TestInstitutionPair(t *testing.T) {
	en := "Joint Press Release\n\n" +
		"On 15–16 April 2026, the Ministries of Foreign Affairs of the Kyrgyz Republic and the Republic of Tajikistan held consultations in Bishkek.\n\n" +
		"Both sides noted the constructive atmosphere of the consultations.\n\n" +
		"The Kyrgyz side informed about its new Law on Cybersecurity.\n\n" +
		"The sides agreed to hold the next round in Dushanbe.\n"
	gov := "Joint Press Release\n\nThe Governments of Laos and Cambodia agreed to strengthen cooperation on cybersecurity.\n"
	fr := "Communiqué conjoint\n\n" +
		"Les ministères des Affaires étrangères du Bénin et du Togo ont tenu leurs consultations à Cotonou.\n\n" +
		"Les deux parties ont réaffirmé leur attachement au droit international.\n"
	es := "Comunicado conjunto\n\nLos Gobiernos de Panamá y Costa Rica acordaron reforzar su cooperación.\n\nLas Partes acordaron reunirse de nuevo en 2027.\n"
	mirror := "Summary\n\n" +
		"The Government of Laos, Cambodia's partner in the project, agreed to host the meeting.\n\n" +
		"The Ministers of Ghana stressed the role of capacity building, as Nigeria had done.\n\n" +
		"The representatives of Chile said that Peru and Bolivia should join.\n"
	checkPageCases(t, []pageCase{
		{"en fronted date", en, "On 15–16 April", "Kyrgyzstan;Tajikistan"},
		{"en both sides", en, "Both sides noted", "Kyrgyzstan;Tajikistan"},
		{"en one side", en, "The Kyrgyz side", "Kyrgyzstan"},
		{"en the sides", en, "The sides agreed", "Kyrgyzstan;Tajikistan"},
		{"en governments", gov, "The Governments of Laos", "Cambodia;Laos"},
		{"fr ministères", fr, "Les ministères", "Benin;Togo"},
		{"fr deux parties", fr, "Les deux parties", "Benin;Togo"},
		{"es gobiernos", es, "Los Gobiernos de Panamá", "Costa Rica;Panama"},
		{"es las partes", es, "Las Partes acordaron", "Costa Rica;Panama"},
		// Mirrors: one State's institution, or States named after the
		// verb, are no pair.
		{"one state apposition", mirror, "The Government of Laos", "Laos"},
		{"possessive apposition", "Summary\n\nFiji, Tonga's neighbour to the west, said that cables must be protected.\n", "Fiji, Tonga's", "Fiji"},
		{"possessive subject", "Summary\n\nTonga's minister, speaking after Fiji, said that cables must be protected.\n", "Tonga's minister", "Tonga"},
		{"one state plural", mirror, "The Ministers of Ghana", "Ghana"},
		{"named after verb", mirror, "The representatives of Chile", "Chile"},
	})
}

// TestOtherSideSpokesperson: a news story turning to the other side ("In
// Tripoli, a spokesperson for the Government of National Unity said the
// evidence would be shared with Tunisian authorities.") is not the first
// country's: a demonym's authorities after a preposition are an object,
// not the subject; the place fronted before a speaker who names no country
// leaves the speaker no country's; and "The spokesperson added" or "She
// added" after such a speaker goes on with that speaker, not the block
// before it.
func TestOtherSideSpokesperson(t *testing.T) {
	news := "TUNIS, 5 May 2026 — Tunisia on Monday denied that hackers operating from its territory had attacked Libyan banks.\n\n" +
		"In Tripoli, a spokesperson for the Government of National Unity said the evidence would be shared with Tunisian authorities.\n\n" +
		"The spokesperson added that the attacks had disrupted salary payments for three days.\n"
	ngo := "The representative of Ghana said that capacity building must be demand-driven.\n\n" +
		"A representative of Microsoft said that the private sector shares threat information daily.\n\n" +
		"She added that companies should be consulted on the mechanism.\n"
	mirror := "The representative of Ghana said that capacity building must be demand-driven.\n\n" +
		"She added that Ghana would host a regional workshop.\n\n" +
		"The Togolese minister said the attacks had been coordinated with Beninese authorities.\n"
	checkPageCases(t, []pageCase{
		{"object demonym", news, "In Tripoli", ""},
		{"spokesperson goes on", news, "The spokesperson added", ""},
		{"company's speaker goes on", ngo, "She added that companies", ""},
		// Mirrors: a State's speaker goes on; a demonym's minister as the
		// subject holds it, whatever authorities it names as an object.
		{"state goes on", mirror, "She added that Ghana", "Ghana"},
		{"demonym subject", mirror, "The Togolese minister", "Togo"},
		{"first", news, "TUNIS", "Tunisia"},
	})
}

// TestNonStateNamed: a paragraph whose subject is an international
// organisation, one of its officials or a civil-society group, naming no
// country before its verb ("Human Rights Watch said Kenya's new law …",
// "Access Now urged Uganda …", "Stéphane Dujarric, spokesperson for the
// Secretary-General, said", "Amnesty International a appelé le Mali …",
// "El relator especial de la ONU … pidió a Nicaragua …", "Selon Reporters
// sans frontières, le Burkina Faso a suspendu …") is nobody's: not the
// State before it, nor the State it calls on or speaks of.
func TestNonStateNamed(t *testing.T) {
	en := "The representative of Kenya said that the mechanism must be inclusive.\n\n" +
		"Stéphane Dujarric, spokesperson for the Secretary-General, said the United Nations was monitoring the situation in Kenya.\n\n" +
		"The UN High Commissioner for Human Rights called on Kenya to lift the internet shutdown.\n\n" +
		"Human Rights Watch said Kenya's new cybercrime law violated freedom of expression.\n\n" +
		"Access Now urged Uganda to restore connectivity before the election.\n"
	fr := "Le Mali a annoncé la création d'une agence nationale de cybersécurité.\n\n" +
		"Le porte-parole du Secrétaire général a déclaré que l'ONU suivait la situation au Mali.\n\n" +
		"Amnesty International a appelé le Mali à lever les restrictions d'accès à Internet.\n\n" +
		"Selon Reporters sans frontières, le Burkina Faso a suspendu plusieurs médias en ligne.\n"
	es := "El Gobierno de Guatemala presentó su estrategia nacional.\n\n" +
		"La organización Derechos Digitales advirtió que la ley de ciberdelitos de El Salvador amenaza la libertad de expresión.\n\n" +
		"El relator especial de la ONU sobre libertad de expresión pidió a Nicaragua que derogue la ley.\n"
	mirror := "Cambodia\n\n" +
		"- Adopted a Cybercrime Law in 2025 that civil society groups have criticised.\n" +
		"- Has asked for capacity-building focused on law enforcement.\n\n" +
		"The Minister of Human Rights of Pakistan said the law protects citizens.\n"
	checkPageCases(t, []pageCase{
		{"en sg spokesperson", en, "Stéphane Dujarric", ""},
		{"en high commissioner", en, "The UN High Commissioner", ""},
		{"en hrw", en, "Human Rights Watch", ""},
		{"en access now", en, "Access Now", ""},
		{"fr sg spokesperson", fr, "Le porte-parole du Secrétaire", ""},
		{"fr amnesty", fr, "Amnesty International", ""},
		{"fr selon rsf", fr, "Selon Reporters", ""},
		{"es organización", es, "La organización Derechos", ""},
		{"es relator", es, "El relator especial", ""},
		// Mirrors: a State's delegate, a bullet under a State's heading
		// naming civil society inside it, a State's human rights ministry.
		{"en state", en, "The representative of Kenya", "Kenya"},
		{"bullet", mirror, "Adopted a Cybercrime Law", "Cambodia"},
		{"bullet after", mirror, "Has asked for", "Cambodia"},
		{"state ministry", mirror, "The Minister of Human Rights of Pakistan", "Pakistan"},
		{"fronted place", "Ghana's Cyber Security Strategy\n\nGhana has adopted a new strategy.\n\nAt the United Nations, the country supports a permanent mechanism.\n", "At the United Nations", "Ghana"},
	})
}
