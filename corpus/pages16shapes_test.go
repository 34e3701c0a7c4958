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
	checkPageCases(t, []pageCase{
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
