package corpus

import "testing"

// TestSpeakingBodyOnAuthorsPage: on a ministry's page, another country's
// delegation or commander named by a demonym or through its centre and
// followed by a verb of saying ("The Mauritian delegation, led by the
// Officer-in-Charge of CERT-MU, stated …", "El comandante del Centro de
// Ciberdefensa de Portugal … afirmó …", "La délégation tchadienne, conduite
// par …, a déclaré …") is that country's, in English, Spanish and French;
// a delegation described without a verb of saying ("The Peruvian
// delegation was headed by …") and the author's own delegation stay the
// page's.
func TestSpeakingBodyOnAuthorsPage(t *testing.T) {
	const lead = "Seychelles and Mauritius step up cooperation\nDepartment of Information Communications Technology – Republic of Seychelles\n\nVictoria, 2 December 2026\n\nThe Department hosted a technical meeting of the two incident response teams.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"The Mauritian delegation, led by the Officer-in-Charge of CERT-MU, stated that Mauritius is ready to share its laboratory with Seychelles.", "Mauritius"},
		{"The Kenyan delegation, headed by the Principal Secretary, said that Kenya will host the next drill.", "Kenya"},
		{"The Malagasy commander of the cyber unit explained that Madagascar had trained forty analysts.", "Madagascar"},
		{"El comandante del Centro de Ciberdefensa de Portugal, que encabezó la delegación portuguesa, afirmó que su país quiere un encuentro anual.", "Portugal"},
		{"La delegación peruana, encabezada por el viceministro, señaló que el Perú organizará el próximo ejercicio.", "Peru"},
		{"La délégation tchadienne, conduite par le ministre, a déclaré que le Tchad accueillera le prochain exercice.", "Chad"},
		// mirrors: no verb of saying; the author's own delegation
		{"The Seychelles delegation was headed by the Principal Secretary for ICT.", "Seychelles"},
		{"The Principal Secretary for ICT said that Seychelles will make incident reporting mandatory.", "Seychelles"},
	})
}

// TestSpokespersonESFR: a Spanish or French foreign minister or deputy
// minister named with the country ("El canciller del Ecuador, en nombre de
// la Presidencia Pro Tempore de la CAN, señaló …", "La viceministra de
// Relaciones Exteriores de Guatemala … recordó …") is reported as a
// spokesperson is: on a page its title makes two groups' joint text, the
// official's own country holds the paragraph, not the groups' members.
func TestSpokespersonESFR(t *testing.T) {
	const lead = "Comunicado conjunto de la Reunión SICA – MERCOSUR sobre Ciberseguridad\n\nQuito, 21 de octubre de 2026\n\nLas delegaciones acordaron crear una red de intercambio de información.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"El canciller del Ecuador, en nombre de la Presidencia Pro Tempore de la CAN, señaló que el Ecuador propone un protocolo andino.", "Ecuador"},
		{"El canciller del Ecuador señaló que el Ecuador propone un protocolo andino.", "Ecuador"},
		{"La viceministra de Relaciones Exteriores de Guatemala, que ejerce la Presidencia Pro Tempore del SICA, recordó que Centroamérica sufrió ataques.", "Guatemala"},
		{"El vicecanciller de Colombia afirmó que Colombia apoyará la red.", "Colombia"},
		{"Le vice-ministre du Paraguay a déclaré que le Paraguay accueillera un centre de formation.", "Paraguay"},
		{"The Foreign Minister of Viet Nam said that Viet Nam proposes a regional protocol.", "Vietnam"},
	})
}

// TestObserversAndInvitedSilent: States that only attended as observers
// and did not speak ("Marruecos y Francia asistieron como observadores y
// no intervinieron", "Madagascar and Comoros were invited but did not
// attend", "Le Maroc et la France ont été invités mais n'ont pas pris la
// parole", "… enviaron delegaciones técnicas que no intervinieron") hold
// nothing; an observer that went on to say something holds
// it.
func TestObserversAndInvitedSilent(t *testing.T) {
	const lead = "España y Portugal celebraron su ejercicio conjunto de ciberdefensa en Madrid.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"Marruecos y Francia asistieron como observadores y no intervinieron en las sesiones.", ""},
		{"Italia participó como observadora y no tomó la palabra.", ""},
		{"Madagascar and Comoros were invited but did not attend.", ""},
		{"Morocco and France attended as observers and did not take the floor.", ""},
		{"Le Maroc et la France ont été invités mais n'ont pas pris la parole.", ""},
		{"Bolivia, Colombia y el Perú, miembros de la CAN, enviaron delegaciones técnicas que no intervinieron en la sesión de clausura.", ""},
		{"Bolivia and Colombia sent technical delegations that did not take the floor.", ""},
		{"La Bolivie et la Colombie ont envoyé des délégations techniques qui n'ont pas pris la parole.", ""},
		// mirrors: an observer that spoke
		{"Marruecos asistió como observador y pidió sumarse al próximo ejercicio.", "Morocco"},
		{"Morocco attended as an observer and called for a regional drill.", "Morocco"},
	})
}

// TestRoundTableRoleLabels: a round table's transcript labels each turn
// with the panellist's office and country ("DIRECTOR (Bolivia): …",
// "SECRETARIO GENERAL (Guinea Ecuatorial): …", "MINISTRE (Tchad) : …",
// "PERMANENT SECRETARY (Kenya): …"): even a short answer is that
// country's, never the panellist's before; the moderator's label is
// nobody's, but for a question, shown with the answer after it (an
// interviewer's convention), in Spanish and French as in English.
func TestRoundTableRoleLabels(t *testing.T) {
	tests := []struct {
		page string
		want []held
	}{
		{"VICEMINISTRA (Paraguay): El Paraguay aprobó en 2025 su Ley de Ciberseguridad.\n\n" +
			"DIRECTOR (Bolivia): Un acuerdo andino contra las estafas en línea.\n\n" +
			"SECRETARIO GENERAL (Guinea Ecuatorial): Un segundo cable submarino.\n",
			[]held{{"Paraguay", "VICEMINISTRA"}, {"Bolivia", "DIRECTOR"}, {"Equatorial Guinea", "SECRETARIO GENERAL"}}},
		{"MINISTRE (Sénégal) : Le Sénégal a adopté sa stratégie nationale en 2018.\n\n" +
			"MINISTRE (Tchad) : Un centre régional à N'Djamena.\n",
			[]held{{"Senegal", "MINISTRE (Sénégal)"}, {"Chad", "MINISTRE (Tchad)"}}},
		{"PERMANENT SECRETARY (Kenya): Kenya passed its cybercrime law in 2018.\n\n" +
			"AMBASSADOR (Ghana): A regional fund for small states.\n",
			[]held{{"Kenya", "PERMANENT SECRETARY"}, {"Ghana", "AMBASSADOR"}}},
		// a moderator's question is shown with the answer after it, in
		// Spanish and French as in English
		{"MODERADORA: Director, ¿eso la protege más?\n\n" +
			"DIRECTOR (Bolivia): Nos da control sobre el código, pero no basta.\n",
			[]held{{"Bolivia", "MODERADORA: Director"}}},
		{"MODÉRATRICE : Et le Tchad, quelle est votre priorité ?\n\n" +
			"MINISTRE (Tchad) : Un centre régional de formation à N'Djamena.\n",
			[]held{{"Chad", "MODÉRATRICE"}}},
		{"MODERATOR: And do you see a role for the African Union?\n\n" +
			"PERMANENT SECRETARY (Kenya): Yes, a coordinating one.\n",
			[]held{{"Kenya", "MODERATOR: And"}}},
		// mirror: the moderator's label, whatever its bracket
		{"PERMANENT SECRETARY (Kenya): Kenya passed its cybercrime law in 2018.\n\n" +
			"MODERATOR (Ghana): Thank you all for a lively discussion this afternoon.\n",
			[]held{{"Kenya", "PERMANENT SECRETARY"}}},
	}
	for _, tt := range tests {
		t.Run(tt.want[len(tt.want)-1].prefix, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}

// TestRegionalOrganisationOfficial: an official of the African Union or
// the OAS's Secretary General who reacts after the countries' paragraphs ("Le commissaire de
// l'UA chargé des infrastructures a salué la proposition", "El comisionado
// de la Unión Africana …", "The AU Commissioner for Infrastructure …") is
// nobody's, never the country before's; a State's envoy to the body is
// the State's.
func TestRegionalOrganisationOfficial(t *testing.T) {
	const lead = "Addis-Abeba, 14 novembre 2026 – Le Tchad, le Burundi et Djibouti ont plaidé pour un fonds africain de cybersécurité.\n\nDjibouti a pour sa part demandé que le fonds finance la surveillance des câbles.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"Le commissaire de l'UA chargé des infrastructures et de l'énergie a salué la proposition, sans s'engager sur un calendrier.", ""},
		{"El comisionado de la Unión Africana para Infraestructura saludó la propuesta sin fijar un calendario.", ""},
		{"The AU Commissioner for Infrastructure and Energy welcomed the proposal without committing to a timetable.", ""},
		{"El Secretario General de la OEA saludó la propuesta.", ""},
		// mirror: a State's envoy to the body
		{"L'ambassadeur du Burundi auprès de l'UA a déclaré que le Burundi soutiendra le fonds.", "Burundi"},
	})
}

// TestHonourBehalfInOwnSpeech: a speaker whose speech names its own
// country among those it speaks for ("Tengo el honor de hacer uso de la
// palabra en nombre de Costa Rica, …, Panamá y mi propio país, la
// República Dominicana", "J'ai l'honneur de prendre la parole au nom des
// A3+, à savoir l'Algérie, le Mozambique, …", "I have the honour to speak
// on behalf of …") delivers their joint words: each holds the paragraphs
// until the speaker goes on in its national capacity ("a título
// nacional", "à titre national"), which are its own; a list without the
// speech's author stays the author's.
func TestHonourBehalfInOwnSpeech(t *testing.T) {
	tests := []struct {
		page string
		want []held
	}{
		{"Intervención de la República Dominicana\n\nTengo el honor de hacer uso de la palabra en nombre de Costa Rica, Panamá y mi propio país, la República Dominicana.\n\n" +
			"Nuestros países proponen un grupo temático sobre el fomento de capacidades.\n\n" +
			"Permítame ahora añadir algunas observaciones a título nacional.\n\n" +
			"La República Dominicana creó en 2024 su Centro Nacional de Ciberseguridad.\n",
			[]held{{"Costa Rica", "Tengo el honor"}, {"Panama", "Tengo el honor"}, {"Dominican Republic", "Tengo el honor"},
				{"Costa Rica", "Nuestros países"}, {"Panama", "Nuestros países"}, {"Dominican Republic", "Nuestros países"},
				{"Dominican Republic", "La República Dominicana creó"}}},
		{"Intervention de l'Algérie\n\nJ'ai l'honneur de prendre la parole au nom des A3+, à savoir l'Algérie, le Mozambique et la Sierra Leone.\n\n" +
			"Nous appelons les États à soutenir le renforcement des capacités.\n\n" +
			"Je voudrais à présent ajouter quelques remarques à titre national.\n\n" +
			"L'Algérie rejette toute militarisation du cyberespace.\n",
			[]held{{"Algeria", "J'ai l'honneur"}, {"Mozambique", "J'ai l'honneur"}, {"Sierra Leone", "J'ai l'honneur"},
				{"Algeria", "Nous appelons"}, {"Mozambique", "Nous appelons"}, {"Sierra Leone", "Nous appelons"},
				{"Algeria", "L'Algérie rejette"}}},
		{"Statement by Fiji\n\nI have the honour to speak on behalf of Samoa, Tonga and my own country, Fiji.\n\n" +
			"In my national capacity, let me add a few remarks.\n\n" +
			"Fiji will host a regional workshop in 2027.\n",
			[]held{{"Samoa", "I have the honour"}, {"Tonga", "I have the honour"}, {"Fiji", "I have the honour"},
				{"Fiji", "Fiji will host"}}},
		// mirror: a list without the speech's author is the author's
		{"Intervención de la República Dominicana\n\nTengo el honor de hacer uso de la palabra en nombre de Costa Rica y Panamá.\n\n" +
			"La República Dominicana creó en 2024 su Centro Nacional de Ciberseguridad.\n",
			[]held{{"Dominican Republic", "Tengo el honor"}, {"Dominican Republic", "La República Dominicana creó"}}},
	}
	for _, tt := range tests {
		t.Run(tt.want[0].prefix, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}

// TestQuoteLongVerbFirstClause: a quotation whose reporting clause opens
// with its verb and runs long ("« … », a déclaré le ministre tchadien des
// Télécommunications et de l'Économie numérique devant ses homologues",
// "”, said the Chadian Minister of Telecommunications and the Digital
// Economy before his counterparts in Addis Ababa", "», dijo el ministro
// chadiano de Telecomunicaciones y Economía Digital ante sus homólogos")
// is the speaker's country's, not the block before's; a country far in
// the clause's tail names no speaker.
func TestQuoteLongVerbFirstClause(t *testing.T) {
	const lead = "Addis-Abeba, 14 novembre 2026 – Le Burundi a plaidé pour un fonds africain de cybersécurité.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"« Nos administrations ont été paralysées trois fois en deux ans, et nous ne pouvons pas attendre », a déclaré le ministre tchadien des Télécommunications et de l'Économie numérique devant ses homologues.", "Chad"},
		{"“Our administrations were paralysed three times in two years, and we cannot wait,” said the Chadian Minister of Telecommunications and the Digital Economy before his counterparts in Addis Ababa.", "Chad"},
		{"«Nuestras administraciones quedaron paralizadas tres veces en dos años, y no podemos esperar», dijo el ministro chadiano de Telecomunicaciones y Economía Digital ante sus homólogos en Adís Abeba.", "Chad"},
		// mirror: the country only far in the clause's tail
		{"« Nous ne pouvons pas attendre plus longtemps, et nous le disons clairement », a déclaré le ministre devant ses homologues réunis pour la deuxième journée de la réunion consacrée au Tchad.", "Burundi"},
	})
}

// TestPortfolioThenDemonym: a Spanish or French official whose demonym
// comes after the portfolio's name ("La ministra de Defensa española
// señaló", "El ministro de Relaciones Exteriores chileno afirmó", "Le
// ministre de la Défense belge a déclaré") is that country's, not the
// country before's, as "The Defence Minister of Spain said" is; a
// portfolio with no demonym after it goes on with the block.
func TestPortfolioThenDemonym(t *testing.T) {
	const lead = "Addis-Abeba, 14 novembre 2026 – Le Burundi a plaidé pour un fonds africain de cybersécurité.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"La ministra de Defensa española señaló que el ejercicio refuerza la OTAN.", "Spain"},
		{"El ministro de Relaciones Exteriores chileno afirmó que el ejercicio refuerza la región.", "Chile"},
		{"Le ministre de la Défense belge a déclaré que l'exercice renforce l'OTAN.", "Belgium"},
		{"La ministre des Affaires étrangères tunisienne a rappelé que la Tunisie a ratifié la Convention.", "Tunisia"},
		{"The Defence Minister of Spain said the exercise strengthens NATO.", "Spain"},
		// mirror: no demonym after the portfolio
		{"Le ministre de la Défense a déclaré que l'exercice renforce l'OTAN.", "Burundi"},
	})
}
