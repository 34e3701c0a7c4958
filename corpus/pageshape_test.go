package corpus

import (
	"strings"
	"testing"
)

// held is one expected statement: its holder and the start of its text.
type held struct{ country, prefix string }

// checkHeld loads page as a one-file corpus and fails unless its
// statements are want, in order: each held by want's country and starting
// with want's prefix (the whole text when the prefix ends in "$").
func checkHeld(t *testing.T, page string, want []held) {
	t.Helper()
	c := loadPage(t, page)
	var got []held
	for _, s := range c.Statements() {
		got = append(got, held{s.Country, s.Text})
	}
	if len(got) != len(want) {
		t.Fatalf("got %d statements %q, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		exact, ok := strings.CutSuffix(w.prefix, "$")
		if got[i].country != w.country || !ok && !strings.HasPrefix(got[i].prefix, w.prefix) || ok && got[i].prefix != exact {
			t.Errorf("statement %d: %s %q, want %s %q…", i, got[i].country, got[i].prefix, w.country, w.prefix)
		}
	}
}

// TestPageShapes: pages other than compare pages are attributed by their
// shape (meeting records, headings, bullets, tables, front matter, joint
// statements, comparisons inside one paragraph), with mirrors that must
// keep today's reading.
func TestPageShapes(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held // every statement, in order
	}{
		{"speaker turns, the Chair and procedure", `Chair: Mr. Ortega (Nicaragua)

The meeting was called to order at 3 p.m.

The Chair: I give the floor to the representative of Laos.

Mr. Phommasack (Lao People's Democratic Republic) (spoke in French): We support a binding instrument on ICT security.

As Haiti said this morning, capacity-building must come first. Haiti has rightly warned that small States cannot wait.

The Chair: I thank the representative. The representative of Haiti has the floor.

Ms. Joseph (Haiti): Haiti calls for a fund for capacity-building.

The meeting rose at 6 p.m.
`, []held{{"Laos", "Mr. Phommasack"}, {"Laos", "As Haiti said"}, {"Haiti", "Ms. Joseph (Haiti)"}}},

		{"a summary record narrates the Chair between speakers", `The representative of Belize said that undersea cables landing on its coast are critical infrastructure.

The Chair thanked the speakers and reminded delegations of the time limit.

The Co-Facilitators then invited comments on the draft.

The Secretariat, in reply, noted the budget.

The representative of Nepal said that sovereignty extends to ICT infrastructure.

The Chair of the Group of 77 has always held that capacity-building comes first, and Nepal agrees.
`, []held{{"Belize", "The representative of Belize"}, {"Nepal", "The representative of Nepal"}, {"Nepal", "The Chair of the Group"}}},

		{"meetings coverage: the body's own proceedings are nobody's words", `The Open-ended Working Group continued its general exchange of views today.

The representative of Benin said that capacity-building must be demand-driven.

The Working Group then heard statements from regional organizations.

The representative of Bhutan said that small States need a dedicated fund.

The meeting will resume at 3 p.m. to continue the general exchange of views.
`, []held{{"Benin", "The representative of Benin"}, {"Bhutan", "The representative of Bhutan"}}},

		{"bold headings over each block, no blank line", `Compilation of written submissions

**Eritrea**
Eritrea reports that its national CSIRT is now operational.

**Palau**
The Government underlines that undersea cables are its only connection.
`, []held{{"Eritrea", "Eritrea reports"}, {"Palau", "The Government underlines"}}},

		{"a news story: analysts and rights groups speak for no country", `Chad has called for a binding treaty on ICT security.

Analysts said the split was likely to persist.

Human rights groups criticised the proposal as a threat to online freedom.

Chad's minister added that capacity-building must come first.
`, []held{{"Chad", "Chad has called"}, {"Chad", "Chad's minister added"}}},

		{"a country label", `Libya: we consider that sovereignty applies fully in cyberspace.
Yemen - the war has destroyed most of our telecommunications infrastructure.
`, []held{{"Libya", "Libya: we consider"}, {"Yemen", "Yemen - the war"}}},

		{"headings name the block's holder", `# Tracker: the Indian Ocean and beyond

Updated in May. Summaries of national positions.

## Mali

- Supports the voluntary norms of responsible behaviour.
- Has asked for help with its national CERT.

MONGOLIA
The government has published a cybersecurity law.
`, []held{{"Mali", "Supports the voluntary"}, {"Mali", "Has asked for help"}, {"Mongolia", "The government has published"}}},

		{"a title heading, section headings and a footnote", "NATIONAL CYBER STRATEGY OF THE KINGDOM OF ESWATINI\r\n\r\n1. CONTEXT\r\n\r\nThe Government will protect critical infrastructure.[2]\r\n\r\n2. PRINCIPLES\r\n\r\nThe following principles guide it:\r\n- respect for sovereignty;\r\n- protection of privacy.\r\n",
			[]held{{"Eswatini", "The Government will protect critical infrastructure."}, {"Eswatini", "The following principles guide it: respect for sovereignty; protection of privacy."}}},

		{"a Markdown table", `Positions compiled from statements

| Country | Treaty | Priority |
|---|:---:|---|
| Niger | Supports a treaty | Cybercrime |
| Chad | Undecided | Capacity-building |
`, []held{{"Niger", "Niger — Treaty: Supports a treaty; Priority: Cybercrime."}, {"Chad", "Chad — Treaty: Undecided; Priority: Capacity-building."}}},

		{"front matter names the holder", `---
title: Statement by the delegation of Turkmenistan at the OEWG
---
Mr. Chair,

We attach great importance to neutrality and to the peaceful settlement of disputes.
`, []held{{"Turkmenistan", "We attach great importance"}}},

		{"a joint statement is each signatory's", `---
title: Joint statement on cyber capacity-building
---
Delivered by Belize on behalf of Belize, Honduras and Panama

We call for sustained capacity-building.
`, []held{{"Belize", "We call for sustained"}, {"Honduras", "We call for sustained"}, {"Panama", "We call for sustained"}}},

		{"a comparison inside one paragraph is cut by country", `Small states differ. Tonga has argued that existing law suffices. Fiji has called for a treaty, whereas Samoa has avoided any position. Kiribati, for its part, has stressed capacity-building.
`, []held{{"Tonga", "Tonga has argued"}, {"Fiji", "Fiji has called for a treaty."}, {"Samoa", "Samoa has avoided"}, {"Kiribati", "Kiribati, for its part"}}},

		{"mirror: a paragraph that only names others is not cut", `Tonga has argued that existing law suffices, as Fiji and Samoa did in 2021.
It has also backed the PoA, like Samoa. Fiji has gone further on norms.
`, []held{{"Tonga", "Tonga has argued"}, {"Tonga", "It has also backed"}}},

		{"an interview: each question goes with its answer", `Interview with Guinea's digital minister

Guinea has built a national data centre. We asked its minister about the talks.

Q: Some neighbours, including Mali, want a regional CERT. Do you agree?
A: We do, and our CSIRT already shares alerts.

Q: Do you support a new treaty?
A: Not at this stage.
`, []held{{"Guinea", "Guinea has built"}, {"Guinea", "Q: Some neighbours, including Mali, want a regional CERT. Do you agree? A: We do"}, {"Guinea", "Q: Do you support a new treaty? A: Not at this stage."}}},

		{"a press briefing: a journalist's question, with or without the outlet, goes with the answer", `Briefing by the Foreign Ministry of Kazakhstan

Kazakhstan will host a regional meeting on points of contact.

Question (Tengri News): Your neighbours are accused of ransomware attacks on hospitals. Will you name them?

Spokesperson: Attribution is a sovereign decision made on our own evidence.

Question from AFP: Would Kazakhstan back a treaty?

Spokesperson: Not before the voluntary norms are implemented.

Pregunta (EFE): ¿Apoya Kazajistán un fondo?

Portavoz: Sí, para el fomento de capacidades.
`, []held{{"Kazakhstan", "Kazakhstan will host"}, {"Kazakhstan", "Question (Tengri News): Your neighbours"}, {"Kazakhstan", "Question from AFP: Would Kazakhstan back a treaty? Spokesperson: Not before"}, {"Kazakhstan", "Pregunta (EFE)"}}},

		{"a Spanish interview's 'P:' (pregunta) goes with its 'R:'; a label that names a country is no question", `Entrevista con el director de ciberseguridad de Cuba

P: ¿Apoya Cuba la convención de la ONU?

R: Sí. Cuba participó en la negociación.

P: ¿Y las sanciones?

R: Cuba denuncia las medidas coercitivas unilaterales.

Perú: apoya la atribución pública.
`, []held{{"Cuba", "P: ¿Apoya Cuba la convención de la ONU? R: Sí."}, {"Cuba", "P: ¿Y las sanciones? R: Cuba denuncia"}, {"Peru", "Perú: apoya"}}},

		{"a dialogue summary: the facilitator, in lower case, is nobody's", `Summary of the informal dialogue on norms

Namibia proposed a voluntary checklist for reporting on norms.

The facilitator closed the session and said a revised checklist would be circulated.

The co-chairs thanked delegations for their views.
`, []held{{"Namibia", "Namibia proposed"}}},

		{"a compiler's note under a table is nobody's", `Positions on hack back, compiled by a think tank

| Country | Position |
|---|---|
| Namibia | Supports a norm against private hack-back. |
| Fiji | Asks larger states to fund cable repair. |

Note: the table summarises statements made in 2024; see the annex.

Sources: national statements at the OEWG.
`, []held{{"Namibia", "Namibia"}, {"Fiji", "Fiji"}}},

		{"an analysis's own voice is the authors', not the country's", `Cyber policy in Botswana: a review

At the United Nations, Botswana has called for assistance tied to the priorities of recipients.

Our assessment is that implementation lags far behind policy.

We argue that donors should fund the national CSIRT for five years.

We believe capacity building must be demand-driven, Botswana's envoy told the meeting.
`, []held{{"Botswana", "At the United Nations"}, {"Botswana", "We believe"}}},

		{"a title block over two lines is no statement, and still names the page's holder", `Transcript: Regular Press Briefing by the Ministry of Foreign Affairs of Mongolia
Ulaanbaatar, 14 March 2025

Spokesperson: Mongolia will ask for a capacity-building fund.

We condemn attacks on hospitals.
`, []held{{"Mongolia", "Spokesperson: Mongolia will"}, {"Mongolia", "We condemn"}}},

		{"a session line under a heading is no statement", `STATEMENT BY THE DELEGATION OF LESOTHO
Second substantive session, Open-ended working group on ICT security 2021-2025
Check against delivery

My delegation supports the global points of contact directory.
`, []held{{"Lesotho", "My delegation supports"}}},

		{"a policy portal's records", `Country: Mauritania
Topic: International law
Summary: The delegation considers that the UN Charter applies in cyberspace.

Country: Comoros
Topic: Capacity-building
Summary: The delegation asked for help to set up a CSIRT.
`, []held{{"Mauritania", "Country: Mauritania"}, {"Comoros", "Country: Comoros"}}},

		{"a quotation of another country does not carry the block", `MOGADISHU, 3 February 2026 — Somalia today launched its national cybersecurity strategy.
"Djibouti stands ready to share its experience," the Djiboutian ambassador told reporters.
The strategy also commits the government to a cybercrime law.
`, []held{{"Somalia", "MOGADISHU"}, {"Djibouti", "\"Djibouti stands ready"}, {"Somalia", "The strategy also commits"}}},

		{"mirror: an ALL-CAPS line inside a wrapped paragraph is no heading", `Chile took part in several sessions of the
UN GGE
and has contributed as part of regional groups.
`, []held{{"Chile", "Chile took part in several sessions of the UN GGE and has contributed"}}},

		{"a speech: its title names the speaker's country; the salutation is no statement", `Statement by H.E. Ms. Ana Lima, Permanent Representative of Cabo Verde to the United Nations

Mr. President,
Distinguished delegates,

Small island States like ours depend on submarine cables.
`, []held{{"Cabo Verde", "Small island States"}}},

		{"numbered and lettered list items", `1. Nauru believes that sea-level rise and cyber threats must be addressed together.
2. Tuvalu has called for a Pacific cyber fund.

Key positions:
(a) Monaco: supports the application of international law in cyberspace;
(b) San Marino: has no public position on attribution;
(c) Andorra: favours capacity-building for microstates.
`, []held{{"Nauru", "Nauru believes"}, {"Tuvalu", "Tuvalu has called"}, {"Monaco", "Monaco: supports"}, {"San Marino", "San Marino: has no"}, {"Andorra", "Andorra: favours"}}},

		{"news: a time phrase before the verb, a ministry named by its demonym", `GENEVA (Reuters) - Switzerland on Tuesday said it would host talks on ransomware, and Liechtenstein said it would join.
The Swiss foreign ministry said the talks would focus on hospitals.
`, []held{{"Switzerland", "GENEVA (Reuters) - Switzerland on Tuesday said"}, {"Liechtenstein", "Liechtenstein said it would join."}, {"Switzerland", "The Swiss foreign ministry"}}},

		{"capitals acting as their governments", `Russia has long championed a UN convention on information security.
Beijing has backed the proposal and argues for cyber sovereignty.
Washington, by contrast, insists that existing international law is enough.
`, []held{{"Russia", "Russia has"}, {"China", "Beijing has"}, {"United States", "Washington, by contrast"}}},

		{"mirror: capitals as places, names and parts of names act for nobody", `Kenya has hosted a regional workshop on cybercrime.
In Nairobi, officials discussed the Budapest Convention with partners.
Georgetown researchers found that the workshop was useful.
`, []held{{"Kenya", "Kenya has hosted"}, {"Kenya", "In Nairobi"}, {"Kenya", "Georgetown researchers"}}},

		{"a joint statement of a named grouping is each member's", `Joint statement of the Baltic states on the OEWG

We welcome the new permanent mechanism.
`, []held{{"Estonia", "We welcome"}, {"Latvia", "We welcome"}, {"Lithuania", "We welcome"}}},

		{"a summary's named group of delegations is each one's; unnamed delegations are nobody's", `Kenya said that the mechanism should have a track on critical infrastructure.

Several delegations, including Chile and the Philippines, stressed that reporting must remain voluntary.

One delegation said that a binding instrument was needed. Another delegation disagreed.

Two States (Fiji, Samoa) asked for a fund for capacity building.

Several delegations, however, stressed that the fund should be voluntary.

Ghana supported the fund.
`, []held{{"Kenya", "Kenya said"}, {"Chile", "Several delegations, including"}, {"Philippines", "Several delegations, including"},
			{"Fiji", "Two States (Fiji, Samoa)"}, {"Samoa", "Two States (Fiji, Samoa)"}, {"Ghana", "Ghana supported"}}},

		{"named and unnamed delegations in Spanish and French summaries", `Varias delegaciones, entre ellas Chile y el Paraguay, subrayaron la importancia de la creación de capacidades.

Una delegación señaló que el mecanismo debía negociar un tratado.

Plusieurs délégations, dont le Niger et le Tchad, ont souligné l'importance du renforcement des capacités.

Certaines délégations ont estimé qu'un traité était prématuré.
`, []held{{"Chile", "Varias delegaciones"}, {"Paraguay", "Varias delegaciones"}, {"Niger", "Plusieurs délégations"}, {"Chad", "Plusieurs délégations"}}},

		{"a group of delegations that lists no country names none, and is not the paragraph before's", `Kenya said that capacity building comes first.

Several delegations, notably small island States, stressed that cables are critical infrastructure.

Many delegations, in particular Tonga and other small island States, called for a fund.
`, []held{{"Kenya", "Kenya said"}}},

		{"a coordinate subject is each country's, not the paragraph before's", `Kenya said that capacity building comes first.

Brazil and India argued that the OEWG should continue under a single track.

Colombia y el Ecuador acordaron intercambiar experiencias sobre sus equipos de respuesta.

Le Niger et le Tchad ont appelé à un fonds pour le renforcement des capacités.

Both Argentina and Uruguay on Monday stressed the Programme of Action.
`, []held{{"Kenya", "Kenya said"}, {"Brazil", "Brazil and India"}, {"India", "Brazil and India"}, {"Colombia", "Colombia y el Ecuador"},
			{"Ecuador", "Colombia y el Ecuador"}, {"Niger", "Le Niger et le Tchad"}, {"Chad", "Le Niger et le Tchad"},
			{"Argentina", "Both Argentina"}, {"Uruguay", "Both Argentina"}}},

		{"an FAQ's question naming a country heads that country's answer", `Where do States stand?

Does Ghana support public attribution?
Ghana has not publicly attributed any cyber operation.

What has Uganda said about data localisation?
Its minister has argued that citizens' data must be stored in the country.
`, []held{{"Ghana", "Does Ghana support"}, {"Ghana", "Ghana has not"}, {"Uganda", "What has Uganda said"}, {"Uganda", "Its minister"}}},

		{"a transcript's labels in capitals", `THE CHAIR: I give the floor to the representative of Fiji.

MS. NAKAU (FIJI): We support a permanent mechanism with a fund for capacity building.

MODERATOR: Does your delegation support a treaty?

MR. TUILAEPA (Samoa): Not at this stage.

MODERATOR: We now close the session.
`, []held{{"Fiji", "MS. NAKAU (FIJI)"}, {"Samoa", "MODERATOR: Does your delegation"}}},

		{"a table exported with tabs, an empty cell kept in its column", "Annex\n\nCountry\tTreaty\tAttribution\nGhana\tSupports a convention\tNo position\nTogo\t\tSupports public attribution\nBenin\tOpposes a treaty\n\nGhana also hosts the regional centre.\n",
			[]held{{"Ghana", "Ghana — Treaty: Supports a convention; Attribution: No position."}, {"Togo", "Togo — Attribution: Supports public attribution."},
				{"Benin", "Benin — Treaty: Opposes a treaty."}, {"Ghana", "Ghana also hosts"}}},

		{"mirror: a heading naming a demonym in a place names nobody", `Cyber diplomacy in the Indian Ocean

Mauritius has adopted a cybercrime act.
`, []held{{"Mauritius", "Mauritius has adopted"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeld(t, tt.page, tt.want)
		})
	}
}

// TestHeadingText: what reads as a heading and what as a statement.
func TestBoldLine(t *testing.T) {
	for line, want := range map[string]bool{
		"**Somalia**":                         true,
		"__Comments by Fiji__":                true,
		"** Palau **":                         true,
		"**Fiji supports a binding treaty.**": false, // a sentence
		"**Note:** the following":             false,
		"**a** and **b**":                     false,
		"****":                                false,
		"Somalia":                             false,
	} {
		if got := boldLine([]byte(line)); got != want {
			t.Errorf("boldLine(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestHeadingText(t *testing.T) {
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"## Bhutan", true},
		{"2. GUIDING PRINCIPLES", true},
		{"Delivered by Guyana on behalf of Barbados, Guyana and Suriname", true},
		{"Brunei Darussalam", true},
		{"Peru has noted the difficulty of attribution in cyberspace.", false},
		{"Mr. Chair,", false},
		{"In any case, Peru highlights the validity of human rights", true},
		{"Updated in May. Summaries of national positions", false},
		{"2021", false},
	} {
		if got := isHeadingText([]byte(tt.p)); got != tt.want {
			t.Errorf("isHeadingText(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}
