package corpus

import "testing"

// TestNotesHeadingEndsStatement: a statement's notes under a heading of
// their own ("Notes", "Footnotes", "Notas", "Notes de bas de page") cite
// where other States said something; none is the speaker's, and a note
// reporting another State ("Brazil has stated …") is not the speaker's
// either (pages11's 984). Mirrors: a numbered list with no heading over it
// is still its States' (TestFootnotesAreNobodys), and a body paragraph
// that only mentions notes keeps its holder.
func TestNotesHeadingEndsStatement(t *testing.T) {
	for _, heading := range []string{"Notes", "Footnotes", "Endnotes", "Notas", "Notes de bas de page"} {
		page := "Statement by the Republic of Mauritius\n\nMauritius considers that international humanitarian law applies to cyber operations.[1]\n\n" +
			"Thank you, Chair.\n\n" + heading + "\n\n[1] See also the Position Paper of Kenya on international law in cyberspace (2024), para. 12.\n\n" +
			"[2] Brazil has stated that due diligence is not yet an obligation; see A/76/136, p. 22.\n"
		checkHeld(t, page, []held{{"Mauritius", "Mauritius considers"}})
	}
	checkHeld(t, "Mauritius takes note of the notes by the Secretariat and supports the programme of action.\n\n"+
		"Mauritius also supports a fund for capacity-building in small island States.\n",
		[]held{{"Mauritius", "Mauritius takes note"}, {"Mauritius", "Mauritius also"}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Notes", true}, {"Footnotes", true}, {"Notas al pie", true}, {"Notes de bas de page", true},
		{"Notes:", false}, {"Notes on the draft", false}, {"Noted", false}, {"Estonia", false},
	} {
		if got := endMatterLine([]byte(tt.line)); got != tt.want {
			t.Errorf("endMatterLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestNotesTitleOverMeetingNotes: "Notes" over a page's first paragraphs
// titles a meeting's notes, whose States hold their paragraphs; it ends
// the text only after a paragraph was held (mirror of
// TestNotesHeadingEndsStatement).
func TestNotesTitleOverMeetingNotes(t *testing.T) {
	checkHeld(t, "Notes\n\nTogo said that it supported a fund for capacity-building.\n\nNiger stressed that due diligence applies.\n",
		[]held{{"Togo", "Togo said"}, {"Niger", "Niger stressed"}})
}

// TestRightOfReplyGerund: a right of reply fronted by a gerund and a
// possessive ("Exerçant son droit de réponse, le représentant du Mali a
// rejeté les allégations formulées par la France", "Ejerciendo su derecho
// de respuesta, la delegada de Cuba rechazó …") is its subject's, not the
// speaker's before it nor the State it answers (pages11's 980). Mirror:
// with no country subject after the comma, the State it answers holds
// nothing.
func TestRightOfReplyGerund(t *testing.T) {
	checkHeld(t, "Les Comores ont insisté sur la nécessité de protéger les câbles sous-marins des petits États insulaires.\n\n"+
		"Exerçant son droit de réponse, le représentant du Mali a rejeté les allégations formulées la veille par la France.\n",
		[]held{{"Comoros", "Les Comores"}, {"Mali", "Exerçant"}})
	checkHeld(t, "Honduras señaló que el mecanismo debe proteger la infraestructura crítica de los servicios de salud.\n\n"+
		"Ejerciendo su derecho de respuesta, la delegada de Cuba rechazó las acusaciones formuladas por los Estados Unidos.\n",
		[]held{{"Honduras", "Honduras"}, {"Cuba", "Ejerciendo"}})
	c := loadPage(t, "Les Comores ont insisté sur la nécessité de protéger les câbles sous-marins des petits États insulaires.\n\n"+
		"Exerçant son droit de réponse, il a rejeté les allégations formulées la veille par la France.\n")
	for _, s := range c.Statements() {
		if s.Country == "France" {
			t.Errorf("the State answered holds %q", s.Text)
		}
	}
}

// TestQuoteSpeakerLongClause: a quotation whose reporting clause runs on
// past its verb of saying ("“…,” the Czech National Cyber and Information
// Security Agency stated in its 2025 annual report") is the speaker's the
// clause names, not the holder's before it (pages11's 983). Mirrors: a
// short clause as before, and a clause with no verb of saying in its
// first twelve words names no speaker, so no Czech holder.
func TestQuoteSpeakerLongClause(t *testing.T) {
	lead := "Slovakia will deepen cooperation with its closest partners in the Visegrad Group.\n\n"
	checkHeld(t, lead+`"No country can defend its networks alone," the Czech National Cyber and Information Security Agency stated in its 2025 annual report.`+"\n",
		[]held{{"Slovakia", "Slovakia will"}, {"Czechia", `"No country`}})
	checkHeld(t, lead+`"No country can defend its networks alone," the Czech agency said.`+"\n",
		[]held{{"Slovakia", "Slovakia will"}, {"Czechia", `"No country`}})
	c := loadPage(t, lead+`"No country can defend its networks alone," the long and detailed annual report of the National Cyber Agency of the Czech Republic in 2025 concluded.`+"\n")
	for _, s := range c.Statements() {
		if s.Country == "Czechia" {
			t.Errorf("no verb of saying within twelve words, yet Czechia holds %q", s.Text)
		}
	}
}
