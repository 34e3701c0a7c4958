package corpus

import "testing"

// TestInstitutionDemonymESFR: a Spanish or French institution that speaks
// for a State named by its demonym ("La Cancillería boliviana respondió",
// "L'ambassade malienne a démenti") is that State, not the country of the
// paragraph before it (testdata/pages12's 994).
func TestInstitutionDemonymESFR(t *testing.T) {
	es := "El Gobierno paraguayo acusó el jueves a actores con base en territorio extranjero de atacar la represa.\n\n" +
		"La Cancillería boliviana respondió en un comunicado que el país no ha participado en esas operaciones.\n"
	esEmb := "El Gobierno chileno denunció un ataque contra su red eléctrica.\n\n" +
		"La Embajada peruana en Santiago negó toda participación y pidió pruebas.\n"
	fr := "Le Gouvernement sénégalais a dénoncé une intrusion dans les réseaux de l'État.\n\n" +
		"L'ambassade malienne à Dakar a démenti toute implication et demandé des preuves.\n"
	checkPageCases(t, []pageCase{
		{"es ministry", es, "La Cancillería boliviana", "Bolivia"},
		{"es embassy", esEmb, "La Embajada peruana", "Peru"},
		{"fr embassy", fr, "L'ambassade malienne", "Mali"},
		{"fr ambassador", "Le Gouvernement sénégalais a dénoncé une intrusion.\n\nL'ambassadeur malien a démenti toute implication.\n", "L'ambassadeur malien", "Mali"},
		// Mirrors: the first paragraph's holder stays; a ministry with no
		// demonym goes on as before.
		{"es first", es, "El Gobierno paraguayo", "Paraguay"},
		{"fr first", fr, "Le Gouvernement sénégalais", "Senegal"},
		{"es no demonym", "El Gobierno chileno denunció un ataque.\n\nLa Cancillería respondió que investigará el caso.\n", "La Cancillería respondió", "Chile"},
	})
}

// TestClosingLineNextMeeting: a press release's closing line announcing
// the next meeting ("La Asamblea General se reunirá …", "L'Assemblée
// générale se réunira …", "The General Assembly will meet again …") is
// nobody's, and does not go on with the last speaker (testdata/pages11's
// 981, pages12's 992 and 99c).
func TestClosingLineNextMeeting(t *testing.T) {
	speaker := func(lang string) string {
		switch lang {
		case "es":
			return "El representante de Guyana subrayó que los pequeños Estados necesitan apoyo concreto para proteger sus infraestructuras críticas.\n\n"
		case "fr":
			return "Le délégué de Djibouti a souligné que la criminalité numérique ne connaît pas de frontières.\n\n"
		}
		return "The representative of Guyana stressed that small States need concrete support to protect their critical infrastructure.\n\n"
	}
	checkPageCases(t, []pageCase{
		{"es committee", speaker("es") + "La Primera Comisión se reunirá de nuevo el lunes 3 de noviembre, a las 10.00 horas.\n", "La Primera Comisión se reunirá", ""},
		{"es assembly", speaker("es") + "La Asamblea General se reunirá nuevamente el jueves 4 de diciembre, a las 10.00 horas.\n", "La Asamblea General se reunirá", ""},
		{"es council", speaker("es") + "El Consejo de Seguridad reanudará sus trabajos mañana.\n", "El Consejo de Seguridad reanudará", ""},
		{"fr assembly", speaker("fr") + "L'Assemblée générale se réunira de nouveau demain, à 10 heures.\n", "L'Assemblée générale se réunira", ""},
		{"fr curly", speaker("fr") + "L’Assemblée générale reprendra ses travaux lundi.\n", "L’Assemblée générale reprendra", ""},
		{"en assembly", speaker("en") + "The General Assembly will meet again at 10 a.m. on Thursday, 4 December.\n", "The General Assembly will meet", ""},
		// Mirrors: the speaker keeps its words; a State that says its
		// delegation will take part, or the Assembly's name inside a
		// speaker's sentence, is still the speaker's.
		{"es speaker", speaker("es") + "La Asamblea General se reunirá nuevamente el jueves.\n", "El representante de Guyana", "Guyana"},
		{"es state", speaker("es") + "Guyana se reunirá con los Estados del Caribe antes de la próxima sesión.\n", "Guyana se reunirá", "Guyana"},
		{"en inside", speaker("en") + "He added that the General Assembly will meet again only if the States agree.\n", "He added that", "Guyana"},
	})
}

// TestSubjectlessAbsence: a comparison's bullet under a country's heading
// saying the country has not published or submitted a position ("Has not
// published a national position", "No ha publicado una posición", "N'a pas
// publié de position") is nobody's statement, wherever it stands in the
// list (testdata/pages11's 986, pages12's 993).
func TestSubjectlessAbsence(t *testing.T) {
	page := func(heading, b1, b2, b3 string) string {
		return "A comparison of national approaches, by the editors.\n\n" + heading + "\n\n- " + b1 + "\n- " + b2 + "\n- " + b3 + "\n"
	}
	en := page("Eswatini", "Supports a permanent mechanism under the First Committee.",
		"Has not published a national position on how international law applies in cyberspace.",
		"Has called for a fund for capacity-building.")
	enYet := page("Lesotho", "Supports a permanent mechanism under the First Committee.",
		"Has not yet submitted its views to the Secretary-General's annual report.",
		"Has yet to publish a national position on international law.")
	es := page("Uruguay", "Apoya la creación de un mecanismo permanente.",
		"No ha publicado una posición nacional sobre el derecho internacional.",
		"Ha pedido un fondo para la creación de capacidades.")
	fr := page("Burundi", "Soutient la création d'un mécanisme permanent.",
		"N'a pas publié de position sur l'application du droit international.",
		"A demandé un fonds pour le renforcement des capacités.")
	mirror := page("Eswatini", "Supports a permanent mechanism under the First Committee.",
		"Has published a national position on how international law applies in cyberspace.",
		"Has not ruled out a legally binding instrument in the long term.")
	but := page("Eswatini", "Supports a permanent mechanism under the First Committee.",
		"Has not published a national position, but has said that sovereignty applies online.",
		"Has called for a fund for capacity-building.")
	checkPageCases(t, []pageCase{
		{"en not published", en, "Has not published", ""},
		{"en after it", en, "Has called for a fund", "Eswatini"},
		{"en not yet submitted", enYet, "Has not yet submitted", ""},
		{"en yet to publish", enYet, "Has yet to publish", ""},
		{"es", es, "No ha publicado", ""},
		{"es after it", es, "Ha pedido un fondo", "Uruguay"},
		{"fr", fr, "N'a pas publié", ""},
		// Mirrors: a bullet that has published, or that is a position put
		// negatively, or that goes on to what the country did say, is the
		// country's; so is the bullet before.
		{"en first", en, "Supports a permanent", "Eswatini"},
		{"has published", mirror, "Has published a national", "Eswatini"},
		{"not ruled out", mirror, "Has not ruled out", "Eswatini"},
		{"but", but, "Has not published a national position, but", "Eswatini"},
	})
}

// TestSummaryOwnVoice: a regional body's summary or a side-event report in
// its own voice ("Members discussed …", "The organisers thanked …", "The
// third meeting of … was held …", "The side event brought together …",
// "Los organizadores agradecieron …", "La réunion s'est tenue …") is
// nobody's: not the member or panelist before it, nor the country its
// heading names (testdata/pages12's 997, 999).
func TestSummaryOwnVoice(t *testing.T) {
	summary := "Chair's Summary of the Meeting on Cyber Security\n\n" +
		"Tuvalu underlined that a single outage of the international connection can cut off government services for days.\n\n" +
		"Members discussed the draft regional framework and agreed to continue work on it intersessionally.\n\n" +
		"Forum Members agreed that the next meeting would be held in Apia.\n"
	report := "Side event report, organised by the Permanent Mission of Timor-Leste\n\n" +
		"The side event brought together around eighty participants from delegations, civil society and industry.\n\n" +
		"The Deputy Permanent Representative of the Maldives described the attack that disabled the government email system.\n\n" +
		"The organisers thanked the panelists and announced that a summary would be submitted to the Chair.\n"
	held := "Suva, 5 March 2026\n\n" +
		"The third meeting of the Regional Security Committee on cyber security was held in Suva and was chaired by Samoa.\n\n" +
		"Nauru stated that it regards any cyber operation against its undersea cable as a use of force.\n"
	es := "El representante de Belice afirmó que los ataques contra hospitales violan el derecho internacional.\n\n" +
		"Los organizadores agradecieron a los panelistas y anunciaron un informe.\n"
	fr := "Le représentant du Burundi a appelé à la création d'un centre régional.\n\n" +
		"Les organisateurs ont remercié les intervenants et annoncé un rapport.\n"
	checkPageCases(t, []pageCase{
		{"members", summary, "Members discussed", ""},
		{"forum members", summary, "Forum Members agreed", ""},
		{"event", report, "The side event brought", ""},
		{"organisers", report, "The organisers thanked", ""},
		{"meeting held", held, "The third meeting of", ""},
		{"es organisers", es, "Los organizadores", ""},
		{"fr organisers", fr, "Les organisateurs", ""},
		// Mirrors: the States' own paragraphs stay theirs; members named
		// by their country are that country's.
		{"member state", summary, "Tuvalu underlined", "Tuvalu"},
		{"panelist", report, "The Deputy Permanent Representative of the Maldives", "Maldives"},
		{"after held", held, "Nauru stated", "Nauru"},
		{"es speaker", es, "El representante de Belice", "Belize"},
		{"members of", "Members of the delegation of Palau said that the framework must respect sovereignty.\n", "Members of the delegation", "Palau"},
	})
}

// TestNeitherAnswered: a news story's "Neither … nor … responded to
// requests for comment" (ES "Ni … ni … respondieron", FR "Ni … ni …
// n'ont répondu") is nobody's, not the last country it names
// (testdata/pages12's 994).
func TestNeitherAnswered(t *testing.T) {
	lead := "Paraguay accused actors based abroad of trying to penetrate the control systems of the dam.\n\n"
	checkPageCases(t, []pageCase{
		{"en", lead + "Neither the dam's operator nor the Government of Brazil responded to requests for comment.\n", "Neither the dam", ""},
		{"es", "El Gobierno paraguayo acusó a actores extranjeros de atacar la represa.\n\n" +
			"Ni la entidad binacional de Itaipú ni el Gobierno del Brasil respondieron a las solicitudes de comentarios.\n", "Ni la entidad", ""},
		{"fr", "Le Sénégal a accusé des acteurs étrangers d'avoir attaqué le réseau électrique.\n\n" +
			"Ni l'opérateur ni le Gouvernement malien n'ont répondu à nos sollicitations.\n", "Ni l'opérateur", ""},
		// Mirrors: a "neither … nor" position is the States'; the lead is
		// still its country's.
		{"position", lead + "Neither Fiji nor Samoa supports a legally binding instrument at this stage.\n", "Neither Fiji nor Samoa", "Fiji;Samoa"},
		{"lead", lead + "Neither the dam's operator nor the Government of Brazil responded to requests for comment.\n", "Paraguay accused", "Paraguay"},
	})
}

// TestTwoPartiesBackground: a news story's background on both countries
// ("The two countries fought a border war", "Ambos países comparten una
// frontera", "Les deux pays partagent une frontière") is nobody's; what the
// two do together as speakers ("The two sides agreed", "Ambos cancilleres
// acordaron", "Les deux ministres sont convenus", "shared the view") is
// still both countries' (testdata/pages11's 987, pages12's 994).
func TestTwoPartiesBackground(t *testing.T) {
	en := "Tajikistan accused Kyrgyzstan of hacking its border service.\n\n" +
		"Kyrgyzstan's foreign ministry dismissed the accusation as baseless.\n\n"
	es := "El Gobierno paraguayo acusó a actores bolivianos de atacar la represa.\n\n" +
		"La Cancillería boliviana rechazó la acusación.\n\n"
	fr := "Le Gabon a proposé au Rwanda un centre commun de réponse aux incidents.\n\n" +
		"Le ministre rwandais a salué la proposition.\n\n"
	checkPageCases(t, []pageCase{
		{"en fought", en + "The two countries fought a brief border war in 2021.\n", "The two countries fought", ""},
		{"en have", en + "Both countries have long disputed the border in the Fergana valley.\n", "Both countries have long", ""},
		{"es share", es + "Ambos países comparten una frontera de más de 700 kilómetros en el Chaco.\n", "Ambos países comparten", ""},
		{"fr share", fr + "Les deux pays partagent une frontière et un réseau électrique.\n", "Les deux pays partagent", ""},
		// Mirrors: the two parties' joint words stay theirs.
		{"en agreed", en + "The two sides agreed to meet again before the end of the year.\n", "The two sides agreed", "Kyrgyzstan;Tajikistan"},
		{"en have agreed", en + "The two governments have agreed to set up a hotline.\n", "The two governments have agreed", "Kyrgyzstan;Tajikistan"},
		{"en shared view", en + "Both countries shared the view that the border service must be protected.\n", "Both countries shared", "Kyrgyzstan;Tajikistan"},
		{"es agreed", es + "Ambos cancilleres acordaron coordinar sus posiciones.\n", "Ambos cancilleres", "Bolivia;Paraguay"},
		{"fr agreed", fr + "Les deux ministres sont convenus de se revoir avant la fin de l'année.\n", "Les deux ministres", "Gabon;Rwanda"},
	})
}

// TestSpeakingForNonStateNamed: "Speaking for <an organisation>, <a named
// person> argued …" is nobody's when the organisation names no country;
// "Speaking for Kenya, Ms. Otieno said …" is still Kenya's
// (testdata/pages12's 999).
func TestSpeakingForNonStateNamed(t *testing.T) {
	state := "The Deputy Permanent Representative of the Maldives described the attack that disabled the government email system in 2024.\n\n"
	checkPageCases(t, []pageCase{
		{"ngo", state + "Speaking for the non-governmental organisation Access Now, Ms. Leila Haddad argued that capacity-building should protect journalists.\n", "Speaking for the non-governmental", ""},
		{"company", state + "Speaking on behalf of the Cybersecurity Tech Accord, Dr. Paul Meyer said that companies share responsibility.\n", "Speaking on behalf of the Cybersecurity", ""},
		{"full name", state + "Speaking for the Global Forum on Cyber Expertise, Laura Crespo noted that demand-driven programmes work best.\n", "Speaking for the Global Forum", ""},
		// Mirrors: a country in the fronted phrase is the holder; the
		// State speaker before keeps its words.
		{"state", state + "Speaking for Kenya, Ms. Otieno said that the region needs a fund.\n", "Speaking for Kenya", "Kenya"},
		{"state before", state + "Speaking for the non-governmental organisation Access Now, Ms. Leila Haddad argued that capacity-building should protect journalists.\n", "The Deputy Permanent Representative", "Maldives"},
	})
}

// TestVoteTableRows: a table of votes rendered row by row ("Contre —
// Nombre: 12; Exemples de délégations: Burkina Faso, Mali, Niger.") is
// held by the countries each row lists, as a vote list is, not by the
// first row's first country (testdata/pages12's 99c).
func TestVoteTableRows(t *testing.T) {
	fr := "Vote | Nombre | Exemples de délégations\nPour | 98 | Djibouti, Sénégal\nContre | 12 | Burkina Faso, Mali, Niger\n"
	en := "Vote | Number | Examples\nIn favour | 98 | Fiji, Samoa\nAgainst | 12 | Belarus, Nicaragua\n"
	es := "Voto | Número | Delegaciones\nA favor | 98 | Chile, Perú\nEn contra | 12 | Cuba, Venezuela\n"
	checkPageCases(t, []pageCase{
		{"fr for", fr, "Pour — Nombre: 98", "Djibouti;Senegal"},
		{"fr against", fr, "Contre — Nombre: 12", "Burkina Faso;Mali;Niger"},
		{"en against", en, "Against — Number: 12", "Belarus;Nicaragua"},
		{"es against", es, "En contra — Número: 12", "Cuba;Venezuela"},
		// Mirrors: a table of positions whose rows are labelled by their
		// State is read as before (TestTableRowAbsence); a vote row
		// naming no country holds nothing.
		{"position row", "State | Position\nFiji | Supports a binding instrument.\nSamoa | Prefers voluntary norms.\n", "Samoa — Position", "Samoa"},
		{"no countries", "Le Mali a pris la parole.\n\nVote | Nombre\nPour | 98\nContre | 12\n", "Contre — Nombre: 12", ""},
	})
}

// TestFrontedChairNarrates: the presiding officer's act after a time
// phrase ("At the end of the meeting, the Chair reminded …", "Al final de
// la sesión, la Presidenta de la Comisión recordó …", "À la fin de la
// séance, le Président a rappelé …") is nobody's, not the last speaker's
// (testdata/pages12's 992).
func TestFrontedChairNarrates(t *testing.T) {
	en := "The representative of Guyana stressed that small States need support to protect critical infrastructure.\n\n"
	es := "El representante de Guyana subrayó que los pequeños Estados necesitan apoyo para proteger sus infraestructuras.\n\n"
	fr := "Le délégué de Djibouti a souligné que la criminalité numérique ne connaît pas de frontières.\n\n"
	checkPageCases(t, []pageCase{
		{"en", en + "At the end of the meeting, the Chair reminded delegations that the deadline for draft resolutions is Friday.\n", "At the end of the meeting", ""},
		{"es", es + "Al final de la sesión, la Presidenta de la Comisión recordó a las delegaciones que el plazo vence el viernes.\n", "Al final de la sesión", ""},
		{"fr", fr + "À la fin de la séance, le Président a rappelé aux délégations que le délai expire vendredi.\n", "À la fin de la séance", ""},
		// Mirrors: a State after the time phrase is that State's; a
		// country's president is the country's.
		{"en state", en + "At the end of the meeting, the representative of Belize said that ransomware is a threat to hospitals.\n", "At the end of the meeting", "Belize"},
		{"es president of a State", es + "Al final de la sesión, el Presidente de Guatemala afirmó que su país apoya el mecanismo.\n", "Al final de la sesión", "Guatemala"},
		{"es speaker", es + "Al final de la sesión, la Presidenta de la Comisión recordó el plazo.\n", "El representante de Guyana", "Guyana"},
	})
}

// TestThreePartiesJoint: on a trilateral communiqué, "The three Ministers
// agreed …" ("Los tres cancilleres acordaron", "Les trois ministres sont
// convenus") after one party's paragraph is the three parties' words, as
// "The two sides agreed" is on a bilateral page (testdata/pages12's 998).
func TestThreePartiesJoint(t *testing.T) {
	en := "Joint Communiqué of Andorra, San Marino and Liechtenstein\n\n" +
		"The three States affirm that international law applies to the use of ICTs by States.\n\n" +
		"The Ministers welcome the establishment of the permanent mechanism.\n\n" +
		"Andorra informed its partners that its National Cybersecurity Agency will become operational in 2026.\n\n" +
		"The three Ministers agreed to hold their next meeting in San Marino in 2027.\n"
	es := "Comunicado conjunto de Bolivia, Paraguay y Uruguay\n\n" +
		"Bolivia, Paraguay y Uruguay afirman que el derecho internacional se aplica al ciberespacio.\n\n" +
		"Uruguay informó a sus socios sobre su nueva agencia de ciberseguridad.\n\n" +
		"Los tres cancilleres acordaron reunirse de nuevo en Asunción en 2027.\n"
	fr := "Communiqué conjoint du Bénin, du Niger et du Togo\n\n" +
		"Le Bénin, le Niger et le Togo affirment que le droit international s'applique au cyberespace.\n\n" +
		"Le Togo a informé ses partenaires de la création de son agence nationale.\n\n" +
		"Les trois ministres sont convenus de se revoir à Niamey en 2027.\n"
	many := "The representative of Ghana said that capacity-building was key.\n\n" +
		"The representative of Togo said that norms should be implemented.\n\n" +
		"The representative of Benin said that the Malabo Convention mattered.\n\n" +
		"The representative of Niger said that a fund was needed.\n\n" +
		"The three delegations agreed that further talks were needed.\n"
	checkPageCases(t, []pageCase{
		{"en three", en, "The three Ministers agreed", "Andorra;Liechtenstein;San Marino"},
		{"es three", es, "Los tres cancilleres", "Bolivia;Paraguay;Uruguay"},
		{"fr three", fr, "Les trois ministres", "Benin;Niger;Togo"},
		// Mirrors: the joint paragraphs before, and the one party's, are
		// as they were; four holders so far leave "the three" as read.
		{"en joint", en, "The Ministers welcome", "Andorra;Liechtenstein;San Marino"},
		{"en one party", en, "Andorra informed", "Andorra"},
		{"four holders", many, "The three delegations agreed", "Niger"},
	})
}

// TestNewsletterSubscribeFooter: a newsletter's footer ("To subscribe or
// unsubscribe, write to the editors.", "Para suscribirse, …", "Pour vous
// abonner, …") is nobody's, not its last item's country
// (testdata/pages12's 99a).
func TestNewsletterSubscribeFooter(t *testing.T) {
	item := "Tonga's Ministry announced on Monday that all government services have been restored after the ransomware attack.\n\n"
	checkPageCases(t, []pageCase{
		{"en", item + "To subscribe or unsubscribe, write to the editors.\n", "To subscribe", ""},
		{"en subscribe", item + "Subscribe to our newsletter for weekly updates on Pacific cyber policy.\n", "Subscribe to our", ""},
		{"es", item + "Para suscribirse, escriba a los editores.\n", "Para suscribirse", ""},
		{"fr", item + "Pour vous abonner, écrivez à la rédaction.\n", "Pour vous abonner", ""},
		// Mirrors: the item is its country's; "To support" is no footer.
		{"item", item + "To subscribe or unsubscribe, write to the editors.\n", "Tonga's Ministry", "Tonga"},
		{"to support", "Tonga's Ministry announced a new cyber strategy.\n\nTo support its implementation, Tonga will train twenty officers.\n", "To support its", "Tonga"},
	})
}

// TestNoneOfTheStates: "None of the three States has yet taken part …"
// ("Ninguno de los tres países …", "Aucun des trois États …") is no
// State's words, not the last country the analysis covered
// (testdata/pages12's 993).
func TestNoneOfTheStates(t *testing.T) {
	last := "Moldova\n\n- Considers the disinformation campaigns around its elections a threat to peace.\n\n"
	checkPageCases(t, []pageCase{
		{"en", last + "None of the three States has yet taken part in the Directory's ping tests.\n", "None of the three", ""},
		{"es", "Uruguay apoya un mecanismo permanente.\n\nNinguno de los tres países ha participado en las pruebas del directorio.\n", "Ninguno de los tres", ""},
		{"fr", "Le Togo soutient un mécanisme permanent.\n\nAucun des trois États n'a participé aux essais du répertoire.\n", "Aucun des trois", ""},
		// Mirrors: the bullet before is its country's; "None of this"
		// goes on with the speaker.
		{"bullet", last + "None of the three States has yet taken part in the Directory's ping tests.\n", "Considers the disinformation", "Moldova"},
		{"none of this", "Moldova considers disinformation a threat to peace.\n\nNone of this, it added, is new.\n", "None of this", "Moldova"},
	})
}
