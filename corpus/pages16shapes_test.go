package corpus

import "testing"

// TestFAQSameApproachQuestion: an FAQ's question asking whether other
// States take the same approach as the page's ("L'Autriche et le
// Liechtenstein ont-ils adopté la même approche ?", a French question by
// inversion with no interrogative word) is the page's, with its answer;
// it was held, with the answer, by the States it names (testdata/pages16's
// 9eb).
func TestFAQSameApproachQuestion(t *testing.T) {
	fr := "Questions fréquentes sur la cyberdiplomatie du Luxembourg\n\n" +
		"Quelle est la position du Luxembourg sur le droit international ?\n\n" +
		"Le Luxembourg considère que le droit international existant s'applique au cyberespace.\n\n" +
		"Le Luxembourg soutient-il un nouveau traité ?\n\n" +
		"Non. Le Luxembourg estime que la priorité doit être donnée au cadre existant.\n\n" +
		"La Belgique et les Pays-Bas ont-ils adopté la même approche ?\n\n" +
		"Chaque État définit sa propre position ; le ministère ne commente pas les positions d'autres États.\n"
	en := "Frequently asked questions: Iceland and cyberspace\n\n" +
		"What is Iceland's position on international law in cyberspace?\n\n" +
		"Iceland considers that existing international law applies.\n\n" +
		"Have Norway and Denmark taken the same approach?\n\n" +
		"Each State sets its own position; the Ministry does not comment on other States' positions.\n"
	es := "Preguntas frecuentes: Costa Rica y el ciberespacio\n\n" +
		"¿Cuál es la posición de Costa Rica sobre el derecho internacional?\n\n" +
		"Costa Rica considera que el derecho internacional vigente se aplica.\n\n" +
		"Panamá y Honduras, ¿comparten la misma postura?\n\n" +
		"Cada Estado define su propia posición.\n"
	// Mirrors: a tracker's question about another country, with no
	// comparison, still heads that country's answer; a French paragraph
	// with a hyphenated word that is no inversion ("peut-être") and no
	// question mark is read as before, the speaker's paraphrase.
	tracker := "Where do States stand?\n\n" +
		"Ghana has not publicly attributed any cyber operation.\n\n" +
		"What has Uganda said about data localisation?\n\n" +
		"Its minister has argued that citizens' data must be stored in the country.\n"
	plain := "Déclaration du Luxembourg\n\n" +
		"Le Luxembourg soutient le programme d'action.\n\n" +
		"La Belgique a peut-être une autre approche, mais elle partage nos objectifs.\n"
	checkPageCases(t, []pageCase{
		{"fr inversion question", fr, "Le Luxembourg soutient-il", "Luxembourg"},
		{"fr inversion answer joined", fr, "Non. Le Luxembourg estime", ""},
		{"fr same approach", fr, "La Belgique et les Pays-Bas", "Luxembourg"},
		{"fr same approach answer joined", fr, "Chaque État définit", ""},
		{"en same approach", en, "Have Norway and Denmark", "Iceland"},
		{"en answer joined", en, "Each State sets", ""},
		{"es misma postura", es, "Panamá y Honduras", "Costa Rica"},
		{"es answer joined", es, "Cada Estado define", ""},
		{"tracker question", tracker, "What has Uganda said", "Uganda"},
		{"tracker answer", tracker, "Its minister", "Uganda"},
		{"no inversion", plain, "La Belgique a peut-être", "Luxembourg"},
	})
}

// TestWitnessLabelOrganisation: a committee report's witness label with no
// article, speaking for an organisation ("Representante de la Fundación
// Libertad Digital: advirtió …"), is no country's; it went on with the
// foreign ambassador heard before it (pages16's 9e6). A government
// witness in the same form, and the ambassador's second paragraph, are
// read as before.
func TestWitnessLabelOrganisation(t *testing.T) {
	es := "ASAMBLEA NACIONAL DE LA REPÚBLICA DEL ECUADOR\n\n" +
		"Informe para primer debate del proyecto de ley\n\n" +
		"Viceministro de Relaciones Exteriores, señor Esteban Andrade: explicó que la ley permitirá al Ecuador adherirse al Convenio de Budapest.\n\n" +
		"Embajadora de la República de Colombia en Quito, señora Laura Restrepo: señaló que Colombia está dispuesta a ofrecer cursos de formación.\n\n" +
		"Añadió que, a juicio de su Gobierno, la cooperación debe basarse en un acuerdo bilateral.\n\n" +
		"Representante de la Fundación Libertad Digital: advirtió que el artículo 18 podría permitir la interceptación de comunicaciones.\n"
	en := "REPUBLIC OF NAMIBIA\n\nNATIONAL ASSEMBLY\n\n" +
		"The Ambassador of the Czech Republic explained that the Czech Republic's agency reports to the Prime Minister.\n\n" +
		"Representative of the Digital Rights Foundation: warned that clause 21 lacks judicial oversight.\n"
	// The foreign witness in the label's form: its country's, and its
	// next paragraph too; the government witness after it is a new
	// speaker, never the foreign witness's country.
	label := "REPUBLIC OF NAMIBIA\n\nNATIONAL ASSEMBLY\n\n" +
		"Ambassador of the Czech Republic in Windhoek, Ms Jana Novák: explained that the Czech agency reports to the Prime Minister.\n\n" +
		"She added that an independent regulator is trusted by companies.\n\n" +
		"Minister of Information, Hon. Peya Mushelenga: said that the Government will ratify the Convention next year.\n"
	checkPageCases(t, []pageCase{
		{"en label foreign witness", label, "Ambassador of the Czech Republic", "Czechia"},
		{"en label goes on", label, "She added", "Czechia"},
		{"en next witness", label, "Minister of Information", ""},
		{"es government witness", es, "Viceministro de Relaciones", "Ecuador"},
		{"es foreign witness", es, "Embajadora de la República de Colombia", "Colombia"},
		{"es foreign witness goes on", es, "Añadió que", "Colombia"},
		{"es foundation", es, "Representante de la Fundación", ""},
		{"en foreign witness", en, "The Ambassador of the Czech Republic", "Czechia"},
		{"en foundation", en, "Representative of the Digital Rights", ""},
	})
}

// TestBodyFutureIsNobodys: a court's or a committee's closing line in the
// French or Spanish future ("La Cour rendra son avis …", "La Comisión
// presentará su informe …") is the body's own, as "will" is in English;
// it went on with the last State whose submission was summarised (pages16's
// 9e2). A State's future, and a body whose verb does not follow at once,
// are read as before.
func TestBodyFutureIsNobodys(t *testing.T) {
	fr := "Résumé des exposés écrits\n\n" +
		"Le Ghana, pour sa part, fait valoir qu'une coupure ne peut être envisagée qu'en dernier recours.\n\n" +
		"La Cour rendra son avis lors d'une audience publique.\n"
	es := "Resumen de las comparecencias\n\n" +
		"El Perú señaló que apoya un programa regional de capacitación.\n\n" +
		"La Comisión presentará su informe al Pleno la próxima semana.\n"
	state := "Résumé des exposés écrits\n\n" +
		"Le Ghana, pour sa part, fait valoir qu'une coupure ne peut être envisagée qu'en dernier recours.\n\n" +
		"Le Ghana présentera une contribution complémentaire en juin.\n"
	body := "Résumé des exposés écrits\n\n" +
		"Le Ghana, pour sa part, fait valoir qu'une coupure ne peut être envisagée qu'en dernier recours.\n\n" +
		"La Commission nationale ghanéenne des droits de l'homme publiera un rapport.\n"
	checkPageCases(t, []pageCase{
		{"fr court future", fr, "La Cour rendra", ""},
		{"fr state before", fr, "Le Ghana, pour sa part", "Ghana"},
		{"es commission future", es, "La Comisión presentará", ""},
		{"es state before", es, "El Perú señaló", "Peru"},
		{"fr state future", state, "Le Ghana présentera", "Ghana"},
		{"fr national body", body, "La Commission nationale ghanéenne", "Ghana"},
	})
}

// TestFootnotedReservation: a joint statement whose parties its heading
// names marks a paragraph with an asterisk, and a footnote records one
// party's reservation on it ("* Samoa joins this statement with the
// exception of the preceding paragraph"): the reserving party does not
// hold that paragraph, the others do, and every party holds the rest
// (pages16's 9e4).
func TestFootnotedReservation(t *testing.T) {
	en := "Joint Statement of the Ministers of Kiribati, Tonga and Fiji on Cable Security\n\n" +
		"We recognise that our economies depend on a small number of submarine cables.\n\n" +
		"We call on all States to refrain from any activity that could damage submarine cables in our waters, and we consider that deliberate damage to such cables would be a violation of our sovereignty.*\n\n" +
		"We invite our partners to finance repair capacity in the region.\n\n" +
		"* Tonga joins this statement with the exception of the preceding paragraph, on which it reserves its position.\n"
	fr := "Déclaration conjointe du Bénin, du Togo et du Niger sur la cybersécurité\n\n" +
		"Nous reconnaissons que nos économies dépendent des réseaux numériques.\n\n" +
		"Nous appelons tous les États à s'abstenir de toute activité qui pourrait endommager les câbles sous-marins, et nous appelons à la négociation d'un traité juridiquement contraignant.*\n\n" +
		"Nous invitons nos partenaires à soutenir nos équipes nationales.\n\n" +
		"* Le Togo s'associe à la présente déclaration, à l'exception du paragraphe précédent.\n"
	// Mirrors: a note on the paragraph before that reserves nothing keeps
	// every party on it; a footnote whose marked paragraph is not found
	// withdraws nothing from the paragraph before it. (A short paragraph
	// ending on an asterisk may be dropped before attribution: missing,
	// safe; these paragraphs are long enough to be kept.)
	note := "Joint Statement of the Ministers of Kiribati, Tonga and Fiji on Cable Security\n\n" +
		"We invite our partners to finance repair capacity in the region.\n\n" +
		"We recognise that our economies and public services depend almost entirely on a small number of submarine cables, and that the loss of one cable can isolate a nation.*\n\n" +
		"* Tonga recalls that the preceding paragraph restates its national strategy.\n"
	unmarked := "Joint Statement of the Ministers of Kiribati, Tonga and Fiji on Cable Security\n\n" +
		"We recognise that our economies depend on a small number of submarine cables.\n\n" +
		"We invite our partners to finance repair capacity in the region.\n\n" +
		"* Tonga joins this statement with the exception of the preceding paragraph.\n"
	checkPageCases(t, []pageCase{
		{"unmarked footnote", unmarked, "We invite", "Fiji;Kiribati;Tonga"},
		{"en reserved paragraph", en, "We call on all States", "Fiji;Kiribati"},
		{"en other paragraph before", en, "We recognise", "Fiji;Kiribati;Tonga"},
		{"en other paragraph after", en, "We invite", "Fiji;Kiribati;Tonga"},
		{"en reservation", en, "Tonga joins", "Tonga"},
		{"fr reserved paragraph", fr, "Nous appelons", "Benin;Niger"},
		{"fr other paragraph", fr, "Nous invitons", "Benin;Niger;Togo"},
		{"note keeps all", note, "We recognise", "Fiji;Kiribati;Tonga"},
	})
}

// TestSocialHeaderAlone: a social post's header on a line of its own
// ("Cancillería Argentina @CancilleriaARG · 3 mar.", the date's full stop
// ending the line) and a quoted post's marker ("Citar") are no statement;
// the thread's posts after them are read as before, the account's
// country going on to a post that names another only in passing
// (pages16's 9e1).
func TestSocialHeaderAlone(t *testing.T) {
	es := "Hilo de @CancilleriaARG en X\n\n" +
		"Cancillería Argentina @CancilleriaARG · 3 mar.\n" +
		"1/3 Hoy la Argentina presentó su posición nacional sobre el derecho internacional.\n\n" +
		"Cancillería Argentina @CancilleriaARG · 3 mar.\n" +
		"2/3 Coincidimos con Uruguay en la necesidad de un programa regional de capacidades.\n\n" +
		"Citar\n" +
		"Cancillería Chile @Minrel_Chile · 3 mar.\n" +
		"Chile valora la presentación argentina.\n"
	fr := "Fil de @FranceDiplo\n\n" +
		"France Diplomatie @francediplo · 4 mars 2026\n\n" +
		"La France a présenté sa position sur le droit international.\n\n" +
		"Citer\n\n" +
		"Affaires mondiales Canada @AffairesMondiales · 4 mars 2026\n\n" +
		"Le Canada salue la position française.\n"
	// Mirror: a sentence with a handle and a middle dot is a statement.
	mention := "Statement by Fiji\n\n" +
		"Fiji thanks @PIFSec for its support to the regional cyber security framework · the Secretariat's work is essential.\n"
	checkPageCases(t, []pageCase{
		{"es header", es, "Cancillería Argentina @CancilleriaARG", ""},
		{"es first post", es, "1/3 Hoy la Argentina", "Argentina"},
		{"es post naming another", es, "2/3 Coincidimos con Uruguay", "Argentina"},
		{"es quote marker", es, "Citar", ""},
		{"es quoted post", es, "Chile valora", "Chile"},
		{"fr header", fr, "France Diplomatie @francediplo", ""},
		{"fr post", fr, "La France a présenté", "France"},
		{"fr quoted header", fr, "Affaires mondiales Canada", ""},
		{"fr quoted post", fr, "Le Canada salue", "Canada"},
		{"handle in a sentence", mention, "Fiji thanks @PIFSec", "Fiji"},
	})
}

// TestLabelledClosingThanks: a spokesperson's closing thanks under a
// label, with a farewell ("PORTAVOZ DEL GOBIERNO: Muchas gracias a todos.
// Buenas tardes.", "SPOKESPERSON: Thank you all. Good afternoon.") say
// nothing (pages16's 9e7); an answer under the same label that goes on
// after its thanks is the country's.
func TestLabelledClosingThanks(t *testing.T) {
	es := "República de Guinea Ecuatorial\n\nRueda de prensa del portavoz del Gobierno\n\n" +
		"PORTAVOZ DEL GOBIERNO: El Consejo de Ministros ha aprobado el anteproyecto de ley de ciberseguridad.\n\n" +
		"PORTAVOZ DEL GOBIERNO: Muchas gracias a todos. Buenas tardes.\n"
	en := "Ministry of Foreign Affairs of Ghana\n\nWeekly press briefing\n\n" +
		"SPOKESPERSON: Ghana will host the regional cyber drill in June.\n\n" +
		"SPOKESPERSON: Thank you all. Good afternoon.\n"
	goesOn := "Ministry of Foreign Affairs of Ghana\n\nWeekly press briefing\n\n" +
		"SPOKESPERSON: Thank you. Ghana will also ratify the Malabo Convention this year.\n"
	checkPageCases(t, []pageCase{
		{"es closing", es, "PORTAVOZ DEL GOBIERNO: Muchas gracias", ""},
		{"es answer", es, "PORTAVOZ DEL GOBIERNO: El Consejo", "Equatorial Guinea"},
		{"en closing", en, "SPOKESPERSON: Thank you all", ""},
		{"en answer", en, "SPOKESPERSON: Ghana will host", "Ghana"},
		{"thanks then answer", goesOn, "SPOKESPERSON: Thank you. Ghana will also", "Ghana"},
	})
}

// TestRecordProcedureNotes: a third-person committee record's own
// procedure ("La Commission s'est réunie … sous la présidence de …",
// "Après avoir souhaité la bienvenue au ministre, le président lui a donné
// la parole.", "L'ordre du jour étant épuisé, le président a levé la
// séance") and its bill's history ("El proyecto fue calificado … y
// remitido a esta Comisión") are nobody's, and the heading's country goes
// on to the minister's words after them (pages16's 9e9, 9e6).
func TestRecordProcedureNotes(t *testing.T) {
	fr := "RÉPUBLIQUE DU SÉNÉGAL\n\nASSEMBLÉE NATIONALE\n\nCompte rendu de la réunion du mardi 17 février 2026\n\n" +
		"La Commission s'est réunie le mardi 17 février 2026 à 10 heures, sous la présidence de M. Abdou Karim Diop, pour entendre le ministre des Affaires étrangères.\n\n" +
		"Après avoir souhaité la bienvenue au ministre et à ses collaborateurs, le président lui a donné la parole.\n\n" +
		"Le ministre a indiqué que le Sénégal avait adopté en 2025 une nouvelle stratégie nationale de cybersécurité.\n\n" +
		"L'ordre du jour étant épuisé, le président a levé la séance à 12 h 45.\n"
	en := "REPUBLIC OF NAMIBIA\n\nNATIONAL ASSEMBLY\n\n" +
		"The Committee met on 4 March 2026 to hear the Minister of Information.\n\n" +
		"The Minister said that the Government will ratify the Malabo Convention this year.\n"
	es := "ASAMBLEA NACIONAL DE PANAMÁ\n\nActa de la sesión de la Comisión de Relaciones Exteriores\n\n" +
		"El proyecto de ley fue calificado por el Consejo de Administración Legislativa y remitido a esta Comisión.\n\n" +
		"Tras dar la bienvenida a la ministra, el presidente le cedió la palabra.\n\n" +
		"La ministra explicó que el Gobierno presentará un proyecto de ley de ciberseguridad.\n"
	// Mirror: a State's paragraph after a committee's meeting line is
	// the State's.
	state := "Joint press release\n\n" +
		"The Committee met in Nairobi.\n\n" +
		"Kenya supports the regional framework.\n"
	checkPageCases(t, []pageCase{
		{"fr meeting", fr, "La Commission s'est réunie", ""},
		{"fr floor", fr, "Après avoir souhaité", ""},
		{"fr minister", fr, "Le ministre a indiqué", "Senegal"},
		{"fr closing", fr, "L'ordre du jour", ""},
		{"en meeting", en, "The Committee met", ""},
		{"en minister", en, "The Minister said", "Namibia"},
		{"es floor", es, "Tras dar la bienvenida", ""},
		{"es bill history", es, "El proyecto de ley fue calificado", ""},
		{"es minister", es, "La ministra explicó", "Panama"},
		{"state after", state, "Kenya supports", "Kenya"},
	})
}
