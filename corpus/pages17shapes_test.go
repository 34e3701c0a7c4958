package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestPages17OfficialsAndCapitals: a paragraph whose speaker is another
// country's official or government, named by a Spanish or French
// "pour"/"para" view ("Pour le délégué de Madagascar, …"), by "Según
// explicó" and an official with a portfolio, by a demonym before a
// portfolio's acronym or a Cabinet Secretary, or by its capital before a
// Spanish or French verb, is that country's, not the one the paragraph
// before named (testdata/pages17's 9f4, 9f8, 9f9). Neighbours keep their
// reading: a country's own view, a portfolio title naming no country, a
// capital as a place.
func TestPages17OfficialsAndCapitals(t *testing.T) {
	const lead = "Peru adopted a national cybersecurity strategy on Monday, the government said.\n\n"
	tests := []heldRow{
		{"Pour le délégué de Madagascar, la fracture numérique reste le principal obstacle.", "Madagascar"},
		{"Para el delegado de Madagascar, la brecha digital sigue siendo el principal obstáculo.", "Madagascar"},
		{"Pour la représentante de Monaco, le droit international existant suffit.", "Monaco"},
		{"Según explicó el viceministro cubano de Comunicaciones, el reglamento busca proteger la infraestructura crítica.", "Cuba"},
		{"Según informó el canciller de Bolivia, el acuerdo se firmará en mayo.", "Bolivia"},
		{"According to the Minister of Information and Communication Technology of Namibia, the bill will be debated in June.", "Namibia"},
		{"The Namibian ICT minister added that the bill would allow the police to request data from abroad.", "Namibia"},
		{"The Kenyan ICT Cabinet Secretary said the country would host the regional cyber drill.", "Kenya"},
		{"The Kenyan Cabinet Secretary said the country would host the regional cyber drill.", "Kenya"},
		{"La Habana aprobó un nuevo reglamento de ciberseguridad.", "Cuba"},
		{"Windhoek a adopté une loi sur la cybercriminalité.", "Namibia"},
		{"Quito ha aprobado una nueva ley de protección de datos.", "Ecuador"},
		{"Rabat exige une coopération renforcée contre la cybercriminalité.", "Morocco"},
		// Neighbours.
		{"Pour la France, le droit international existant suffit.", "France"},
		{"Para Chile, el derecho internacional existente es suficiente.", "Chile"},
		{"The Secretary of State for Finance recalled that public systems remain exposed.", "Peru"},
		{"Según el informe, el reglamento busca proteger la infraestructura crítica.", "Peru"},
	}
	checkHeldAfterLead(t, lead, tests)
}

// TestPages17PageFurniture: the lines of a PDF's text and of a joint
// statement that are no one's words: a running header or footer setting
// the document's title apart from its page count by a run of spaces (a
// table's line ending in a bare number is none), a signatories' lead-in
// with a bracketed date, a statement's line saying it is open for
// signature, a table's legend (pages17's 9f1, 9f3, 9f7).
func TestPages17PageFurniture(t *testing.T) {
	furniture := []struct {
		line string
		want bool
	}{
		{"North Macedonia – National position on international law in cyberspace                 Page 2 of 3", true},
		{"Position nationale du Sénégal sur le droit international          Page 4 sur 9", true},
		{"A/80/123 Annex                                    3/14", true},
		{"Germany      Opposes; existing law suffices  Binding obligation            12", false},
		{"Total votes in favour                              112", false},
		{"The strategy covers 2026 to 2030 and was adopted on page 3 of the gazette number 12", false},
	}
	for _, tt := range furniture {
		if got := pageFurniture([]byte(tt.line)); got != tt.want {
			t.Errorf("pageFurniture(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	lists := []struct {
		p    string
		want bool
	}{
		{"Signatories (as of 26 May 2026):\nAustralia\nGeorgia\nNamibia", true},
		{"Signatories:\nAustralia\nGeorgia", true},
		{"Firmantes (al 3 de marzo de 2026):\nChile\nPerú", true},
		{"Kenya's proposal (tabled in 2025) was later supported by a large group of States: Chile, Peru and Mexico", false},
	}
	for _, tt := range lists {
		if got := signatoryList([]byte(tt.p)); got != tt.want {
			t.Errorf("signatoryList(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
	nobodys := []struct {
		p    string
		want bool
	}{
		{"This statement remains open for further signature.", true},
		{"This joint statement remains open for endorsement by other States until 30 June.", true},
		{"La presente declaración queda abierta a la firma de otros Estados.", true},
		{"La présente déclaration reste ouverte à la signature.", true},
		{"This statement is open to interpretation on the question of due diligence.", false},
		{"The Convention remains open for signature, and Chile will sign it this year.", false},
	}
	for _, tt := range nobodys {
		if got := isCourtesy([]byte(tt.p)); got != tt.want {
			t.Errorf("isCourtesy(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
	legends := []struct {
		p    string
		want bool
	}{
		{`"Not stated" means that the State has not taken a public position on the question.`, true},
		{"« Non communiqué » signifie que l'État n'a pas pris position.", true},
		{"“Sin posición” significa que el Estado no se ha pronunciado.", true},
		{`"Cyber sovereignty" means different things to China and to the European Union, Germany said.`, false},
		{`Germany said that "cyber sovereignty" means different things to different States.`, false},
	}
	for _, tt := range legends {
		if got := editorialNote([]byte(tt.p)); got != tt.want {
			t.Errorf("editorialNote(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestSignedAfterWeOpening: a joint text opening in the signatories' voice
// ("We, the undersigned States, …") and signed by a list at its end is the
// signatories' throughout, a paragraph whose subject is a State it accuses
// and the call after it too (pages8's 802, held by the accused State); a
// signatory's own paragraph keeps its one holder; a text not opening so
// keeps its reading.
func TestSignedAfterWeOpening(t *testing.T) {
	const signers = "Albania;Finland;Moldova"
	const list = "\n\nSignatories (as of 3 March 2026):\nAlbania\nFinland\nMoldova\n"
	tests := []struct {
		page, prefix, want string
	}{
		{"Joint Statement on Ransomware\n\nWe, the undersigned States, are deeply concerned by ransomware.\n\nThe Democratic People's Republic of Korea has stolen billions of dollars in virtual assets since 2017.\n\nWe call on all States to implement the relevant resolutions." + list,
			"The Democratic People's Republic of Korea", signers},
		{"Joint Statement on Ransomware\n\nWe, the undersigned States, are deeply concerned by ransomware.\n\nThe Democratic People's Republic of Korea has stolen billions of dollars in virtual assets since 2017.\n\nWe call on all States to implement the relevant resolutions." + list,
			"We call on all States", signers},
		{"Joint Statement on Ransomware\n\nNous, les États soussignés, sommes préoccupés par les rançongiciels.\n\nLa Russie a mené des cyberattaques contre nos hôpitaux.\n\nNous appelons tous les États à coopérer." + list,
			"La Russie a mené", signers},
		// Neighbours.
		{"Joint Statement on Ransomware\n\nWe, the undersigned States, are deeply concerned by ransomware.\n\nFinland added that it would host the next meeting in Helsinki." + list,
			"Finland added", "Finland"},
		{"Ransomware statement gathers support\n\nA statement on ransomware was published on Tuesday.\n\nKenya said it had not been consulted on the text and would not sign it." + list,
			"Kenya said", "Kenya"},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range loadPage(t, tt.page).Statements() {
			if strings.HasPrefix(s.Text, tt.prefix) {
				got = append(got, s.Country)
			}
		}
		slices.Sort(got)
		if g := strings.Join(got, ";"); g != tt.want {
			t.Errorf("%q: held by %q, want %q", tt.prefix, g, tt.want)
		}
	}
}

// TestLineUnderTableNobodys: a line under a table that names no country
// is the compiler's, not the last row's State's (pages17's 9f7); a line
// naming a State is that State's; a country's labelled paragraph that is
// no table row goes on into the paragraph after it as before.
func TestLineUnderTableNobodys(t *testing.T) {
	const table = "Cyber Policy Tracker\n\nState\tBinding instrument\tDue diligence\nGermany\tOpposes\tBinding obligation\nGrenada\tSupports\tNot stated\n\n"
	tests := []struct {
		page, prefix, want string
	}{
		{table + "The editors will update the table as new submissions arrive.\n", "The editors will update", ""},
		{table + "Entries summarise the submissions; quotations are marked as such.\n", "Entries summarise", ""},
		{"| State | Binding instrument | Due diligence |\n|---|---|---|\n| Germany | Opposes | Binding obligation |\n| Grenada | Supports | Not stated |\n\nThe editors will update the table as new submissions arrive.\n", "The editors will update", ""},
		// Neighbours.
		{table + "Italy, which has not answered, is expected to submit its views in May.\n", "Italy, which", "Italy"},
		{table, "Grenada", "Grenada"},
		{"Summary of the debate\n\nKenya: The delegation supports a legally binding instrument on cybercrime.\n\nIt also called for capacity building for developing States.\n", "It also called", "Kenya"},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range loadPage(t, tt.page).Statements() {
			if strings.HasPrefix(s.Text, tt.prefix) {
				got = append(got, s.Country)
			}
		}
		slices.Sort(got)
		if g := strings.Join(got, ";"); g != tt.want {
			t.Errorf("%q: held by %q, want %q", tt.prefix, g, tt.want)
		}
	}
}
