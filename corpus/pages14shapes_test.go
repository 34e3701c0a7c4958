package corpus

import "testing"

// TestSameAnswererKeepsCountry: in an interview or a press conference, the
// speaker whose labelled answer to a question was held by their country
// answers the next question for the same country, even when the answer
// opens on another State ("RIVERA: Chile has its own view, and we respect
// it", "R. : Le Togo est un pays ami et nous …", "MINISTRA: Colombia
// tiene su propia visión"): that State is the answer's topic, not its
// speaker (testdata/pages14's 9c0 and 9c6).
func TestSameAnswererKeepsCountry(t *testing.T) {
	en := "Q: What is Peru's priority for the new mechanism?\n\n" +
		"AMB. RIVERA: Peru wants the mechanism to fund national incident response teams.\n\n" +
		"Q: Your neighbour sees it differently, doesn't it?\n\n" +
		"AMB. RIVERA: Chile has its own view, and we respect it. We think the fund must come first.\n"
	fr := "Q. (Radio Nationale) : Monsieur le Ministre, où en est la loi sur la cybersécurité ?\n\n" +
		"R. : Le Gabon adoptera la loi en mars. Elle crée une agence nationale.\n\n" +
		"Q. (AFP) : Le Togo accuse des pirates installés chez vous. Que répondez-vous ?\n\n" +
		"R. : Le Togo est un pays ami et nous prenons ces accusations au sérieux. Une enquête est ouverte.\n"
	es := "PERIODISTA: ¿Qué ha cambiado desde el ataque?\n\n" +
		"MINISTRA: El Uruguay creó un centro de respuesta a incidentes para todo el sector público.\n\n" +
		"PERIODISTA: ¿Apoya el tratado regional?\n\n" +
		"MINISTRA: Argentina tiene su propia visión sobre esto. Nosotros preferimos el Convenio de Budapest.\n"
	// Mirrors: another label answering is another speaker; a speaker
	// whose first answer no country held has no country to keep.
	two := "Q: What is Peru's priority for the new mechanism?\n\n" +
		"AMB. RIVERA: Peru wants the mechanism to fund national incident response teams.\n\n" +
		"Q: Minister Soto, what does your government think?\n\n" +
		"MINISTER SOTO: Chile has decided to fund its own national team first.\n"
	unheld := "Q: What is the priority for the new mechanism?\n\n" +
		"AMB. RIVERA: Funding, above all.\n\n" +
		"Q: And your government?\n\n" +
		"AMB. RIVERA: Chile has decided to fund its own national team first.\n"
	// The same guest's answer stays whole: not cut where another State
	// opens a clause.
	cut := "PERIODISTA: ¿Qué ha cambiado desde el ataque?\n\n" +
		"MINISTRA: El Uruguay creó un centro de respuesta a incidentes para todo el sector público.\n\n" +
		"PERIODISTA: ¿Apoya el tratado regional?\n\n" +
		"MINISTRA: Argentina tiene su propia visión sobre esto, y Chile también. Nosotros preferimos el Convenio de Budapest.\n"
	checkPageCases(t, []pageCase{
		{"es answer not cut", cut, "PERIODISTA: ¿Apoya", "Uruguay"},
		{"es no part of it Chile's", cut, "Chile también", ""},
		{"en other State's view", en, "Q: Your neighbour", "Peru"},
		{"fr R. answer", fr, "Q. (AFP)", "Gabon"},
		{"es MINISTRA", es, "PERIODISTA: ¿Apoya", "Uruguay"},
		{"en first answer", en, "Q: What is Peru's", "Peru"},
		{"fr first answer", fr, "Q. (Radio Nationale)", "Gabon"},
		{"en another label", two, "Q: Minister Soto", "Chile"},
		{"en no country before", unheld, "Q: And your government", "Chile"},
	})
}

// TestAnswerLabel: the label an answer opens with, and none where a
// paragraph opens with no short capitalised label.
func TestAnswerLabel(t *testing.T) {
	for _, tt := range []struct{ p, want string }{
		{"AMB. JOVANOVIĆ: Not yet.", "AMB. JOVANOVIĆ"},
		{"R. : Le projet de loi a été adopté.", "R."},
		{"MINISTRA: Mucho.", "MINISTRA"},
		{"Mme Lambert : Par les hôpitaux.", "Mme Lambert"},
		{"Chile has its own view: we respect it.", ""},
		{"As Kenya rightly said this morning, capacity matters: all agree.", ""},
		{"the minister: yes.", ""},
		{"No label at all.", ""},
	} {
		if got := answerLabel(tt.p); got != tt.want {
			t.Errorf("answerLabel(%q) = %q, want %q", tt.p, got, tt.want)
		}
	}
}

// TestQuotedAfterColonIsNotSubject: a speaker's sentence that goes on,
// after a colon, into a quotation ("La portavoz de la Cancillería
// dominicana respondió a una pregunta sobre Haití: "Haití es un país
// hermano …"", "The Togolese foreign minister answered a question on
// Benin: “Benin is …”", "Le ministre togolais a déclaré : « Le Bénin est
// … »") is the speaker's: the country the quotation opens on is its
// topic, and held it (testdata/pages14's 9c5).
func TestQuotedAfterColonIsNotSubject(t *testing.T) {
	es := "El Gobierno de la República Dominicana negó cualquier relación con el ataque.\n\n" +
		"La portavoz de la Cancillería dominicana, Carolina Méndez, respondió a una pregunta sobre Haití: \"Haití es un país hermano y vamos a ayudar\".\n"
	en := "The Government of Ghana condemned the attack.\n\n" +
		"The Togolese foreign minister answered a question on Benin: “Benin is a close partner and we will help.”\n"
	fr := "Le Gouvernement du Ghana a condamné l'attaque.\n\n" +
		"Le ministre togolais a répondu à une question sur le Bénin : « Le Bénin est un partenaire proche. »\n"
	unnamed := "El Gobierno de la República Dominicana negó cualquier relación con el ataque.\n\n" +
		"La portavoz, Carolina Méndez, respondió a una pregunta sobre Haití: \"Haití es un país hermano y vamos a ayudar\".\n"
	// A spokesperson the sentence does not place goes on with the block
	// before, as she did with no quotation.
	// Mirrors: a country before the colon speaks; a quotation with no
	// colon before it is the quoted speaker's as before; a colon with no
	// quotation after it leaves the clause after it alone.
	said := "The Government of Ghana condemned the attack.\n\nTogo said: “Benin is a close partner and we will help.”\n"
	noColon := "The Government of Ghana condemned the attack.\n\n“We will help our neighbours,” the Togolese foreign minister said.\n"
	plain := "The Government of Ghana condemned the attack.\n\nThe outcome was clear: Benin has adopted the law.\n"
	checkPageCases(t, []pageCase{
		{"es demonym after the institution", es, "La portavoz de la Cancillería", "Dominican Republic"},
		{"en demonym", en, "The Togolese foreign minister", "Togo"},
		{"fr demonym", fr, "Le ministre togolais", "Togo"},
		{"es unnamed spokesperson", unnamed, "La portavoz, Carolina", "Dominican Republic"},
		{"en country said", said, "Togo said", "Togo"},
		{"en no colon", noColon, "“We will help", "Togo"},
		{"en colon without quotation", plain, "The outcome was clear", "Benin"},
	})
}

// TestHostIntroQuestionIsHosts: an interviewer's labelled introduction of
// the guest ("PERIODISTA: Buenos días. Nos acompaña hoy la ministra … del
// Ecuador. Bienvenida, ministra.", "HOST: My guest today is …") is the
// host's: it is not a question shown with the guest's answer after it,
// and so held by the guest's country (testdata/pages14's 9cb).
func TestHostIntroQuestionIsHosts(t *testing.T) {
	es := "Entrevista con la ministra de Telecomunicaciones del Ecuador\n\n" +
		"PERIODISTA: Buenos días. Nos acompaña hoy la ministra de Telecomunicaciones del Ecuador, María José Andrade. Bienvenida, ministra.\n\n" +
		"MINISTRA: Buenos días, gracias por la invitación.\n\n" +
		"PERIODISTA: ¿Qué ha cambiado desde el ataque?\n\n" +
		"MINISTRA: El Ecuador creó un centro de respuesta a incidentes.\n"
	en := "Interview with the Ambassador of Peru\n\n" +
		"HOST: My guest today is Ambassador Ana Rivera, Peru's envoy for digital affairs. Ambassador, welcome.\n\n" +
		"RIVERA: Thank you. Peru is glad to take part.\n"
	q := "Interview with the Ambassador of Micronesia\n\n" +
		"Q: Ambassador, thank you for joining us. How exposed is Micronesia?\n\n" +
		"A: Very exposed. We depend on one submarine cable.\n"
	checkPageCases(t, []pageCase{
		{"es introduction", es, "PERIODISTA: Buenos días", ""},
		{"en introduction", en, "HOST: My guest today", ""},
		// Mirrors: the interviewer's question is still shown with the
		// answer and held as it is.
		{"es question", es, "PERIODISTA: ¿Qué ha cambiado", "Ecuador"},
		{"en thanks then a question", q, "Q: Ambassador, thank you", "Micronesia"},
	})
}

// TestSpeakerInCapitals: a Hansard that prints names in capitals after a
// title ("Mr SPEAKER: Order! The Minister may continue.") labels the
// Speaker as one in mixed case does: the Speaker's words are nobody's
// (testdata/pages14's 9c7 held them by the parliament's country).
func TestSpeakerInCapitals(t *testing.T) {
	page := "NATIONAL PARLIAMENT OF PAPUA NEW GUINEA\n\n" +
		"Mr SIAGURU (Minister for Information and Communications Technology): Mr Speaker, Papua New Guinea will keep full control of its own networks.\n\n" +
		"Mr SPEAKER: Order! The Minister may continue.\n\n" +
		"Madam DEPUTY SPEAKER: Order! Members will resume their seats.\n\n" +
		"Mr Speaker: Order. The Minister has the floor.\n"
	checkPageCases(t, []pageCase{
		{"capitals", page, "Mr SPEAKER: Order!", ""},
		{"deputy in capitals", page, "Madam DEPUTY SPEAKER", ""},
		// Mirrors: the Speaker in mixed case as before; the minister
		// keeps his turn.
		{"mixed case", page, "Mr Speaker: Order.", ""},
		{"minister", page, "Mr SIAGURU", "Papua New Guinea"},
	})
}
