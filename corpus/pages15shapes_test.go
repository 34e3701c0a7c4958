package corpus

import "testing"

// TestIntroducedQuotation: another State's leader quoted in a paragraph of
// its own, after a paragraph introducing the quotation with a colon, is
// that State's words, not the speaker's who quotes them; the speaker's
// block goes on after it (testdata/pages15's 9d3).
func TestIntroducedQuotation(t *testing.T) {
	en := "Address of the Foreign Minister of Fiji\n\n" +
		"Fiji depends on submarine cables for its connections to the world.\n\n" +
		"Last year in Canberra, the Prime Minister of Australia put it in words that I would like to share with you:\n\n" +
		"“No country can build digital infrastructure alone. Australia will fund cable repairs for every Pacific partner.”\n\n" +
		"We share this vision.\n"
	es := "Discurso del canciller de Panamá\n\n" +
		"Panamá apoya la protección de los cables submarinos.\n\n" +
		"El presidente de Colombia lo dijo así en Bogotá:\n\n" +
		"«Colombia compartirá su infraestructura digital con todos sus vecinos.»\n\n" +
		"Nosotros compartimos esa visión.\n"
	// Mirrors: the speaker quoting its own words; an introduction naming
	// two other States; a quotation with a reporting clause inside it.
	own := "Address of the Foreign Minister of Fiji\n\n" +
		"Fiji depends on submarine cables for its connections to the world.\n\n" +
		"As I told the President of Kiribati last week:\n\n" +
		"“Fiji will fund cable repairs for every Pacific partner.”\n"
	two := "Address of the Foreign Minister of Fiji\n\n" +
		"Fiji depends on submarine cables for its connections to the world.\n\n" +
		"The Prime Ministers of Australia and New Zealand put it this way:\n\n" +
		"“No country can build digital infrastructure alone.”\n"
	checkPageCases(t, []pageCase{
		{"en quotation", en, "“No country can build", "Australia"},
		{"en block goes on", en, "We share this vision", "Fiji"},
		{"en speaker before", en, "Fiji depends", "Fiji"},
		{"es quotation", es, "«Colombia compartirá", "Colombia"},
		{"es block goes on", es, "Nosotros compartimos", "Panama"},
		{"own words", own, "“Fiji will fund", "Fiji"},
		{"two States", two, "“No country can build", "Fiji"},
	})
}

// TestAmbiguousDemonymSide: "La partie congolaise", "The Congolese side"
// name whichever Congo the page named before, never the party before
// them; the page's "Les deux parties" after it are then both (pages15's
// 9d1).
func TestAmbiguousDemonymSide(t *testing.T) {
	fr := "Communiqué conjoint\n\n" +
		"À l'invitation de son homologue de la République du Congo, le ministre de la République centrafricaine a effectué une visite de travail.\n\n" +
		"La partie congolaise a rappelé que sa loi sur la cybersécurité a créé une agence nationale.\n\n" +
		"La partie centrafricaine a exprimé sa gratitude pour cette offre.\n\n" +
		"Les deux parties sont convenues de créer un comité technique conjoint.\n"
	en := "Joint press release\n\n" +
		"The Foreign Minister of Angola received the Foreign Minister of the Democratic Republic of the Congo in Luanda.\n\n" +
		"The Congolese side explained its plan for a national incident response team.\n"
	// Mirrors: a page naming neither Congo keeps the paragraph from the
	// party before (nobody's); "Mongolia" is no Congolese.
	neither := "Joint press release\n\n" +
		"The Foreign Minister of Angola received a delegation in Luanda.\n\n" +
		"The Congolese side explained its plan for a national incident response team.\n"
	mongolia := "Joint press release\n\n" +
		"The Foreign Minister of Kazakhstan visited Ulaanbaatar.\n\n" +
		"The Mongolian side explained its plan for a national incident response team.\n"
	// Both parties named by the first paragraph, one of them its holder:
	// "Les deux parties" right after it are both, and the Congolese side
	// after them still the Congo the page named.
	early := "Communiqué conjoint\n\n" +
		"À l'invitation de son homologue de la République du Congo, le ministre de la République centrafricaine a effectué une visite de travail.\n\n" +
		"Les deux parties ont passé en revue leur coopération.\n\n" +
		"La partie congolaise a rappelé que sa loi sur la cybersécurité a créé une agence nationale.\n"
	// Mirror: a first paragraph naming two other States names no one
	// second party: "Both sides" is read as before (no one's).
	three := "Joint press release\n\n" +
		"The Foreign Minister of Angola discussed the situation in Chad and Niger with his counterpart.\n\n" +
		"Both sides agreed to meet again.\n"
	checkPageCases(t, []pageCase{
		{"early two parties", early, "Les deux parties ont passé", "Central African Republic;Congo"},
		{"early partie congolaise", early, "La partie congolaise", "Congo"},
		{"three States", three, "Both sides agreed", ""},
		{"fr partie congolaise", fr, "La partie congolaise", "Congo"},
		{"fr deux parties", fr, "Les deux parties", "Central African Republic;Congo"},
		{"fr other side", fr, "La partie centrafricaine", "Central African Republic"},
		{"en DR Congo", en, "The Congolese side", "DR Congo"},
		{"en neither", neither, "The Congolese side", ""},
		{"mongolia", mongolia, "The Mongolian side", "Mongolia"},
	})
}

// TestSameLabelAfterModerator: a press conference's labelled speaker whose
// first turn was held by her country answers the questions after the
// moderator's turn for the same country, though the moderator's turn ended
// the block and the answer names no country ("CANCILLER: Cada país tiene
// su propia posición …": pages15's 9d5, whose answers were dropped).
func TestSameLabelAfterModerator(t *testing.T) {
	es := "MODERADOR: Buenos días. Tiene la palabra la canciller.\n\n" +
		"CANCILLER: Gracias. El Salvador presentará su posición nacional la próxima semana.\n\n" +
		"MODERADOR: Abrimos la ronda de preguntas.\n\n" +
		"PREGUNTA (Diario Centroamericano): Guatemala dice que no hace falta un tratado. ¿Está de acuerdo?\n\n" +
		"CANCILLER: Cada país tiene su propia posición y la respetamos.\n"
	en := "MODERATOR: Good morning. The Minister has the floor.\n\n" +
		"MINISTER: Thank you. Fiji will publish its national position next week.\n\n" +
		"MODERATOR: We now take questions.\n\n" +
		"Q: Is a new treaty needed?\n\n" +
		"MINISTER: Not at this stage; the existing rules must first be applied.\n"
	// Mirrors: another label answering is another speaker, whom nothing
	// places; a first turn no country held leaves nothing to keep.
	other := "MODERATOR: Good morning. The Minister has the floor.\n\n" +
		"MINISTER: Thank you. Fiji will publish its national position next week.\n\n" +
		"MODERATOR: We now take questions.\n\n" +
		"Q: Is a new treaty needed?\n\n" +
		"AMBASSADOR: Not at this stage; the existing rules must first be applied.\n"
	unheld := "Kenya: Kenya supports a treaty.\n\n" +
		"MODERATOR: Good morning. The Minister has the floor.\n\n" +
		"MINISTER: Thank you. We will publish our national position next week.\n\n" +
		"MODERATOR: We now take questions.\n\n" +
		"Q: Is a new treaty needed?\n\n" +
		"MINISTER: Not at this stage; the existing rules must first be applied.\n"
	checkPageCases(t, []pageCase{
		{"es same label", es, "PREGUNTA (Diario", "El Salvador"},
		{"es first turn", es, "CANCILLER: Gracias", "El Salvador"},
		{"en same label", en, "Q: Is a new treaty", "Fiji"},
		{"en another label", other, "Q: Is a new treaty", ""},
		{"en first turn unheld", unheld, "Q: Is a new treaty", ""},
	})
}

// TestUnlabelledQuestion: an FAQ's or a magazine interview's question
// printed with no label is shown with the answer after it, held as the
// answer is, not a statement of its own asserting another State's view in
// the answerer's name (pages15's 9d2 and 9d9).
func TestUnlabelledQuestion(t *testing.T) {
	en := "An interview with Armenia's Deputy Foreign Minister\n\n" +
		"Armenia will publish its national position on international law in cyberspace next month.\n\n" +
		"Deputy Minister, Azerbaijan says a regional treaty is needed. What is your answer?\n\n" +
		"Armenia believes the existing rules are enough, if they are applied.\n\n" +
		"Georgia has also proposed a regional CERT network. Would Armenia join it?\n\n" +
		"We are studying the proposal.\n"
	es := "Preguntas frecuentes: el Uruguay y la ciberseguridad\n\n" +
		"El Uruguay publicó su estrategia nacional en 2024.\n\n" +
		"La Argentina propone un tratado regional. ¿Apoya el Uruguay esa propuesta?\n\n" +
		"No. El Uruguay considera que el derecho internacional vigente basta.\n"
	// Mirrors: a quoted question is its speaker's; a paragraph that
	// ends on a question it does not put to the page's speaker (no
	// interrogative opening, no address) stays a statement of its own.
	quoted := "Summary of the debate\n\n" +
		"The representative of Kenya asked: “Who will pay for the fund?”\n\n" +
		"The representative of Nigeria said the fund should be voluntary.\n"
	plain := "Statement by Ghana\n\n" +
		"Ghana supports the fund, and asks the Chair to schedule its review soon after the mechanism's launch, perhaps in June?\n\n" +
		"Ghana also supports the norms.\n"
	// A tracker's question about another country heads that country's
	// answer, which names none: not joined to it under the block's holder.
	tracker := "Where do States stand?\n\n" +
		"Ghana has not publicly attributed any cyber operation.\n\n" +
		"What has Uganda said about data localisation?\n\n" +
		"Its minister has argued that citizens' data must be stored in the country.\n"
	checkPageCases(t, []pageCase{
		{"tracker question", tracker, "What has Uganda said", "Uganda"},
		{"tracker answer", tracker, "Its minister", "Uganda"},
		{"en question with answer", en, "Deputy Minister, Azerbaijan says", "Armenia"},
		{"en answer joined", en, "Armenia believes", ""},
		{"en second question", en, "Georgia has also proposed", "Armenia"},
		{"es pregunta", es, "La Argentina propone", "Uruguay"},
		{"es answer joined", es, "No. El Uruguay", ""},
		{"quoted question", quoted, "The representative of Kenya asked", "Kenya"},
		{"quoted next", quoted, "The representative of Nigeria", "Nigeria"},
		{"plain", plain, "Ghana supports the fund", "Ghana"},
		{"plain next", plain, "Ghana also supports", "Ghana"},
	})
}

// TestFrenchCommitteeChair: a French committee's compte rendu labels its
// chair by name and office before a dash ("M. Cédric Perrin, président. –
// Mes chers collègues, …"), and closes on "La réunion est close à 11 h
// 30.": the chair's and the record's words, nobody's, not the country of
// the hearing (pages15's 9d6).
func TestFrenchCommitteeChair(t *testing.T) {
	page := "Compte rendu de la commission des affaires étrangères\n\n" +
		"M. Paul Durand, président. – Mes chers collègues, nous accueillons l'ambassadeur du Gabon.\n\n" +
		"M. Jean Nzé, ambassadeur du Gabon. – Le Gabon soutient le nouveau mécanisme des Nations unies.\n\n" +
		"Mme la présidente. – Merci, monsieur l'ambassadeur.\n\n" +
		"La réunion est close à 11 h 30.\n"
	// Mirrors: a member labelled by name with no office is no chair, and
	// "président" inside a speaker's text makes no label.
	member := "Compte rendu de la commission des affaires étrangères\n\n" +
		"M. Jean Nzé, ambassadeur du Gabon. – Le Gabon soutient le nouveau mécanisme des Nations unies.\n\n" +
		"M. Paul Durand. – Le président du Gabon a-t-il signé la convention de Malabo ?\n\n" +
		"M. Jean Nzé. – Le Gabon l'a signée en 2024, et le président l'a ratifiée.\n"
	checkPageCases(t, []pageCase{
		{"chair opens", page, "M. Paul Durand, président", ""},
		{"speaker", page, "M. Jean Nzé, ambassadeur", "Gabon"},
		{"chair thanks", page, "Mme la présidente", ""},
		{"closing", page, "La réunion est close", ""},
		{"member speaker", member, "M. Jean Nzé, ambassadeur", "Gabon"},
		{"member question with its answer", member, "M. Paul Durand. – Le président", "Gabon"},
	})
}

// TestGreetingAndWishes: a keynote's salutation ending on a greeting and
// its closing thanks with a wish for the meeting say nothing (pages15's
// 9d3); a paragraph that says something before its greeting or its thanks
// is still a statement.
func TestGreetingAndWishes(t *testing.T) {
	for _, tt := range []struct {
		p          string
		salutation bool
		courtesy   bool
	}{
		{"Excellencies, distinguished guests, ladies and gentlemen, good morning.", true, false},
		{"Señoras y señores, buenos días.", true, false},
		{"Mesdames et Messieurs, bonjour.", true, false},
		{"Mr. President, Distinguished delegates,", true, false},
		{"I thank you all, and I wish you a productive forum.", false, true},
		{"Thank you all, and I wish you every success.", false, true},
		{"Thank you, Chair.", false, true},
		// Mirrors: a statement with a greeting or thanks in it.
		{"Fiji supports the fund, and we say to all our partners, good morning.", false, false},
		{"Fiji thanks the Chair and supports the fund, good morning.", false, false},
		{"I thank you all, and Fiji supports the fund.", false, false},
		{"Good morning. Fiji supports the fund.", false, false},
	} {
		if got := isSalutation([]byte(tt.p)); got != tt.salutation {
			t.Errorf("isSalutation(%q) = %v, want %v", tt.p, got, tt.salutation)
		}
		if got := isCourtesy([]byte(tt.p)); got != tt.courtesy {
			t.Errorf("isCourtesy(%q) = %v, want %v", tt.p, got, tt.courtesy)
		}
	}
}

// TestFullTextPointer: a pointer to the full texts, alone or with a
// newsletter's next issue, is the publisher's, nobody's (pages15's 9d2,
// 9da); a paragraph that says more after it is not.
func TestFullTextPointer(t *testing.T) {
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"The full texts of the Dutch positions are available on the Government's website.", true},
		{"Le texte intégral des contributions est disponible sur le site du secrétariat. Prochain numéro : mai 2026.", true},
		{"El texto completo de la declaración está disponible en www.cancilleria.gob.ec.", true},
		{"The full text is available at www.un.org. Next issue: 4 May.", true},
		// Mirrors: more said after the pointer; a text that is not a pointer.
		{"The full text is available online. Kenya supports the fund.", false},
		{"The full text of the treaty must be negotiated by all States.", false},
	} {
		if got := editorialNote([]byte(tt.p)); got != tt.want {
			t.Errorf("editorialNote(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestQuestionGoesWithUnheldAnswer: a question whose answer no country
// holds is dropped with it, not shown with the next paragraph held,
// another speaker's.
func TestQuestionGoesWithUnheldAnswer(t *testing.T) {
	page := "MODERATOR: Good morning. The Minister has the floor.\n\n" +
		"MINISTER: Thank you. We will publish our national position next week.\n\n" +
		"MODERATOR: We now take questions.\n\n" +
		"Q: Is a new treaty needed?\n\n" +
		"MINISTER: Not at this stage; the existing rules must first be applied.\n\n" +
		"Kenya: Kenya supports a treaty.\n"
	// Mirror: a question whose answer is held is shown with it.
	held := "Q: Is a new treaty needed?\n\n" +
		"AMB. OTIENO: Kenya supports a treaty.\n"
	checkPageCases(t, []pageCase{
		{"question dropped", page, "Q: Is a new treaty", ""},
		{"next speaker alone", page, "Kenya: Kenya supports", "Kenya"},
		{"question with held answer", held, "Q: Is a new treaty", "Kenya"},
	})
}

// TestReceivedUsIntro: a magazine's scene-setting line before an
// interview ("The Deputy Minister received us at the Ministry in Ankara")
// is the journalist's, not the interviewee's country's (pages15's 9d9).
func TestReceivedUsIntro(t *testing.T) {
	en := "An interview with Armenia's Deputy Foreign Minister\n\n" +
		"The Deputy Minister received us at the Ministry in Yerevan, a week before the session.\n\n" +
		"Deputy Minister, what will Armenia ask for at the session?\n\n" +
		"Armenia will ask for a working group on critical infrastructure.\n"
	es := "Entrevista con la canciller de Costa Rica\n\n" +
		"La canciller nos recibió en su despacho de San José.\n\n" +
		"¿Qué pedirá Costa Rica en la sesión?\n\n" +
		"Costa Rica pedirá un fondo para el fomento de la capacidad.\n"
	// Mirror: the interviewee's own words after it are still hers.
	checkPageCases(t, []pageCase{
		{"en intro", en, "The Deputy Minister received us", ""},
		{"en answer", en, "Deputy Minister, what will Armenia", "Armenia"},
		{"es intro", es, "La canciller nos recibió", ""},
		{"es answer", es, "¿Qué pedirá Costa Rica", "Costa Rica"},
	})
}
