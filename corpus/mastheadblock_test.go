package corpus

import "testing"

// TestMastheadUnderHeadline: a headline and the ministry's masthead on
// consecutive lines, no blank line between ("Costa Rica refuerza …⏎
// Ministerio de …, Gobierno de la República de Costa Rica"), are two title
// lines, not one paragraph whose subject is the headline's country: the
// masthead makes the page its ministry's, so another country's support it
// reports stays the author's account (esfr22's Costa Rica communiqué).
// Mirrors: English and French, the masthead above the headline, and a
// wrapped sentence whose next line opens with a ministry's name, which
// stays one paragraph.
func TestMastheadUnderHeadline(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"es headline then masthead",
			"Honduras refuerza la protección de sus infraestructuras críticas tras los ataques de ransomware contra varias instituciones del Estado\n" +
				"Secretaría de Infraestructura y Transporte, Dirección Nacional de Ciberseguridad, Gobierno de la República de Honduras\n\n" +
				"Tegucigalpa, 2 de junio de 2025\n\n" +
				"El Gobierno de Honduras presentó hoy su nueva Estrategia Nacional de Ciberseguridad.\n\n" +
				"Guatemala y México apoyaron la respuesta de Honduras en 2023 con equipos de expertos; el Gobierno agradeció esa cooperación.\n",
			[]held{{"Honduras", "El Gobierno de Honduras"}, {"Honduras", "Guatemala y México apoyaron"}}},
		{"en headline then masthead",
			"Ghana strengthens the protection of its critical infrastructure two years after ransomware attacks on state agencies\n" +
				"Ministry of Communications, Digital Technology and Innovations, Government of the Republic of Ghana\n\n" +
				"Accra, 3 June 2025\n\n" +
				"The Government of Ghana today presented its updated national cybersecurity strategy.\n\n" +
				"Nigeria and Togo supported Ghana's response in 2023 with expert teams; the Government thanked them for that cooperation.\n",
			[]held{{"Ghana", "The Government of Ghana"}, {"Ghana", "Nigeria and Togo supported"}}},
		{"fr headline then masthead",
			"Le Sénégal renforce la protection de ses infrastructures critiques deux ans après les attaques par rançongiciel contre l'administration\n" +
				"Ministère de la Communication, des Télécommunications et du Numérique, Gouvernement de la République du Sénégal\n\n" +
				"Dakar, le 4 juin 2025\n\n" +
				"Le Gouvernement du Sénégal a présenté aujourd'hui sa stratégie nationale de cybersécurité actualisée.\n\n" +
				"La Côte d'Ivoire et le Maroc ont soutenu la réponse du Sénégal en 2023 avec des équipes d'experts ; le Gouvernement a salué cette coopération.\n",
			[]held{{"Senegal", "Le Gouvernement du Sénégal"}, {"Senegal", "La Côte d'Ivoire et le Maroc"}}},
		{"masthead then headline naming two countries",
			"Ministry of Foreign Affairs of the Republic of Kenya\n" +
				"Kenya and Uganda agree on joint incident response drills after the attacks on their payment systems\n\n" +
				"Nairobi, 5 June 2025\n\n" +
				"Kenya presented its national computer incident response team to the visiting delegation.\n\n" +
				"Uganda and Rwanda supported Kenya's response in 2024 with expert teams; the Ministry thanked them for that cooperation.\n",
			[]held{{"Kenya", "Kenya presented"}, {"Kenya", "Uganda and Rwanda supported"}}},
		{"mirror: a wrapped sentence goes on into a ministry's name",
			"Regional cyber drill held in Accra\n\n" +
				"The drill was organised by the\n" +
				"Ministry of Communications of Ghana and tested how national teams share warnings about attacks.\n",
			[]held{{"Ghana", "The drill was organised by the Ministry of Communications of Ghana"}}},
		{"mirror: the country's name over its ministry's (asked24's 950)",
			"République démocratique du Congo\n" +
				"Ministère des Affaires étrangères, Coopération internationale et Francophonie\n\n" +
				"Kinshasa, le 24 septembre 2026 – La Ministre a reçu le Ministre des Affaires étrangères du Togo.\n\n" +
				"La Ministre a rappelé que la RDC a adopté en 2023 le Code du numérique.\n",
			[]held{{"DR Congo", "Kinshasa, le 24 septembre"}, {"DR Congo", "La Ministre a rappelé"}}},
		{"mirror: two office lines stay one masthead",
			"Ministry of Digital Transformation\n" +
				"Government of the Republic of Trinidad and Tobago\n\n" +
				"The Minister today laid the Cybercrime Bill in Parliament.\n",
			[]held{{"Trinidad and Tobago", "The Minister today"}}},
		{"mirror: a page's first sentence wrapped before a ministry's name",
			"The drill was organised by the\n" +
				"Ministry of Communications of Ghana and tested how national teams share warnings about attacks.\n",
			[]held{{"Ghana", "The drill was organised by the Ministry of Communications of Ghana"}}},
		{"mirror: a masthead then a lower-case continuation",
			"Ministry of Foreign Affairs of the Republic of Kenya\n" +
				"and its national computer incident response team\n\n" +
				"Kenya presented its national computer incident response team to the visiting delegation.\n",
			[]held{{"Kenya", "Kenya presented"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}

// TestOfficeMastheadWithoutCountry: a masthead naming only the office
// ("Ministry of Foreign Affairs", "Ministerio de Relaciones Exteriores")
// over a headline whose subject is a country makes the page that
// country's ministry's: the support of other countries it reports is its
// account (pages19's leftover). Mirrors: a headline whose country is not
// its subject, and the same headline with no office above it (a news
// page), keep the reporting country's words its own.
func TestOfficeMastheadWithoutCountry(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"en",
			"Ministry of Foreign Affairs\n\n" +
				"Ghana welcomes regional support after ransomware attack on payment systems\n\n" +
				"Accra, 3 June 2025\n\n" +
				"Nigeria and Togo have expressed their full support for Ghana's response and sent expert teams to Accra.\n\n" +
				"The Ministry reaffirmed Ghana's commitment to the UN framework of responsible state behaviour.\n",
			[]held{{"Ghana", "Nigeria and Togo have expressed"}, {"Ghana", "The Ministry reaffirmed"}}},
		{"es",
			"Ministerio de Relaciones Exteriores\n\n" +
				"Honduras agradece el apoyo regional tras el ataque de ransomware contra sus sistemas de pago\n\n" +
				"Tegucigalpa, 3 de junio de 2025\n\n" +
				"Guatemala y El Salvador expresaron su pleno respaldo a la respuesta de Honduras y enviaron equipos de expertos.\n",
			[]held{{"Honduras", "Guatemala y El Salvador expresaron"}}},
		{"fr",
			"Ministère des Affaires étrangères\n\n" +
				"Le Sénégal salue le soutien régional après l'attaque par rançongiciel contre ses systèmes de paiement\n\n" +
				"Dakar, le 3 juin 2025\n\n" +
				"Le Mali et la Gambie ont exprimé leur plein soutien à la réponse du Sénégal et ont envoyé des équipes d'experts.\n",
			[]held{{"Senegal", "Le Mali et la Gambie ont exprimé"}}},
		{"mirror: the headline's country is no subject",
			"Ministry of Foreign Affairs\n\n" +
				"Minister receives the new Ambassador of Japan\n\n" +
				"Japan has expressed its full support for closer cooperation on cybersecurity capacity building.\n",
			[]held{{"Japan", "Japan has expressed"}}},
		{"mirror: a news page, no office",
			"Ghana welcomes regional support after ransomware attack on payment systems\n\n" +
				"Accra, 3 June 2025\n\n" +
				"Nigeria and Togo have expressed their full support for Ghana's response and sent expert teams to Accra.\n",
			[]held{{"Nigeria", "Nigeria and Togo"}, {"Togo", "Nigeria and Togo"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}
