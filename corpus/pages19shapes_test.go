package corpus

import "testing"

// TestReportedReactionOnAuthorsPage: on a page a ministry's masthead makes
// a country's, other countries' support, solidarity or condemnation of the
// author's affair is the author's account, in English, Spanish and French
// (see reaction.go); mirrors: a party to the author's talks, a news page
// with no masthead, a condemnation of another matter, and another
// country's own act keep their holders.
func TestReportedReactionOnAuthorsPage(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"es solidarity", "Secretaría de Relaciones Exteriores de Honduras\n\nComunicado 12/2026\n\n" +
			"El Gobierno de Honduras informa que el sistema de pasaportes fue restablecido tras el incidente.\n\n" +
			"Guatemala y El Salvador expresaron su solidaridad con Honduras y ofrecieron ayuda técnica.\n",
			[]held{{"Honduras", "El Gobierno de Honduras"}, {"Honduras", "Guatemala y El Salvador"}}},
		{"en support of the attribution", "Ministry of Foreign Affairs of the Republic of Latvia\n\nLatvia attributes the attack on its customs service\n\n" +
			"Latvia today attributed the attack on its customs service to a foreign intelligence service.\n\n" +
			"Finland and Sweden issued statements in support of the attribution.\n",
			[]held{{"Latvia", "Latvia today"}, {"Latvia", "Finland and Sweden"}}},
		{"en condemnation of the attack", "Ministry of Foreign Affairs of the Republic of Latvia\n\nLatvia attributes the attack on its customs service\n\n" +
			"Latvia today attributed the attack on its customs service to a foreign intelligence service.\n\n" +
			"The Government of Norway condemned the attack and offered forensic help.\n",
			[]held{{"Latvia", "Latvia today"}, {"Latvia", "The Government of Norway"}}},
		{"fr solidarity", "Ministère des Affaires étrangères du Sénégal\n\nCommuniqué\n\n" +
			"Le Gouvernement du Sénégal informe que les services du Trésor ont été rétablis.\n\n" +
			"Le Mali et la Gambie ont exprimé leur solidarité avec le Sénégal.\n",
			[]held{{"Senegal", "Le Gouvernement du Sénégal"}, {"Senegal", "Le Mali et la Gambie"}}},
		{"es brindaron, cancillería", "Cancillería de Colombia\n\nComunicado de prensa\n\n" +
			"El Gobierno de Colombia rechaza el ciberataque contra la Registraduría Nacional.\n\n" +
			"Los gobiernos de Panamá y Costa Rica brindaron su apoyo a Colombia y ofrecieron asistencia técnica.\n",
			[]held{{"Colombia", "El Gobierno de Colombia"}, {"Colombia", "Los gobiernos de Panamá"}}},
		{"fr apporté leur soutien", "Ministère des Affaires étrangères du Burkina Faso\n\nCommuniqué de presse\n\n" +
			"Le Gouvernement du Burkina Faso informe que les sites gouvernementaux ont été rétablis.\n\n" +
			"Plusieurs pays, dont le Niger et le Mali, ont apporté leur soutien au Burkina Faso.\n",
			[]held{{"Burkina Faso", "Le Gouvernement du Burkina Faso"}, {"Burkina Faso", "Plusieurs pays"}}},
		{"es apoyaron la respuesta", "Ministerio de Tecnologías de la Información, Gobierno de la República de Panamá\n\nComunicado\n\n" +
			"El Gobierno de Panamá restableció hoy los servicios de la Caja de Seguro Social.\n\n" +
			"Colombia y México apoyaron la respuesta de Panamá con equipos de expertos; el Gobierno agradeció esa cooperación.\n",
			[]held{{"Panama", "El Gobierno de Panamá"}, {"Panama", "Colombia y México"}}},
		{"en assisted the recovery", "Ministry of Foreign Affairs of Jamaica\n\nPress release\n\n" +
			"The Government of Jamaica restored the tax portal today.\n\n" +
			"Canada and the United Kingdom assisted the recovery with incident responders.\n",
			[]held{{"Jamaica", "The Government of Jamaica"}, {"Jamaica", "Canada and the United Kingdom"}}},
		// mirrors
		{"mirror: another country's own support of a treaty", "Ministerio de Tecnologías de la Información, Gobierno de la República de Panamá\n\nComunicado\n\n" +
			"El Gobierno de Panamá restableció hoy los servicios de la Caja de Seguro Social.\n\n" +
			"Colombia apoya un tratado vinculante sobre ciberdelincuencia.\n",
			[]held{{"Panama", "El Gobierno de Panamá"}, {"Colombia", "Colombia apoya"}}},
		{"mirror: a party to the talks", "Ministry of Foreign Affairs of the United Republic of Tanzania\n\nPress release\n\n" +
			"The Minister held talks today with her Kenyan counterpart and proposed a joint cyber drill.\n\n" +
			"The Kenyan side expressed its support for the proposal and asked that Uganda join the drill.\n",
			[]held{{"Tanzania", "The Minister"}, {"Kenya", "The Kenyan side"}}},
		{"mirror: news page, no masthead", "Baltic Wire\n\n" +
			"Latvia today attributed the attack on its customs service to a foreign intelligence service.\n\n" +
			"Norway's foreign minister expressed support for the attribution.\n",
			[]held{{"Latvia", "Latvia today"}, {"Norway", "Norway's foreign minister"}}},
		{"mirror: condemnation of another matter", "Ministry of Foreign Affairs of the Republic of Latvia\n\nLatvia attributes the attack on its customs service\n\n" +
			"Latvia today attributed the attack on its customs service to a foreign intelligence service.\n\n" +
			"Norway condemned new sanctions on its fishing fleet.\n",
			[]held{{"Latvia", "Latvia today"}, {"Norway", "Norway condemned"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}

// TestSpeakerConcludesAfterReport: a speech's paragraph reporting another
// country's official, then drawing the speaker's conclusion ("That is why
// Zambia proposes", "C'est pourquoi nous", or any conclusion after words
// "reminded us"), is the speaker's, at the paragraph's start or inside it;
// mirrors: a report with no conclusion on a meeting's page, a country
// that itself "told us" in an authors' note, and a conclusion whose
// subject is the reported country, keep the report's.
func TestSpeakerConcludesAfterReport(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"en named conclusion", "Statement by the Minister of Digital Economy of Malawi\n\n" +
			"Malawi thanks the organisers of this forum.\n\n" +
			"In his address this morning, the Zambian Minister of Technology said that \"small markets cannot buy security one by one\". That is why Malawi proposes a joint procurement of security tools for the region.\n",
			[]held{{"Malawi", "Malawi thanks"}, {"Malawi", "In his address"}}},
		{"fr first person", "Déclaration du Ministre du Numérique du Gabon\n\n" +
			"Le Gabon remercie le Cameroun pour son accueil.\n\n" +
			"Le ministre camerounais a rappelé hier que « la formation est la première des défenses ». C'est pourquoi nous proposons un centre régional de formation.\n",
			[]held{{"Gabon", "Le Gabon remercie"}, {"Gabon", "Le ministre camerounais"}}},
		{"en inside, addressed to us", "Remarks at the opening of the Pacific Cyber Week\n\nNuku'alofa, Tonga, 3 March 2026\n\n" +
			"Tonga welcomes every delegation to Nuku'alofa. Yesterday the Fijian minister reminded us that \"an island cut off from its cable is an island cut off from the world\". That is why cable repair must be a regional priority.\n",
			[]held{{"Tonga", "Tonga welcomes"}}},
		// mirrors
		{"mirror: a report, no conclusion", "Statement by the Minister of Digital Economy of Malawi\n\n" +
			"Malawi thanks the organisers of this forum.\n\n" +
			"The representative of Zambia said that small markets cannot buy security one by one.\n",
			[]held{{"Malawi", "Malawi thanks"}, {"Zambia", "The representative of Zambia"}}},
		{"mirror: a country told the authors", "A comparative note on small states\n\n" +
			"Small states diverge on attribution. Fiji has publicly attributed operations with its partners. Samoa, by contrast, told us that it lacks forensic capacity. That is why it relies on partners.\n",
			[]held{{"Fiji", "Fiji has publicly"}, {"Samoa", "Samoa, by contrast"}}},
		{"mirror: the reported country concludes", "Statement by the Minister of Digital Economy of Malawi\n\n" +
			"Malawi thanks the organisers of this forum.\n\n" +
			"The representative of Zambia said that small markets cannot buy security one by one. That is why Zambia proposes a joint procurement.\n",
			[]held{{"Malawi", "Malawi thanks"}, {"Zambia", "The representative of Zambia"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}

// TestDescribedInitials: initials defined after a description naming no
// country ("the national CERT (NaCIRT)", "la agencia nacional … (ANC)")
// are the agency of the country holding their paragraph, also after
// another country's paragraph and as a role's object ("A spokesperson for
// …"); mirrors: initials after no agency noun, and initials used first
// by a paragraph of the other country, are read as before.
func TestDescribedInitials(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"en national cert", "Southern Africa cyber news\n\n" +
			"Namibia's Ministry of ICT said on Friday that attacks on banks had doubled. The national CERT (NaCIRT) will publish weekly alerts.\n\n" +
			"In neighbouring Botswana, the government said it would create a response team next year.\n\n" +
			"A spokesperson for NaCIRT added that the alerts would be free for small businesses.\n",
			[]held{{"Namibia", "Namibia's Ministry"}, {"Botswana", "In neighbouring Botswana"}, {"Namibia", "A spokesperson for NaCIRT"}}},
		{"es agencia", "Noticias digitales del Cono Sur\n\n" +
			"El Gobierno de Uruguay anunció un nuevo plan. La agencia nacional de ciberseguridad (ANCIB) coordinará su aplicación.\n\n" +
			"En Argentina, el Gobierno presentó un proyecto de ley sobre datos personales.\n\n" +
			"La ANCIB indicó que el plan se aplicará desde enero.\n",
			[]held{{"Uruguay", "El Gobierno de Uruguay"}, {"Argentina", "En Argentina"}, {"Uruguay", "La ANCIB"}}},
		{"fr agence, neighbour after the place", "Afrique centrale\n\n" +
			"Le Gabon a présenté lundi sa stratégie nationale. L'agence nationale des infrastructures numériques (ANINF) pilotera un centre de réponse.\n\n" +
			"Au Cameroun voisin, le gouvernement a annoncé un projet de loi sur les données.\n\n" +
			"Le directeur général de l'ANINF a précisé que le centre ouvrirait en septembre.\n",
			[]held{{"Gabon", "Le Gabon"}, {"Cameroon", "Au Cameroun voisin"}, {"Gabon", "Le directeur général"}}},
		// mirror: no agency noun before the initials
		{"mirror: no agency", "Southern Africa cyber news\n\n" +
			"Namibia's Ministry of ICT said on Friday that attacks on banks had doubled. The new reporting platform (SafeNAM) opens in May.\n\n" +
			"In neighbouring Botswana, the government said it would create a response team next year.\n\n" +
			"SafeNAM users will receive weekly alerts.\n",
			[]held{{"Namibia", "Namibia's Ministry"}, {"Botswana", "In neighbouring Botswana"}, {"Botswana", "SafeNAM users"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}

// TestInitialsWordMixedCase: initials with a few small letters among
// capitals are an agency's initials; words with a capital or two are not.
func TestInitialsWordMixedCase(t *testing.T) {
	for w, want := range map[string]bool{"DICT": true, "CSA": true, "JaCIRT": true, "MinTIC": true, "MoID": true,
		"McAfee": false, "WannaCry": false, "Tuesday": false, "Ab": false, "ICTs": true} {
		if got := initialsWord(w); got != want {
			t.Errorf("initialsWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPlacedGovernmentAfterHeadline: a paragraph set in another country,
// whose government or agency acts there, is that country's under a
// headline telling of one country's document and after a neighbour's
// adjective; mirror: the headline's country's own paragraph stays its.
func TestPlacedGovernmentAfterHeadline(t *testing.T) {
	const head = "Chile presenta su nueva política de ciberseguridad\n\n" +
		"El Gobierno de Chile presentó este lunes su nueva política nacional de ciberseguridad.\n\n"
	first := held{"Chile", "El Gobierno de Chile"}
	checkAfter(t, head, first, "En Perú, la agencia nacional de gobierno digital anunció a su vez un nuevo centro de respuesta.", "Peru")
	checkAfter(t, head, first, "En la vecina Argentina, el Gobierno anunció un plan similar.", "Argentina")
	checkAfter(t, head, first, "La política prevé un centro de respuesta a incidentes para las regiones.", "Chile")
}

// TestInvertedSpeakerES: a Spanish summary's speaker named after the verb
// ("También destacó … el representante del Paraguay, quien pidió …",
// "Intervino asimismo la delegada de Bolivia, que …") holds the paragraph,
// and "La sesión se levantó …" is nobody's; mirror: a verb with no
// speaker after it goes on with the speaker before.
func TestInvertedSpeakerES(t *testing.T) {
	const head = "Resumen de la sesión\n\nEl representante de Chile afirmó que el derecho internacional se aplica al ciberespacio.\n\n"
	first := held{"Chile", "El representante de Chile"}
	checkAfter(t, head, first, "También destacó la importancia de la cooperación regional el representante del Paraguay, quien pidió un fondo voluntario.", "Paraguay")
	checkAfter(t, head, first, "Intervino asimismo la delegada de Bolivia, que defendió un instrumento vinculante.", "Bolivia")
	checkAfter(t, head, first, "La sesión se levantó a las 13.00 horas.", "")
	checkAfter(t, head, first, "También destacó la importancia de la cooperación regional y pidió un fondo voluntario.", "Chile")
}

// TestInvertedSpeaker: a summary's speaker named after a fronted
// participle and "was" ("Also stressing … was the representative of
// Tuvalu, who said …", "Est également intervenu le représentant du
// Bénin, qui …") holds the paragraph, not the speaker before; mirror:
// "Also stressing …, she said" goes on with the speaker before.
func TestInvertedSpeaker(t *testing.T) {
	const head = "Security Council open debate\n\nNauru's delegate said her country depends on partners for incident response.\n\n"
	first := held{"Nauru", "Nauru's delegate"}
	checkAfter(t, head, first, "Also stressing the vulnerability of small islands was the representative of Kiribati, who said cables must be protected.", "Kiribati")
	checkAfter(t, head, first, "Echoing that concern were the delegates of Tonga, who said cables must be protected.", "Tonga")
	checkAfter(t, head, first, "Joining the debate was the delegate of Ghana, who called for a binding instrument.", "Ghana")
	checkAfter(t, head, first, "Also stressing the vulnerability of small islands, she said cables must be protected.", "Nauru")
	const headFR = "Résumé de la séance\n\nLe représentant du Sénégal a déclaré que le droit international s'applique au cyberespace.\n\n"
	firstFR := held{"Senegal", "Le représentant du Sénégal"}
	checkAfter(t, headFR, firstFR, "Est également intervenu le représentant du Bénin, qui a plaidé pour un fonds volontaire.", "Benin")
	checkAfter(t, headFR, firstFR, "A aussi pris la parole la déléguée du Togo, qui a soutenu un instrument contraignant.", "Togo")
}

// TestMeetingFooterAndBilingualThanks: a summary's timing line and a UN
// press release's footer, and a bilingual page's thanks in both its
// languages, are nobody's; mirror: a bilingual line with a position is
// the speaker's.
func TestMeetingFooterAndBilingualThanks(t *testing.T) {
	const head = "Security Council open debate\n\nThe representative of Jordan said decisions must be taken by consensus.\n\n"
	first := held{"Jordan", "The representative of Jordan"}
	checkAfter(t, head, first, "The meeting began at 10:05 a.m. and ended at 1:20 p.m.", "")
	checkAfter(t, head, first, "For information media. Not an official record.", "")
	for p, want := range map[string]bool{"Thank you. / Je vous remercie.": true, "Muchas gracias. / Thank you.": true,
		"Thank you. / Le Cameroun soutient la Convention.": false} {
		if got := isCourtesy([]byte(p)); got != want {
			t.Errorf("isCourtesy(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestConsultationResponseAuthor: a response to a consultation by one
// country makes it the page's author, so its section reporting other
// States' submissions, in a sentence or as a list headed by each State
// under a lead-in announcing others' submissions, is not cut into the reported States' statements, also after a dateline
// naming the author's capital; mirror: a summary of several States'
// submissions names no author.
func TestConsultationResponseAuthor(t *testing.T) {
	g := DefaultGazetteer()
	for text, want := range map[string]bool{
		"Response of Iceland to the consultation of the Chair": true,
		"Submission by Jamaica on the programme of work":       true,
		"Respuesta de Chile a la consulta de la Presidencia":   true,
		"Iceland hosts a regional consultation":                false,
	} {
		if got := g.authoredBy(text); got != want {
			t.Errorf("authoredBy(%q) = %v, want %v", text, got, want)
		}
	}
	checkHeld(t, "Response of Iceland to the consultation of the Chair\n\n"+
		"Iceland welcomes the Chair's invitation to submit views.\n\n"+
		"Several States have already made proposals. Uganda suggested sessions in Africa, and Venezuela asked that every decision be taken by consensus.\n",
		[]held{{"Iceland", "Iceland welcomes"}, {"Iceland", "Several States"}})
	// Its list of other States' submissions, after a dateline naming the
	// author's capital, is its report.
	checkHeld(t, "Submission of Jamaica on the programme of work\n\nKingston, 2 May 2026\n\n"+
		"Jamaica thanks the Chair for the opportunity to comment.\n\nSummary of other submissions received so far:\n\n"+
		"- Uganda: proposed that one session a year be held in Africa.\n- Venezuela: asked that all decisions be taken by consensus.\n\n"+
		"Jamaica supports travel funding for small island States.\n",
		[]held{{"Jamaica", "Jamaica thanks"}, {"Jamaica", "Summary of other"}, {"Jamaica", "Uganda: proposed"}, {"Jamaica", "Venezuela: asked"}, {"Jamaica", "Jamaica supports"}})
	// mirror: with no lead-in announcing others' views, a country's label
	// on an author's page is that country's, as a table's row is.
	checkHeld(t, "Submission of Jamaica on the programme of work\n\nKingston, 2 May 2026\n\n"+
		"Jamaica thanks the Chair for the opportunity to comment.\n\n"+
		"- Uganda: proposes that one session a year be held in Africa.\n",
		[]held{{"Jamaica", "Jamaica thanks"}, {"Uganda", "Uganda: proposes"}})
	// mirror: a secretariat's list of national positions has no author.
	checkHeld(t, "Regional consultation: summary of national positions\n\n"+
		"- Uganda: proposed that one session a year be held in Africa.\n- Venezuela: asked that all decisions be taken by consensus.\n",
		[]held{{"Uganda", "Uganda: proposed"}, {"Venezuela", "Venezuela: asked"}})
}

// TestInterviewIntroMetHer: a journalist's introduction saying where the
// interviewee was met ("We met her at the embassy.") is nobody's.
func TestInterviewIntroMetHer(t *testing.T) {
	t.Run("spoke to us", func(t *testing.T) {
		// The interviewee as the subject of the journalist's introduction
		// ("… spoke to us in Tarawa about …"): the journalist's words, not
		// the country's; the answers are the country's. Mirrors in Spanish
		// and French, and a minister's words reported in a news story
		// ("told reporters") that stay the country's.
		checkHeld(t, "Interview\n\nKiribati's Minister of Information, Tekeeua Tarati, spoke to us in Tarawa about the country's priorities at the UN.\n\n"+
			"Q: What does Kiribati want from the new mechanism?\n\nA: Kiribati wants a permanent mechanism that funds capacity building.\n",
			[]held{{"Kiribati", "Q: What does Kiribati"}})
		checkHeld(t, "Entrevista\n\nEl canciller de Honduras nos concedió una entrevista en Tegucigalpa sobre la estrategia nacional.\n\n"+
			"P: ¿Qué quiere Honduras de la OEA?\n\nR: Honduras quiere más cooperación regional contra el ransomware.\n",
			[]held{{"Honduras", "P: ¿Qué quiere Honduras"}})
		checkHeld(t, "Entretien\n\nLa ministre béninoise du Numérique nous a accordé un entretien à Cotonou sur la stratégie nationale.\n\n"+
			"Q : Que veut le Bénin à l'ONU ?\n\nR : Le Bénin veut un mécanisme permanent et inclusif.\n",
			[]held{{"Benin", "Q : Que veut le Bénin"}})
		checkHeld(t, "News\n\nKiribati's Minister of Information told reporters in Tarawa that Kiribati wants a permanent mechanism.\n",
			[]held{{"Kiribati", "Kiribati's Minister"}})
	})
	checkHeld(t, "Interview\n\nMoldova's Deputy Prime Minister is in Warsaw this week. We met her at the embassy.\n\n"+
		"Q: Does Moldova intend to build military cyber units?\n\nA: No. Moldova is a neutral country.\n",
		[]held{{"Moldova", "Q: Does Moldova"}})
}
