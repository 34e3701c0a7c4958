package corpus

import "testing"

// TestBodyVoice: a committee's, a court's or a chair's own words ("The
// Committee observes", "The Court is not persuaded by Uganda's argument",
// "La Presidencia considera", "La Cour estime") are nobody's, whatever
// country the paragraph before or the page's heading named (testdata/pages9's
// 932, 938, 953); a government body whose name goes on ("The Council of
// Ministers adopted") is read as before.
func TestBodyVoice(t *testing.T) {
	report := "REPUBLIC OF NAMIBIA\n\nNATIONAL ASSEMBLY\n\n" +
		"The Ministry of Information told the Committee that Namibia would accede to the Budapest Convention.\n\n" +
		"The Committee observes that most submissions supported the Bill.\n\n" +
		"The Committee recommends that the Assembly pass the Bill.\n"
	court := "Uganda submitted that the Charter does not prohibit shutdowns.\n\n" +
		"The Gambia, for its part, argued that any shutdown is disproportionate.\n\n" +
		"The Court is not persuaded by Uganda's argument that the Charter leaves the matter to States.\n\n" +
		"The Court therefore holds that a general shutdown is incompatible with Article 9.\n"
	es := "La delegación de Belice expresó su apoyo a un equipo regional.\n\n" +
		"La Presidencia considera que existe un amplio consenso.\n\n" +
		"La Presidencia Pro Tempore agradeció a todas las delegaciones.\n"
	fr := "Le Mali a présenté ses observations écrites.\n\n" +
		"La Cour estime que la coupure générale est disproportionnée.\n\n" +
		"Le Comité recommande l'adoption du projet.\n"
	mirror := "Bosnia and Herzegovina\n\nThe Council of Ministers adopted the draft Law on Information Security.\n"
	checkPageCases(t, []pageCase{
		{"ministry", report, "The Ministry of Information", "Namibia"},
		{"committee observes", report, "The Committee observes", ""},
		{"committee recommends", report, "The Committee recommends", ""},
		{"court not persuaded", court, "The Court is not persuaded", ""},
		{"court holds", court, "The Court therefore holds", ""},
		{"presidencia", es, "La Presidencia considera", ""},
		{"presidencia pro tempore", es, "La Presidencia Pro Tempore", ""},
		{"cour", fr, "La Cour estime", ""},
		{"comité", fr, "Le Comité recommande", ""},
		// Mirrors.
		{"council of ministers", mirror, "The Council of Ministers", "Bosnia and Herzegovina"},
	})
}

// TestIndefiniteOfficialFrom: "An official from the Philippines, speaking
// on the record, said", "Un funcionario de Panamá dijo", "Un responsable
// du Bénin a déclaré", "Las delegaciones de Costa Rica y Panamá
// subrayaron" name the country they speak for; they went to the country
// of the paragraph before (testdata/pages9's 934, 953). An appositive ("A
// founding member of ASEAN, Indonesia") and a demonym ("A Kenyan
// diplomat said") are read as before.
func TestIndefiniteOfficialFrom(t *testing.T) {
	page := func(p string) string { return "Fiji has adopted a strategy.\n\n" + p + "\n" }
	checkPageCases(t, []pageCase{
		{"en insertion", page("An official from the Philippines, speaking on the record at the end of the session, said that Manila was ready."), "An official", "Philippines"},
		{"en the-name", page("Officials from Kenya and the Gambia said they would sign the declaration."), "Officials from", "Gambia;Kenya"},
		{"es", page("Un funcionario de Panamá dijo que el país apoyaba el proyecto."), "Un funcionario", "Panama"},
		{"fr", page("Un responsable du Bénin, cité par la presse, a déclaré que le pays soutenait le projet."), "Un responsable", "Benin"},
		{"es plural", page("Las delegaciones de Costa Rica y Panamá subrayaron la necesidad de un protocolo regional."), "Las delegaciones", "Costa Rica;Panama"},
		{"es government", page("Por su parte, el Gobierno de Nicaragua rechazó las acusaciones."), "Por su parte", "Nicaragua"},
		// Mirrors.
		{"appositive", page("A founding member of ASEAN, Indonesia has a plan."), "A founding member", "Indonesia"},
		{"demonym", page("A Kenyan diplomat said capacity building was the priority."), "A Kenyan diplomat", "Kenya"},
		{"es no role", page("La cooperación de Chile con Panamá es buena."), "La cooperación", "Fiji"},
	})
}

// TestMinisterAddress: a parliamentary question opening "Monsieur le
// Ministre," (or a letter's "Dear Minister,") is no speech whose first
// paragraph names its speaker: the country the question names does not
// hold the minister's answer (testdata/pages9's 950). "Monsieur le
// Président," still opens a speech.
func TestMinisterAddress(t *testing.T) {
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"Monsieur le Ministre,", false},
		{"Dear Minister,", false},
		{"Señora Ministra,", false},
		{"Honourable Minister,", false},
		{"Mr. President,", true},
		{"Monsieur le Président,", true},
		{"Señor Presidente,", true},
	} {
		if got := opensSpeech([]byte(tt.p)); got != tt.want {
			t.Errorf("opensSpeech(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
	question := "Question parlementaire n° 12 concernant les rançongiciels\n\nMonsieur le Ministre,\n\n" +
		"La Principauté de Monaco a récemment annoncé une cellule de crise commune.\n\n" +
		"Réponse du Ministre des Affaires étrangères\n\n" +
		"Le Luxembourg est membre de l'Initiative internationale contre les rançongiciels.\n\n" +
		"Le Gouvernement luxembourgeois coopère déjà avec la Belgique.\n"
	speech := "Mr. President,\n\nMonaco thanks the Chair for the report.\n\nLuxembourg has argued for a treaty, which we cannot support.\n"
	checkPageCases(t, []pageCase{
		{"answer", question, "Le Luxembourg est membre", "Luxembourg"},
		{"answer goes on", question, "Le Gouvernement luxembourgeois", "Luxembourg"},
		// Mirror: a speech's author keeps the paragraph naming another.
		{"speech", speech, "Luxembourg has argued", "Monaco"},
	})
}

// TestMinutesCellLines: a minutes table pasted one cell per line runs
// the delegation's cell into its intervention ("Guinea-Bissau Asked that
// all documents …"): each row is its delegation's, not the first row's
// (testdata/pages9's 943). A title-case heading is read as before.
func TestMinutesCellLines(t *testing.T) {
	minutes := "No.\nDelegation\nIntervention\n\n1\nSão Tomé and Príncipe\nSupported the draft terms of reference and asked that meetings be held online.\n\n" +
		"2\nGuinea-Bissau\nAsked that all documents be made available in Portuguese.\n\n" +
		"3\nTimor-Leste\nProposed that the network also cover cybercrime.\n"
	checkPageCases(t, []pageCase{
		{"first row", minutes, "São Tomé and Príncipe Supported", "São Tomé and Príncipe"},
		{"second row", minutes, "Guinea-Bissau Asked", "Guinea-Bissau"},
		{"third row", minutes, "Timor-Leste Proposed", "Timor-Leste"},
		// Mirror: a headline in title case is no row.
		{"headline", "Fiji has a strategy.\n\nKenya Cyber Strategy Launched in Nairobi\n\nThe minister said it was overdue.\n", "Kenya Cyber Strategy", ""},
	})
}

// TestDatelineThenSubject: a release's dateline ("Antananarivo, le 21 mai
// 2026 –", "Asunción, 5 de mayo de 2026 –", "Kathmandu, 3 March 2026 –")
// does not hide the subject after it; the visitor the title named held the
// host's narration (testdata/pages9's 940).
func TestDatelineThenSubject(t *testing.T) {
	page := func(p string) string {
		return "Visite de travail du Ministre des Affaires étrangères de la République de Maurice\n\n" + p + "\n"
	}
	checkPageCases(t, []pageCase{
		{"fr", page("Antananarivo, le 21 mai 2026 – Le Ministre des Affaires étrangères de Madagascar a reçu ce jour son homologue mauricien."), "Antananarivo", "Madagascar"},
		{"es", page("Asunción, 5 de mayo de 2026 – El Canciller de Paraguay recibió a su homólogo."), "Asunción", "Paraguay"},
		{"en", page("Kathmandu, 3 March 2026 – The Minister of Foreign Affairs of Nepal received his counterpart."), "Kathmandu", "Nepal"},
		// Mirror: a dateline before no country goes on with the title's.
		{"no subject", page("Port-Louis, le 21 mai 2026 – Le ministre a quitté la capitale pour une visite de travail."), "Port-Louis", "Mauritius"},
	})
}

// TestAuthorsHeading: under a report's own heading ("Our takeaways",
// "What we found", "Nos recommandations", "Nuestras conclusiones") the
// paragraphs no country is the subject of are the authors', not the last
// speaker's (testdata/pages9's 934, 948); an NGO's "We call on the Chadian
// authorities" has "we" for its subject, not Chad. Mirrors: a heading
// that is not the authors' lets the block go on, and a country that is a
// subject under the authors' heading holds its paragraph.
func TestAuthorsHeading(t *testing.T) {
	recap := "Keynote\n\nThe Minister of Tonga said that cables were a lifeline.\n\n" +
		"Our takeaways\n\nFirst, redundancy is a security question.\n\nFiji said it would fund a second cable.\n"
	ngo := "What the authorities said\n\nChad's minister said the cut was necessary.\n\n" +
		"Our recommendations\n\nWe call on the Chadian authorities to commit to keeping the Internet on.\n"
	fr := "Le ministre du Tchad a déclaré que la coupure était nécessaire.\n\nNos recommandations\n\nLa coupure doit être la dernière option.\n"
	es := "El ministro de Chad dijo que el corte era necesario.\n\nNuestras conclusiones\n\nEl corte fue desproporcionado.\n"
	mirror := "Tonga relies on a single cable.\n\nCapacity building\n\nIt calls for training of cable engineers.\n"
	checkPageCases(t, []pageCase{
		{"takeaways", recap, "First, redundancy", ""},
		{"subject under takeaways", recap, "Fiji said", "Fiji"},
		{"ngo call", ngo, "We call on", ""},
		{"fr", fr, "La coupure doit", ""},
		{"es", es, "El corte fue", ""},
		{"other heading", mirror, "It calls", "Tonga"},
	})
	for _, h := range []string{"Our takeaways", "What we found", "Nos recommandations", "Nuestras conclusiones:", "Ce que nous avons constaté"} {
		if !authorsHeading(h) {
			t.Errorf("authorsHeading(%q) = false", h)
		}
	}
	for _, h := range []string{"Our region", "What the authorities said", "Notre-Dame", "Nosotros"} {
		if authorsHeading(h) {
			t.Errorf("authorsHeading(%q) = true", h)
		}
	}
}

// TestAuthorsHeadingMarks: a Markdown heading's marks and emphasis do not
// hide the authors' voice ("## Our assessment" after run-in country notes
// kept the last note's country over the think tank's conclusion).
func TestAuthorsHeadingMarks(t *testing.T) {
	notes := "## Country notes\n\n**Namibia.** Windhoek prefers to implement the voluntary norms.\n\n" +
		"## Our assessment\n\nNone of them is likely to join either bloc.\n"
	mirror := "## Country notes\n\n**Namibia.** Windhoek prefers to implement the voluntary norms.\n\n" +
		"## Capacity building\n\nIt calls for training of cable engineers.\n"
	checkPageCases(t, []pageCase{
		{"markdown authors' heading", notes, "None of them", ""},
		{"markdown other heading", mirror, "It calls", "Namibia"},
	})
	for _, h := range []string{"## Our assessment", "**Our view**", "### What we found:", "# Nos recommandations"} {
		if !authorsHeading(h) {
			t.Errorf("authorsHeading(%q) = false", h)
		}
	}
	for _, h := range []string{"## Our region", "**What the authorities said**"} {
		if authorsHeading(h) {
			t.Errorf("authorsHeading(%q) = true", h)
		}
	}
}

// TestEditorialNote: a translator's or editor's note in brackets, a note
// verbale's courtesy formulas and a running header's page count are no
// country's words (testdata/pages9's 944, 945, 949), even where a note
// names another State; the statement around them is read as before.
func TestEditorialNote(t *testing.T) {
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"[Translator's note: the Minister here refers to the statement made by Egypt on 2 March.]", true},
		{"[Unofficial translation from Arabic]", true},
		{"[Nota del traductor: el término árabe se traduce aquí como «seguridad de la información».]", true},
		{"Romania – National position on the application of international law in cyberspace Page 2 of 3", true},
		{"Posición nacional de Chile Página 4 de 12", true},
		{"The Permanent Mission of the Republic of Yemen to the United Nations presents its compliments to the Secretariat and has the honour to transmit its views.", true},
		{"La Mission permanente du Mali saisit cette occasion pour renouveler au Secrétariat les assurances de sa très haute considération.", true},
		{"La Misión Permanente de Chile saluda atentamente a la Secretaría y tiene el honor de transmitir sus opiniones.", true},
		// Mirrors: a statement with a bracket inside, a footnote mark, a
		// sentence ending on a number.
		{"[12] Written observations of the Republic of Uganda, para. 14.", false},
		{"Libya [as a State party] supports the convention.", false},
		{"The Government has trained 300 officials since 2023, and plans to train 400 more by page 2 of 3", false},
		{"The Embassy of Kenya supports the proposal for a permanent mechanism.", false},
	} {
		if got := editorialNote([]byte(tt.p)); got != tt.want {
			t.Errorf("editorialNote(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
	page := "Libya has suffered repeated attacks.\n\n[Translator's note: the Minister here refers to the statement made by Egypt on 2 March.]\n\n" +
		"We call for the protection of energy infrastructure.\n"
	checkPageCases(t, []pageCase{
		{"note", page, "[Translator", ""},
		{"after the note", page, "We call for", "Libya"},
	})
}

// TestQuotedSpeakerGoesOn: after a paragraph quoting another country's
// minister, "Il a également indiqué …" ("He added", "Elle a ajouté") goes
// on with the quoted speaker, not the block the quotation left running
// (testdata/pages9's 940). Mirror: "It also …" goes on with the block.
func TestQuotedSpeakerGoesOn(t *testing.T) {
	fr := "Le Ministre des Affaires étrangères de Madagascar a reçu son homologue.\n\n" +
		"« Maurice a fait de la cybersécurité une priorité nationale », a déclaré le Ministre mauricien.\n\n" +
		"Il a également indiqué que Maurice soutiendrait la candidature de Madagascar.\n"
	mirror := "Le Ministre des Affaires étrangères de Madagascar a reçu son homologue.\n\n" +
		"« Maurice a fait de la cybersécurité une priorité nationale », a déclaré le Ministre mauricien.\n\n" +
		"Le pays a également annoncé une nouvelle agence.\n"
	checkPageCases(t, []pageCase{
		{"fr he", fr, "Il a également", "Mauritius"},
		{"the country goes on with the block", mirror, "Le pays a également", "Madagascar"},
	})
}
