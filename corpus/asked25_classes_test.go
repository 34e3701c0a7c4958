package corpus

import "testing"

// TestSeveralOfficialsLeadIsNobodys: a news lead whose subject is several
// States' officials with no verb of saying ("Ministers from Somalia, South
// Sudan and Eritrea clashed …") is the reporter's summary: the headline's
// place ("… spar at Djibouti digital forum") held it (asked25). Mirrors:
// Spanish and French leads; officials of one State, or of several who
// said something, are read as before.
func TestSeveralOfficialsLeadIsNobodys(t *testing.T) {
	const head = "Horn of Africa governments spar at Djibouti digital forum\n\n"
	checkPageCases(t, []pageCase{
		{"english", head + "Ministers from Somalia, South Sudan and Eritrea clashed on Wednesday over internet shutdowns.\n\nSomalia's minister said shutdowns punish everyone.\n", "Ministers from", ""},
		// (A Spanish list subject with any verb, "Representantes de Panamá,
		// Cuba y Belice chocaron …", is read as each State's, as a list of
		// countries opening a sentence is: asked25's own "expusieron …
		// visiones opuestas" is a verb of saying besides.)
		{"french", "Les pays du Sahel s'opposent au forum de Dakar\n\nLes délégations du Tchad, du Niger et du Mali se sont opposées mardi sur la régulation des réseaux sociaux.\n\nLe ministre tchadien a défendu la loi.\n", "Les délégations du", ""},
		// Mirrors.
		{"said", head + "Ministers from Somalia and Eritrea said on Wednesday that cables must be protected.\n", "Ministers from", "Eritrea;Somalia"},
		{"one State", head + "Officials from Somalia clashed with reporters over internet shutdowns.\n", "Officials from", "Djibouti"},
	})
}

// TestAbsentSpeaker: "did not send a speaker", "no envió oradores", "n'a
// pas envoyé de ministre" are absences as "did not send a delegation" is
// (asked25: "The African Union Commission did not send a speaker.
// Ethiopia … attended as an observer and made no statement." was
// Ethiopia's). Mirrors: a State that sent a minister who spoke.
func TestAbsentSpeaker(t *testing.T) {
	before := "Somalia said that shutdowns punish everyone."
	checkHolderCases(t, []holderCase{
		{before, "The African Union Commission did not send a speaker. Ethiopia, the region's largest country, attended as an observer and made no statement.", "-"},
		{before, "Kenya did not send a minister.", "-"},
		{before, "Uganda did not send any officials to the forum.", "-"},
		{before, "Honduras no envió oradores al foro.", "-"},
		{before, "Le Tchad n'a pas envoyé de ministre.", "-"},
		// Mirrors.
		{before, "Kenya sent its minister, who called for a regional CERT.", "Kenya"},
		{before, "Uganda did not send a delegation, but said in a note that it supports the convention.", "Uganda"},
	})
}

// TestSalutationAudienceAndLocalGreeting: a salutation whose addressees
// include the audience's groups ("Colleagues from BtCIRT, Students, ladies
// and gentlemen,") names no speaker (Japan, its first guest's country, held
// the Bhutanese minister's speech: asked25), and a greeting or closing
// thanks with words of the speaker's own language ("Kuzuzangpo la! Good
// morning to you all.", "Tashi Delek, and I thank you. (Applause)",
// asked24's "Good morning. Khotso! Pula! Nala!") is no statement. Mirrors:
// Spanish and French audiences; a sentence with an English verb beside the
// thanks says something.
func TestSalutationAudienceAndLocalGreeting(t *testing.T) {
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"Your Excellency the Ambassador of Japan, Representatives of the World Bank and the ITU, Colleagues from BtCIRT, Students, ladies and gentlemen,", true},
		{"Su Excelencia el Embajador del Japón, Representantes del Banco Mundial, estudiantes, señoras y señores,", true},
		{"Son Excellence l'Ambassadeur du Japon, Représentants de la Banque mondiale, chers étudiants, Mesdames et Messieurs,", true},
		// Mirror: something said.
		{"Japan funded our team, trained our students in Tokyo and gave us the equipment we use today,", false},
	} {
		if got := isSalutation([]byte(tt.p)); got != tt.want {
			t.Errorf("isSalutation(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"Kuzuzangpo la! Good morning to you all.", true},
		{"Good morning. Khotso! Pula! Nala!", true},
		{"Tashi Delek, and I thank you. (Applause)", true},
		{"Ladies and gentlemen, I thank you. Kea leboha. (Prolonged applause)", true},
		{"Bula vinaka! Good afternoon, everyone.", true},
		// Mirrors: a country's words beside the thanks, no local words.
		{"Fiji agrees. Thank you.", false},
		{"Thank you. Bhutan supports the fund.", false},
		{"Good morning to you all, and welcome to Thimphu where we launch our strategy.", false},
	} {
		if got := localGreeting([]byte(tt.p)); got != tt.want {
			t.Errorf("localGreeting(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestHostClosersAndSameNameHeading: a podcast's "Q: Minister, thank you.
// A: Thank you for having me." and "… is an independent production." are
// the host's framing, and a one-word country heading over a note opening
// with another form of its name ("Laos" over "The Lao PDR has not …") is a
// heading (asked25). Mirrors: Spanish and French closers; a wrapped line
// is no heading.
func TestHostClosersAndSameNameHeading(t *testing.T) {
	for _, p := range []string{
		"Q: Minister, thank you. A: Thank you for having me.",
		"P: Ministra, gracias. R: Gracias por invitarme.",
		"Q : Merci, Monsieur le Ministre. R : Merci de m'avoir invité.",
		"[Outro music] Caribbean Cyber Hour is an independent production. Views are those of the guests.",
	} {
		if !hostFraming(p, phraseCues(p)) {
			t.Errorf("hostFraming(%q) = false, want true", p)
		}
	}
	if p := "A: Saint Kitts and Nevis is an independent State and will defend its networks."; hostFraming(p, phraseCues(p)) {
		t.Errorf("hostFraming(%q) = true, want false", p)
	}
	for _, tt := range []struct {
		line, next string
		want       bool
	}{
		{"Laos", "The Lao PDR has not commented on the Pall Mall Process.", true},
		{"Kyrgyzstan", "The Kyrgyz Republic said in May that it will adopt a law.", true},
		// Mirrors: a wrapped line, a word sharing too little.
		{"Ambassador", "Ambassadors of the region met on Tuesday.", false},
		{"Laos", "La semaine dernière, le gouvernement a adopté une loi.", false},
	} {
		if got := wordHeading([]byte(tt.line), []byte(tt.next)); got != tt.want {
			t.Errorf("wordHeading(%q, %q) = %v, want %v", tt.line, tt.next, got, tt.want)
		}
	}
}
