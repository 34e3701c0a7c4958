package corpus

import "testing"

// TestFrontedViewHolds: a paragraph opening with a phrase that frames a
// country's view ("For Ghana,", "De acuerdo con el Ecuador,", "Aux yeux du
// Togo,") is that country's, never the previous paragraph's holder's, in
// English, Spanish and French; "For Ghana, Nigeria pledged" stays
// Nigeria's, and "For the first time, Uganda" Uganda's.
func TestFrontedViewHolds(t *testing.T) {
	prevEN := "Kenya said that capacity building must come first and called for more funding.\n\n"
	prevES := "Bolivia señaló que los ataques contra la infraestructura crítica son su principal preocupación.\n\n"
	prevFR := "Le Mali a indiqué que les attaques contre les infrastructures critiques constituent sa principale préoccupation.\n\n"
	tests := []struct {
		name, page, want string
	}{
		{"for X", prevEN + "For Ghana, the priority remains the fight against online fraud targeting mobile money users.\n", "Ghana"},
		{"in the eyes of", prevEN + "In the eyes of Ghana, the priority remains the fight against online fraud.\n", "Ghana"},
		{"X's perspective", prevEN + "From Ghana's perspective, the priority remains the fight against online fraud.\n", "Ghana"},
		{"for X, Y acts", prevEN + "For Ghana, Nigeria pledged to share threat intelligence through the regional platform.\n", "Nigeria"},
		{"for the first time", prevEN + "For the first time, Uganda said it would back a binding instrument.\n", "Uganda"},
		{"de acuerdo con", prevES + "De acuerdo con el Ecuador, hay que fortalecer los CERT nacionales antes de nuevas normas.\n", "Ecuador"},
		{"a juicio de", prevES + "A juicio de Honduras, hay que fortalecer los CERT nacionales antes de nuevas normas.\n", "Honduras"},
		{"en opinión de", prevES + "En opinión de Chile, hay que fortalecer los CERT nacionales antes de nuevas normas.\n", "Chile"},
		{"desde el punto de vista de", prevES + "Desde el punto de vista de Cuba, hay que fortalecer los CERT nacionales antes de nuevas normas.\n", "Cuba"},
		{"de l'avis de", prevFR + "De l'avis du Niger, il faut renforcer les CERT nationaux avant toute nouvelle norme.\n", "Niger"},
		{"du point de vue de", prevFR + "Du point de vue de la Zambie, il faut renforcer les CERT nationaux avant toute nouvelle norme.\n", "Zambia"},
		{"aux yeux de", prevFR + "Aux yeux du Togo, il faut renforcer les CERT nationaux avant toute nouvelle norme.\n", "Togo"},
		{"pour, one French marker", prevFR + "Pour la Zambie, la priorité reste la lutte contre la cybercriminalité financière.\n", "Zambia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := map[string]string{"Kenya": "Kenya", "Bolivia": "Bolivia", "Le Mali": "Mali"}
			var prev string
			for k, v := range first {
				if len(tt.page) >= len(k) && tt.page[:len(k)] == k {
					prev = v
				}
			}
			checkHeld(t, tt.page, []held{{prev, tt.page[:12]}, {tt.want, ""}})
		})
	}
}

// TestShortRomanceParagraphLang: one Spanish or French marker and no
// English one in eight words or more reads as that language; a short
// heading with one does not, nor does English text with more English
// markers.
func TestShortRomanceParagraphLang(t *testing.T) {
	tests := []struct{ p, want string }{
		{"Pour la Zambie, la priorité reste la lutte contre la cybercriminalité financière.", "fr"},
		{"Para Zambia, la prioridad sigue siendo la lucha contra la ciberdelincuencia financiera.", "es"},
		{"Statement pour la Zambie", ""},
		{"The delegation of Zambia spoke about the need for more capacity building.", ""},
	}
	for _, tt := range tests {
		if got := paragraphLang(Tokenize(tt.p)); got != tt.want {
			t.Errorf("paragraphLang(%q) = %q, want %q", tt.p, got, tt.want)
		}
	}
}

// TestMeetingVoiceIsNobodys: a meeting's collective conclusion and an
// author's first-person view are no delegation's words, least of all the
// previous paragraph's holder's; "Participants from Kenya said" is not
// matched, nor is a delegate's "In our view".
func TestMeetingVoiceIsNobodys(t *testing.T) {
	yes := []string{
		"Participants agreed to meet again in 2027.",
		"The participants welcomed the offer to host the next session.",
		"All delegations agreed on the need for a points of contact directory.",
		"The workshop closed with a call for regional exercises.",
		"My own view is that these positions are complementary rather than contradictory.",
		"In my view, the region would benefit from a common position.",
		"Los participantes acordaron reunirse de nuevo en 2027.",
		"Tous les participants ont salué l'offre du Sénégal.",
		"La reunión concluyó con un llamado a la cooperación.",
		"Les participants ont convenu de se réunir à nouveau.",
		"L'atelier a pris fin avec un appel à la coopération.",
	}
	no := []string{
		"Participants from Kenya said that capacity building comes first.",
		"In our view, the region would benefit from a common position.",
		"The meeting room was full.",
		"Le Mali a indiqué que les attaques constituent sa préoccupation.",
	}
	checkMeetingVoice(t, "Nauru said it relies on one submarine cable and asked for help.", held{"Nauru", "Nauru said"}, yes, no)
}

// checkMeetingVoice holds that meetingVoice matches each of yes and none of
// no, and that each of yes after the paragraph before (held as prevHeld)
// holds nothing.
func checkMeetingVoice(t *testing.T, before string, prevHeld held, yes, no []string) {
	t.Helper()
	for _, p := range yes {
		if !meetingVoice(p) {
			t.Errorf("meetingVoice(%q) = false", p)
		}
		checkHeld(t, before+"\n\n"+p+"\n", []held{prevHeld})
	}
	for _, p := range no {
		if meetingVoice(p) {
			t.Errorf("meetingVoice(%q) = true", p)
		}
	}
}

// TestCopyrightEndsHeadline: a copyright line right under the last related
// headline starts its own paragraph, so the headline ("Tonga outage: one
// year on") is not completed into a sentence that Tonga held.
func TestCopyrightEndsHeadline(t *testing.T) {
	page := "Nauru said that protecting undersea cables must be a norm, not a courtesy.\n\nRelated stories\n- Fiji launches national CERT\n- Tonga outage: one year on\n© 2026 Pacific Digital Wire. All rights reserved.\n"
	checkHeld(t, page, []held{{"Nauru", "Nauru said"}})
	for _, line := range []string{"© 2026 Wire", "(c) 2026 Wire", "Copyright 2026 Wire", "All rights reserved."} {
		if !copyrightLine([]byte(line)) {
			t.Errorf("copyrightLine(%q) = false", line)
		}
	}
	if copyrightLine([]byte("Copyrighted works are protected")) {
		t.Error("copyrightLine took a sentence about copyright")
	}
}

// TestUnnamedSpeaker: a speaker a report leaves unnamed, or the joint
// voice of a bilateral readout, holds nothing, however the paragraph
// before was held; a named or demonym speaker is not matched.
func TestUnnamedSpeaker(t *testing.T) {
	yes := []string{
		"Not everyone was convinced. A delegate from a Western country, speaking on background, said the proposal would give governments cover to censor the internet.",
		"A delegate from another delegation said the proposal went too far.",
		"A Western diplomat said the proposal would legitimise censorship.",
		"One negotiator, speaking on condition of anonymity, said the text was dead.",
		"Both sides agreed to hold the next round in 2027.",
		"The two sides exchanged views on the UN framework and agreed to set up points of contact.",
		"Ambas partes acordaron reunirse de nuevo.",
		"Les deux parties ont convenu de se revoir.",
	}
	no := []string{
		"A senior official from Kenya said the proposal went too far.",
		"A Kenyan diplomat said the proposal went too far.",
		"One of the most active delegations, Ghana, called for a treaty.",
		"Both Kenya and Ghana called for a treaty.",
	}
	checkMeetingVoice(t, "Turkmenistan repeated its long-standing call for a UN convention on information security.",
		held{"Turkmenistan", "Turkmenistan repeated"}, yes, no)
}

// TestSplitTitleAuthor: a country's name and its document's name on two
// title lines make the country the page's author, so a paragraph of its
// strategy saying what partners did stays its own; a title line that
// names no document leaves such a paragraph to the partners it names.
func TestSplitTitleAuthor(t *testing.T) {
	body := "\n\n1.1 Mongolia considers that international law applies to the use of ICTs by States.\n\n" +
		"2.1 Japan and the Republic of Korea have supported the training of Mongolian incident responders.\n"
	checkHeld(t, "MONGOLIA\nNATIONAL CYBER SECURITY STRATEGY 2026–2030"+body,
		[]held{{"Mongolia", "Mongolia considers"}, {"Mongolia", "Japan and"}})
	checkHeld(t, "MONGOLIA\nWORKSHOP NOTES"+body,
		[]held{{"Mongolia", "Mongolia considers"}, {"Japan", "Japan and"}, {"South Korea", "Japan and"}})
	if !nationalDocTitle("NATIONAL CYBER SECURITY STRATEGY 2026–2030") || !nationalDocTitle("Estrategia Nacional de Ciberseguridad") {
		t.Error("a strategy's title is no document title")
	}
	if nationalDocTitle("Workshop report, 12 May") {
		t.Error("a report's title read as a country's own document")
	}
}
