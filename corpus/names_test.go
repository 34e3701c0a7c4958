package corpus

import (
	"strings"
	"testing"
)

// summary renders a Reading compactly: countries as Country/how[/lang],
// then regions, topic demonyms, places and unknown names.
func summary(r Reading) string {
	var parts []string
	add := func(label string, xs []string) {
		if len(xs) > 0 {
			parts = append(parts, label+strings.Join(xs, ","))
		}
	}
	var cs, rs, ts, ps, us []string
	for _, m := range r.Countries {
		s := m.Country + "/" + m.How
		if m.Lang != "" && m.How != m.Lang {
			s += "/" + m.Lang
		}
		cs = append(cs, s)
	}
	for _, m := range r.Regions {
		rs = append(rs, m.Region)
	}
	for _, m := range r.Topic {
		ts = append(ts, m.Country)
	}
	for _, m := range r.Places {
		ps = append(ps, m.Country)
	}
	for _, u := range r.Unknown {
		us = append(us, u.Text)
	}
	add("", cs)
	add("region:", rs)
	add("topic:", ts)
	add("place:", ps)
	add("unknown:", us)
	return strings.Join(parts, " ")
}

func TestScanQuestions(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct{ q, want string }{
		// Spanish and French names, with and without accents and articles.
		{"¿Qué opina el Perú sobre la atribución?", "Peru/name"}, // folds to the English name,
		{"que dit le Pérou sur l'attribution", "Peru/fr"},
		{"que dit le Perou", "Peru/fr"},
		{"la position de l'Inde", "India/fr"},
		{"la position de l’Inde", "India/fr"},
		{"posición de la India", "India/name"},
		{"Corée du Sud et Japon", "South Korea/fr,Japan/es"},
		{"la République de Corée", "South Korea/fr"},
		{"Corea del Norte y la República de Corea", "North Korea/es,South Korea/es"},
		{"EE. UU. y la UE", "United States/es,European Union/es"},
		{"ee.uu. sobre normas", "United States/es"},
		{"EEUU", "United States/es"},
		{"les États-Unis et l'Union européenne", "United States/fr,European Union/fr"},
		{"les Etats Unis", "United States/fr"},
		{"la Unión Europea", "European Union/es"},
		{"l'Union européenne et les Etats-Unis", "European Union/fr,United States/fr"},
		{"Estados Unidos y Serbie", "United States/es,Serbia/fr"},
		{"la position du Salvador", "El Salvador/fr"},
		{"la posición de El Salvador", "El Salvador/name"},
		{"UE", "European Union/es"},
		{"ue sobre normas", "European Union/es"},
		{"Allemagne, Alemania", "Germany/fr,Germany/es"},
		{"Macedonia del Norte", "North Macedonia/es"},
		{"Esuatini y Eswatini", "Eswatini/es,Eswatini/name"},
		{"la Macédoine du Nord", "North Macedonia/fr"},
		{"Costa de Marfil", "Côte d'Ivoire/es"},
		{"la Côte d'Ivoire", "Côte d'Ivoire/name"},
		{"Países Bajos", "Netherlands/es"},
		{"Pays-Bas", "Netherlands/fr"},
		{"el Reino Unido", "United Kingdom/es"},
		{"le Royaume-Uni", "United Kingdom/fr"},
		{"Arabia Saudita", "Saudi Arabia/es"},
		{"Émirats arabes unis", "United Arab Emirates/fr"},
		// Demonyms in Spanish and French, every gender and number.
		{"el gobierno peruano", "Peru/demonym/es"},
		{"la delegación peruana", "Peru/demonym/es"},
		{"los argentinos", "Argentina/demonym/es"},
		{"la posición salvadoreña", "El Salvador/demonym/es"},
		{"les Péruviens", "Peru/demonym/fr"},
		{"le gouvernement coréen", "South Korea/demonym/fr"},
		{"la délégation sud-coréenne", "South Korea/demonym/fr"},
		{"les autorités nord-coréennes", "North Korea/demonym/fr"},
		{"la position française", "France/demonym/fr"},
		// Abbreviations with dots and spaces.
		{"e.u. on norms", "European Union/abbreviation"},
		{"E.U. on norms", "European Union/abbreviation"},
		{"u.s. position", "United States/abbreviation"},
		{"U.S position", "United States/abbreviation"},
		{"S. Korea on norms", "South Korea/alias"},
		{"the R.O.K. on norms", "South Korea/abbreviation"},
		{"the r.o.k. view", "South Korea/abbreviation"},
		{"D.P.R.K. statements", "North Korea/abbreviation"},
		{"the u.k. and the usa", "United Kingdom/abbreviation,United States/abbreviation"},
		// "the us" in lower case is the country; "us" alone is the pronoun.
		{"what does the us say on norms", "United States/abbreviation"},
		{"what do the uk and the us think", "United Kingdom/abbreviation,United States/abbreviation"},
		{"tell us about norms", ""},
		// "Republic" and "Democratic" abbreviated, with or without dots.
		{"dominican rep on ransomware", "Dominican Republic/alias"},
		{"Dem. Rep. of the Congo on norms", "DR Congo/alias"},
		{"what does the Dem. Rep. Congo say", "DR Congo/alias"},
		{"czech rep. on attribution", "Czechia/alias"},
		// A the-form typed in lower case names its country in a question,
		// unless lower-cased it is ordinary English.
		{"what do the emirates say on ransomware", "United Arab Emirates/alias"},
		{"the holy see on human rights", "Holy See/alias"},
		{"what do the states say on ransomware", ""},
		{"give us more on norms", ""},
		// ... unless it opens the question before "on", "and" or "vs" (the
		// pronoun cannot open a question so) ...
		{"us on norms", "United States/abbreviation"},
		{"uk and france on attribution", "United Kingdom/abbreviation,France/name"},
		// ... or a government noun follows it and no verb takes it as its object.
		{"us position on attribution", "United States/abbreviation"},
		{"whats the us govt view on norms", "United States/abbreviation"},
		{"tell us position on norms", ""},
		{"let us view the themes", ""},
		{"drc vs car on capacity building", "DR Congo/abbreviation,Central African Republic/abbreviation"},
		{"india vs us on norms", "India/name,United States/abbreviation"},
		// Possessives and adjectival phrases.
		{"Korea's government on norms", "South Korea/alias"},
		// A capital that is also a Spanish or French word, typed in lower
		// case in an English question, where it acts.
		{"what does lima say on attribution", "Peru/capital"},
		{"what does colombo think about norms", "Sri Lanka/capital"},
		{"caracas on sovereignty", "Venezuela/capital"},
		{"a lima and a pen", ""},
		// Possessives typed without the apostrophe.
		{"whats kenyas position on cybercrime", "Kenya/name"},
		{"brazils view on sovereignty", "Brazil/name"},
		{"what is japans stance on attribution", "Japan/name"}, // "japans" is a dictionary word
		{"turkeys on sovereignty", "Türkiye/alias"},
		{"japans lacquer", ""},
		{"the irish gov on sovereignty", "Ireland/demonym"},
		{"what do bolivian govt officials think", "Bolivia/demonym"},
		{"the Chilean delegation's view", "Chile/demonym"},
		// Chat's abbreviations of a ministry or an office after a demonym.
		{"hungarian fm on attribution", "Hungary/demonym"},
		{"what does the indian mfa say", "India/demonym"},
		{"the moroccan pm on norms", "Morocco/demonym"},
		// "European" is the EU; "European countries" the region.
		{"the european position on norms", "European Union/demonym"},
		{"postura europea sobre normas", "European Union/demonym/es"},
		{"Indian officials on norms", "India/demonym"},
		{"what do Brazilian diplomats think", "Brazil/demonym"},
		{"what do Ghanaians say", "Ghana/demonym"},
		{"kiwi position on norms", "New Zealand/demonym"},
		{"Chinese and British views", "China/demonym,United Kingdom/demonym"},
		// Typos in multi-word names.
		{"El Slavador on norms", "El Salvador/typo"},
		// A misspelt capital where a country would be is that capital's
		// country; elsewhere a capital is read by its exact forms only.
		{"what does bishkk think about a binding treaty", "Kyrgyzstan/typo"},
		{"does lilonwe want a fund", "Malawi/typo"},
		{"Mgoadishu's view on telecoms", "Somalia/typo"},
		{"what does wakanda say on norms", "unknown:wakanda"},
		{"Soth Korea", "South Korea/typo"},
		{"Bosnia Herzegovnia", "Bosnia and Herzegovina/typo"},
		{"Sierra Leon on cybercrime", "Sierra Leone/typo"},
		{"Estados Unidso", "United States/typo/es"},
		{"Untied States", "United States/typo"},
		{"the Untied Kingdom", "United Kingdom/typo"},
		{"Repulbic of Korea", "South Korea/typo"},
		{"Papua New Guniea", "Papua New Guinea/typo"},
		// Capitals and seats used as actors.
		{"what does Tokyo say on attribution", "Japan/capital"},
		{"Canberra's view on norms", "Australia/capital"},
		{"Ottawa on due diligence", "Canada/capital"},
		{"what does Nairobi think", "Kenya/capital"},
		{"Brasilia on norms", "Brazil/capital"},
		{"Brasília on norms", "Brazil/capital"},
		{"Brussels on cybercrime", "European Union/capital"},
		{"Bruselas sobre la ciberdelincuencia", "European Union/capital"},
		{"Washington and Beijing on norms", "United States/capital,China/capital"},
		{"what does the Kremlin say", "Russia/capital"},
		{"what does Kuwait say", "Kuwait/name"},
		{"Djibouti on sovereignty", "Djibouti/name"},
		{"according to Pretoria", "South Africa/capital"},
		{"what does Male say", "Maldives/capital"},
		{"qué dice Tokio", "Japan/capital"},
		// Capitals as places and in names of things: not actors.
		{"the weather in Tokyo", "place:Japan"},
		{"hotels near Canberra", "place:Australia"},
		{"what does India say about the Budapest Convention", "India/name topic:Hungary"},
		{"the Paris Call", "topic:France"},
		{"what does India say about the budapest convention", "India/name topic:Hungary"},
		{"Tokyo cybercrime", "Japan/capital"},
		{"male officials", ""},
		// Demonyms inside a noun phrase are part of the topic.
		{"the Russian-sponsored resolution", "topic:Russia"},
		{"what does India say about the Chinese proposal", "India/name topic:China"},
		{"the Chinese and Russian proposal", "topic:China,Russia"},
		{"Iranian hackers", "topic:Iran"},
		{"Swiss cheese", "topic:Switzerland"},
		{"Koreans worry about norms", "South Korea/demonym"},
		{"la propuesta rusa", "topic:Russia"},
		{"la résolution russe", "topic:Russia"},
		// Regions and groupings are not countries.
		{"what does Latin America say", "region:Latin America and the Caribbean"},
		{"Latin American views on sovereignty", "region:Latin America and the Caribbean"},
		{"América Latina", "region:Latin America and the Caribbean"},
		{"l'Amérique latine", "region:Latin America and the Caribbean"},
		{"North America and South America", "region:Northern America,South America"},
		{"the Western Balkans on norms", "region:Western Balkans"},
		{"ASEAN members", "region:ASEAN"},
		{"the African Union", "region:African Union"},
		{"Nordic countries", "region:Nordic countries"},
		{"Central Africa", "region:Middle Africa"},
		{"the Central African Republic", "Central African Republic/name"},
		{"Europe on norms", "region:Europe"},
		{"Peru and the Caribbean", "Peru/name region:Caribbean"},
		{"what does Japan say about the Indo-Pacific", "Japan/name"},
		{"Asia-Pacific cooperation", ""},
		// Unknown country-like names.
		{"what does Narnia say on attribution?", "unknown:Narnia"},
		{"what does narnia say", "unknown:narnia"},
		{"Wakanda's position", "unknown:Wakanda"},
		{"Peru and Freedonia on norms", "Peru/name unknown:Freedonia"},
		{"compare Grand Fenwick and Chile", "Chile/name unknown:Grand Fenwick"},
		{"qué dice Narnia sobre la soberanía", "unknown:Narnia"},
		{"la position du Wakanda", "unknown:Wakanda"},
		{"what does everyone say", ""},
		// Words, not countries.
		{"tell us about norms", ""},
		{"what is in the report", ""},
		{"pero la soberanía", ""},
		{"a car and a van", ""},
		{"chili and grenade", ""},
		{"una lima, a file", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := summary(g.Scan(Tokenize(tt.q), true, nil)); got != tt.want {
				t.Errorf("Scan(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
