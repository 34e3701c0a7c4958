package corpus

import (
	"testing"
)

// TestUnseenPageShapes: page shapes found by reading corpora of pages the
// attribution rules had never seen (a table with a column per country,
// French headings, a country's own statement quoting others, a statement on
// behalf of a group with a part in the speaker's national capacity, news
// titles, numbered policies, parliamentary questions), each with a mirror
// that must keep today's reading.
func TestUnseenPageShapes(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held // every statement, in order
	}{
		{"a table with a column per country: each cell is its column's", `| Topic | Bhutan | Nepal |
|---|---|---|
| Sovereignty | Stresses non-interference | Supports a UN treaty |
| CERT | Operational since 2016 | |
`, []held{{"Bhutan", "Bhutan — Sovereignty: Stresses"}, {"Nepal", "Nepal — Sovereignty: Supports"}, {"Bhutan", "Bhutan — CERT: Operational"}}},

		{"mirror: a table with a row per country keeps its rows", `| Country | Sovereignty | CERT |
|---|---|---|
| Bhutan | Stresses non-interference | Operational since 2016 |
`, []held{{"Bhutan", "Bhutan — Sovereignty: Stresses non-interference; CERT: Operational"}}},

		{"mirror: a table whose columns are years is read by rows", `| Country | 2024 | 2025 |
|---|---|---|
| Nepal | Draft strategy | Strategy adopted |
`, []held{{"Nepal", "Nepal — 2024: Draft strategy; 2025: Strategy adopted"}}},

		{"French headings: names with lower-case adjectives, the longest name first", `## République dominicaine

Le gouvernement a adopté une stratégie nationale en 2022.

## Guinée équatoriale

Le gouvernement prépare une loi sur la cybercriminalité.

## République démocratique du Congo

Le gouvernement réclame un mécanisme d'attribution.
`, []held{{"Dominican Republic", "Le gouvernement a adopté"}, {"Equatorial Guinea", "Le gouvernement prépare"}, {"DR Congo", "Le gouvernement réclame"}}},

		{"a French name with a lower-case adjective is a paragraph's subject", `Le Congo mise sur la coopération régionale et plaide pour un CERT commun aux pays de la région.

La République centrafricaine a adopté une loi sur les communications électroniques en 2023.
`, []held{{"Congo", "Le Congo mise"}, {"Central African Republic", "La République centrafricaine"}}},

		{"a Markdown heading naming no country ends the entry above it", `## Bhutan

The government adopted a national strategy in 2023.

### Details

The strategy names a national CERT.

## Methodology

Entries are compiled from public statements.
`, []held{{"Bhutan", "The government adopted"}, {"Bhutan", "The strategy names"}}},

		{"a country's own statement keeps the words it quotes to answer them", `Statement of the Republic of Moldova

The Russian Federation has argued that a new convention is needed to fill gaps in international law. Moldova does not share this view.

We also heard the distinguished delegate of Belarus say that attribution destabilises the region. We disagree.
`, []held{{"Moldova", "The Russian Federation has argued"}, {"Moldova", "We also heard"}}},

		{"a country's position paper, named by its possessive, keeps the position it answers", `Ecuador's Position Paper on International Law in Cyberspace

Ecuador considers that the Charter of the United Nations applies in its entirety.

Venezuela has argued that self-defence does not apply to cyber operations. Ecuador, for its part, considers that it may.
`, []held{{"Ecuador", "Ecuador considers"}, {"Ecuador", "Venezuela has argued"}}},

		{"mirror: a tracker's Markdown heading heads an entry about a country, not a page by it", `## Ecuador: national strategy of 2021

The government adopted its strategy in 2021. Venezuela, by contrast, has no strategy.
`, []held{{"Ecuador", "The government adopted"}, {"Venezuela", "Venezuela, by contrast"}}},

		{"a contrast marker sets a later country against what came before", `Ecuador has a national CERT.

The government adopted its strategy in 2021. Venezuela, by contrast, has no strategy.
`, []held{{"Ecuador", "Ecuador has"}, {"Ecuador", "The government adopted"}, {"Venezuela", "Venezuela, by contrast"}}},

		{"mirror: without a contrast, a later country opens its own block", `Ecuador has a national CERT.

The national agency was created in 2017. Since then, Uruguay has trained two hundred analysts.
`, []held{{"Ecuador", "Ecuador has"}, {"Uruguay", "The national agency"}}},

		{"mirror: a news title about a country's statement makes it no author", `Reactions to Ecuador's statement on cyber norms

Venezuela said it disagreed with the proposal.
`, []held{{"Venezuela", "Venezuela said"}}},

		{"mirror: a tracker's title names no author; another country that acts holds its paragraph", `Notes on Moldova and its neighbours

Moldova has adopted a cybersecurity law.

Romania has argued for stronger EU rules on 5G vendors.
`, []held{{"Moldova", "Moldova has adopted"}, {"Romania", "Romania has argued"}}},

		{"mirror: the representative of a country who speaks holds the paragraph", `The delegate of Belarus said that attribution destabilises the region.
`, []held{{"Belarus", "The delegate of Belarus"}}},

		{"a government's policy named in its publisher keeps a donor's paragraph", `---
title: National Cybersecurity Policy
publisher: Ministry of Communications, Republic of Ghana
---
Japan's support has helped train the first analysts of the national CERT.

3.1 The Government will protect the electricity grid as critical infrastructure.
`, []held{{"Ghana", "Japan's support"}, {"Ghana", "The Government will protect"}}},

		{"on behalf of a grouping, then in the speaker's national capacity", `Statement by H.E. Mr. Peter Novak, Permanent Representative of the Slovak Republic, on behalf of the Visegrad Group

We support the permanent mechanism.

Allow me now to add a few words in my national capacity.

We established a national cyber agency in 2019.
`, []held{{"Slovakia", "We support"}, {"Czechia", "We support"}, {"Hungary", "We support"}, {"Poland", "We support"},
			{"Slovakia", "We established"}}},

		{"a joint statement keeps the words it says about another country", `Joint statement by the Foreign Ministers of Estonia, Latvia and Lithuania

We condemn the cyberattacks against our electricity grids.

Belarus has allowed its territory to be used for these operations, and we call on it to stop.
`, []held{{"Estonia", "We condemn"}, {"Latvia", "We condemn"}, {"Lithuania", "We condemn"},
			{"Estonia", "Belarus has allowed"}, {"Latvia", "Belarus has allowed"}, {"Lithuania", "Belarus has allowed"}}},

		{"en nombre de un grupo, luego a título nacional", `Declaración de Costa Rica en nombre del Mercosur

Los Estados del Mercosur reafirman que el derecho internacional se aplica al ciberespacio.

Permítame ahora formular algunas observaciones a título nacional.

Costa Rica ha creado un CSIRT nacional en 2024.
`, []held{{"Costa Rica", "Los Estados"}, {"Argentina", "Los Estados"}, {"Bolivia", "Los Estados"}, {"Brazil", "Los Estados"},
			{"Paraguay", "Los Estados"}, {"Uruguay", "Los Estados"}, {"Costa Rica", "Costa Rica ha creado"}}},

		{"mirror: a national-capacity paragraph with substance is a statement", `Statement delivered by Slovakia on behalf of the Visegrad Group

We support the permanent mechanism.

In my national capacity, I would like to stress that Slovakia attributes attacks only on the basis of its own evidence, as it did in 2024.
`, []held{{"Slovakia", "We support"}, {"Czechia", "We support"}, {"Hungary", "We support"}, {"Poland", "We support"},
			{"Slovakia", "In my national capacity"}}},

		{"a demonym before a capitalised title names the subject", `Moldovan Foreign Minister Ion Rusu told reporters that attribution must rest on evidence.
`, []held{{"Moldova", "Moldovan Foreign Minister"}}},

		{"a news title naming a country only as a modifier holds nothing", `---
title: "Elections, ransomware and the EU path"
publisher: Regional Cyber Watch
---
Officials gathered in Chisinau on Monday, a year after hackers hit Moldova's election commission.

Moldova's prime minister said the country would join public attributions.
`, []held{{"Moldova", "Moldova's prime minister"}}},

		{"mirror: a country named in passing in a page's first paragraph is its holder, with low confidence", `Cybersecurity is a national priority for Ghana.
`, []held{{"Ghana", "Cybersecurity is a national priority"}}},

		{"numbered paragraphs lose their section numbers; a decimal in running text stays", `NATIONAL CYBERSECURITY STRATEGY OF NEPAL

2.1 The Government will connect
2.5 million citizens by 2030.
`, []held{{"Nepal", "The Government will connect 2.5 million citizens by 2030."}}},

		{"a member's question in a parliament's record goes with the answer", `HOUSE OF REPRESENTATIVES OF FIJI

Mr. Naidu (Suva): Will the Minister tell the House what is being done about online scams?

The Minister for Communications (Hon. Mr. Koroi): Mr. Speaker, we have created a cybercrime unit.
`, []held{{"Fiji", "Mr. Naidu (Suva): Will the Minister tell the House what is being done about online scams? The Minister"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeld(t, tt.page, tt.want)
		})
	}
}

// TestSectionNumber: a numbered paragraph's section number is a list
// marker only when a capital follows it.
func TestSectionNumber(t *testing.T) {
	for _, tt := range []struct {
		line string
		want int
	}{
		{"1.2 Australia's support", 4},
		{"2.1.3 The Government", 6},
		{"10.12 Policy", 6},
		{"2.5 million citizens", 0},
		{"3.14", 0},
		{"1. Introduction", 3},
	} {
		if got := listMarker([]byte(tt.line)); got != tt.want {
			t.Errorf("listMarker(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

// TestListMarkerTokens: the marker's letters and digits, read in place,
// decide as the string tests did: one or two digits, one letter, or a
// small roman numeral of up to four of i, v, x.
func TestListMarkerTokens(t *testing.T) {
	for _, tt := range []struct {
		line string
		want int
	}{
		{"1. First", 3}, {"12) Twelfth", 4}, {"123. Not a marker", 0}, {"1a. Mixed", 0},
		{"a) Letter", 3}, {"(b) Letter", 4}, {"ab) Two letters", 0}, {"iv) Roman", 4},
		{"(xvii) Roman", 7}, {"(xii) Roman", 6}, {"viii. Four", 0}, {"vi. Six", 0},
		{"dialogue. It also", 0}, {"ix) nine", 4}, {"x", 0}, {"(", 0}, {"7", 0},
	} {
		if got := listMarker([]byte(tt.line)); got != tt.want {
			t.Errorf("listMarker(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}
