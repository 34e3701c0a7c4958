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
	checkPageCases(t, []pageCase{
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
