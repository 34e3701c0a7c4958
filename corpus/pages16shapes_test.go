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
