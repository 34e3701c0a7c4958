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
	checkPageCases(t, []pageCase{
		{"fr partie congolaise", fr, "La partie congolaise", "Congo"},
		{"fr deux parties", fr, "Les deux parties", "Central African Republic;Congo"},
		{"fr other side", fr, "La partie centrafricaine", "Central African Republic"},
		{"en DR Congo", en, "The Congolese side", "DR Congo"},
		{"en neither", neither, "The Congolese side", ""},
		{"mongolia", mongolia, "The Mongolian side", "Mongolia"},
	})
}
