package corpus

import "testing"

// TestOfficialOfNamedOffice: an official named by the office's full title
// and the country closing it ("the Deputy Minister of Communications and
// Digital Technologies of South Africa said", "The head of the Israel
// National Cyber Directorate, who …, said", "South Africa's Deputy
// Minister said"), after a short scene ("At the launch,"), speaks for that
// country, even in another country's own press statement; the statement's
// next paragraph naming only its author stays the author's. Mirrors: the
// author's own minister, and an office naming no country, stay the
// author's.
func TestOfficialOfNamedOffice(t *testing.T) {
	const head = "Government of the Kingdom of Eswatini\nMinistry of Information, Communications and Technology\n\nPRESS STATEMENT\n\n" +
		"MBABANE, 22 September 2025 — The Ministry announces that the Data Protection Act is now fully in force.\n\n"
	const after = "Members of the public are encouraged to report cybercrime to the Royal Eswatini Police Service.\n"
	tests := []struct {
		name, para string
		want       string
	}{
		{"scene, office of a ministry of a country", "At the launch, the Deputy Minister of Communications and Digital Technologies of South Africa said that South Africa stood ready to share its experience.", "South Africa"},
		{"office of a country", "The Deputy Minister of Communications of South Africa said that South Africa stood ready to share its experience.", "South Africa"},
		{"possessive and rank", "South Africa's Deputy Minister said that South Africa stood ready to share its experience.", "South Africa"},
		{"head of a body the country names", "The head of the Israel National Cyber Directorate, who came for the launch, said criminal groups had targeted water systems.", "Israel"},
		// Mirrors.
		{"the author's minister", "At the launch, the Minister said that the laws will protect children online.", "Eswatini"},
		{"office naming no country", "The Deputy Minister of Communications said the laws will protect children online.", "Eswatini"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeld(t, head+tt.para+"\n\n"+after, []held{
				{"Eswatini", "MBABANE"}, {tt.want, tt.para[:12]}, {"Eswatini", "Members of the public"}})
		})
	}
}

// TestMinisterOfPortfolioIsStates: a minister named by portfolio alone
// ("El ministro de Transportes, Telecomunicaciones y … explicó") speaks for
// a State, never for a company as "El representante de Microsoft" does:
// in a news story about one country it is that country's, where it was
// dropped as nobody's. The company's representative stays nobody's.
func TestMinisterOfPortfolioIsStates(t *testing.T) {
	const lead = "Malabo, 15 de marzo de 2026. El Gobierno de Guinea Ecuatorial aprobó el jueves un decreto que crea la Agencia Nacional de Ciberseguridad.\n\n"
	tests := []struct {
		para string
		want []held
	}{
		{"El ministro de Transportes, Telecomunicaciones y Sistemas de Inteligencia Artificial explicó que el ataque demostró la fragilidad del país.",
			[]held{{"Equatorial Guinea", "El Gobierno"}, {"Equatorial Guinea", "El ministro de Transportes"}}},
		{"The Minister of Transport explained that the attack showed how fragile the network was.",
			[]held{{"Equatorial Guinea", "El Gobierno"}, {"Equatorial Guinea", "The Minister of Transport"}}},
		// Mirror: a company's representative speaks for no country.
		{"El representante de Microsoft explicó que el ataque demostró la fragilidad de la red.",
			[]held{{"Equatorial Guinea", "El Gobierno"}}},
	}
	for _, tt := range tests {
		checkHeld(t, lead+tt.para+"\n", tt.want)
	}
}
