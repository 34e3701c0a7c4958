package corpus

import (
	"slices"
	"strings"
	"testing"
)

// groupHolders returns the countries holding the statement of c that opens
// with prefix, sorted.
func groupHolders(c *Corpus, prefix string) []string {
	var out []string
	for _, s := range c.Statements() {
		if strings.HasPrefix(s.Text, prefix) && !slices.Contains(out, s.Country) {
			out = append(out, s.Country)
		}
	}
	slices.Sort(out)
	return out
}

// TestRegionQualifiedGroup: a region's name next to a grouping's names the
// grouping's members in that region ("on behalf of the Pacific Small
// Island Developing States", "the Caribbean SIDS", "the small island
// developing States of the Pacific"): Samoa's statement for the Pacific
// SIDS was held by Barbados, Cuba and Bahrain. Mirrors: the grouping alone
// is all its members; a region round most of a grouping's members is an
// epithet ("the Caribbean CARICOM States" keeps Guyana).
func TestRegionQualifiedGroup(t *testing.T) {
	const para = "Our region is connected to the world by a handful of submarine cables."
	tests := []struct {
		title     string
		in, notIn []string
	}{
		{"Statement by Samoa on behalf of the Pacific Small Island Developing States", []string{"Samoa", "Fiji", "Tonga", "Vanuatu"}, []string{"Barbados", "Cuba", "Bahrain", "Maldives"}},
		{"Statement by Samoa on behalf of the small island developing States of the Pacific", []string{"Samoa", "Fiji", "Tonga"}, []string{"Barbados", "Cuba"}},
		{"Statement by Jamaica on behalf of the Caribbean small island developing States", []string{"Jamaica", "Barbados", "Cuba"}, []string{"Fiji", "Tonga", "Maldives"}},
		// Mirrors.
		{"Statement by Samoa on behalf of the Small Island Developing States", []string{"Samoa", "Fiji", "Barbados", "Maldives"}, nil},
		{"Statement by Jamaica on behalf of the Caribbean CARICOM States", []string{"Jamaica", "Guyana", "Belize"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			got := groupHolders(loadPage(t, tt.title+"\n\n"+para+"\n"), para[:20])
			for _, c := range tt.in {
				if !slices.Contains(got, c) {
					t.Errorf("not held by %s: %v", c, got)
				}
			}
			for _, c := range tt.notIn {
				if slices.Contains(got, c) {
					t.Errorf("held by %s: %v", c, got)
				}
			}
		})
	}
}

// TestRegionQualifiedGroupInQuestion: a question's "pacific sids" is the
// Pacific members of the grouping, "sids" all of them.
func TestRegionQualifiedGroupInQuestion(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct {
		q         string
		in, notIn string
	}{
		{"pacific sids on cables", "Fiji", "Barbados"},
		{"what do the caribbean sids say", "Barbados", "Fiji"},
		{"sids on cables", "Barbados", ""},
	}
	for _, tt := range tests {
		rs := g.FindRegions(Tokenize(tt.q))
		if len(rs) != 1 {
			t.Errorf("%q: regions %v, want one", tt.q, rs)
			continue
		}
		if !slices.Contains(rs[0].Countries, tt.in) || tt.notIn != "" && slices.Contains(rs[0].Countries, tt.notIn) {
			t.Errorf("%q: %s %v, want %s in, %s out", tt.q, rs[0].Region, rs[0].Countries, tt.in, tt.notIn)
		}
	}
}

// TestHeadingAfterEvent: a title opening with a preposition of time before
// a country ("After Tonga's outage: …") names what the page looks back on,
// not its author: the notes after it are each named country's. Mirror: a
// statement by the country keeps it.
func TestHeadingAfterEvent(t *testing.T) {
	const notes = "Kiribati. Kiribati's Ministry of Information said that online scams targeting remittances were rising.\n\n" +
		"Nauru. Nauru has said little in public on cyber policy.\n"
	tests := []struct {
		title string
		want  []held
	}{
		{"After Tonga's outage: where Pacific governments stand on cyber resilience", []held{{"Kiribati", "Kiribati."}, {"Nauru", "Nauru."}}},
		{"Following Tonga's outage, a look at the region", []held{{"Kiribati", "Kiribati."}, {"Nauru", "Nauru."}}},
		{"Tras la caída de Tonga: lo que dicen los gobiernos del Pacífico", []held{{"Kiribati", "Kiribati."}, {"Nauru", "Nauru."}}},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) { checkHeld(t, tt.title+"\n\n"+notes, tt.want) })
	}
	// Mirror: the country's own statement.
	checkHeld(t, "Statement by Tonga after the outage\n\nThe Government has restored the national network and will table a Cybercrime Bill.\n",
		[]held{{"Tonga", "The Government"}})
}

// TestAuthorsDisclaimer: a disclaimer at a post's foot ("The views
// expressed are those of the authors.") is nobody's, where block order
// gave it to the last country note's holder. Mirror: a country's own
// paragraph that speaks of views stays its.
func TestAuthorsDisclaimer(t *testing.T) {
	const lead = "Nauru. Nauru has said little in public on cyber policy.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"The Pacific Policy Lab is an independent research institute. The views expressed are those of the authors.", ""},
		{"Las opiniones expresadas en este artículo no reflejan necesariamente las del Instituto.", ""},
		{"Les opinions exprimées n'engagent que leurs auteurs.", ""},
		// Mirror.
		{"Nauru has expressed its views on capacity building at the Global Mechanism.", "Nauru"},
	})
}

// TestHeadOfDemonymDelegation: "The head of the Kazakh delegation said …",
// "A member of the Tajik delegation noted …" are that delegation's
// country's, as "The Kazakh delegation said" is: the demonym after "of
// the" was read as a preposition's object and the press release's country
// held the paragraph. Mirror: a demonym the subject acts on stays an
// object.
func TestHeadOfDemonymDelegation(t *testing.T) {
	const lead = "Bishkek, 22 April 2026 - The Ministry of Foreign Affairs of the Kyrgyz Republic held a regional seminar on confidence-building measures.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"The head of the Kazakh delegation said that Kazakhstan attached particular importance to the security of ICT supply chains.", "Kazakhstan"},
		{"A member of the Tajik delegation noted that Tajikistan was developing its first national strategy.", "Tajikistan"},
		{"The spokesperson for the Uzbek ministry said the exercise would be repeated next year.", "Uzbekistan"},
		// Mirror.
		{"The head of the seminar thanked the Kazakh delegation for its proposals on supply chains.", "Kyrgyzstan"},
	})
}

// TestOfficialOfNamedBodySpanish: an official of a body named with its
// country in Spanish ("El director del Instituto Nacional de
// Ciberseguridad de España (INCIBE), presente en el acto, aseguró …") is
// that country's, as "the head of the Israel National Cyber Directorate"
// is; it went to the page's country (Andorra). Mirror: a body naming no
// country stays the page's.
func TestOfficialOfNamedBodySpanish(t *testing.T) {
	const lead = "ANDORRA LA VELLA, 14 de mayo de 2026 - El Gobierno de Andorra aprobó su primera Estrategia Nacional de Ciberseguridad.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"El director del Instituto Nacional de Ciberseguridad de España (INCIBE), presente en el acto, aseguró que España seguirá apoyando al Principado.", "Spain"},
		{"La directora de la Agencia Nacional de Ciberseguridad de Francia afirmó que la cooperación continuará.", "France"},
		// Mirror.
		{"El director de la Agencia Andorrana de Ciberseguridad aseguró que la agencia estará operativa en 2027.", "Andorra"},
	})
}

// TestOutsideGroupIsNobodys: a country's opposition, its critics, rights
// and civil-society groups speak for no government ("Opposition lawmakers
// criticised the agency's budget as too small."): block order gave their
// words to the country of the paragraph before (Albania, after its offer
// of help). Mirror: the government's own paragraph after it keeps its
// reading.
func TestOutsideGroupIsNobodys(t *testing.T) {
	const lead = "PODGORICA, June 17 (Adriatic Wire) - Montenegro's parliament on Tuesday adopted a law creating a National Cyber Security Agency.\n\n" +
		"Albania, which suffered a major Iranian cyberattack the same year, has offered to share its experience, officials said.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"Opposition lawmakers criticised the agency's budget of 2.1 million euros as too small.", ""},
		{"Critics say the new law gives the agency too much power over private networks.", ""},
		{"Human rights groups warned that the law could be used against journalists.", ""},
		{"Diputados de la oposición criticaron el presupuesto de la agencia.", ""},
		{"Des députés de l'opposition ont dénoncé un budget insuffisant.", ""},
		// Mirrors.
		{"Albania also proposed joint exercises with the new agency.", "Albania"},
	})
}
