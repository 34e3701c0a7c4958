package corpus

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"
)

// The attribution sweep builds small pages for every country of the
// gazetteer, in the sentence shapes pages say who speaks with (English,
// Spanish, French), two speakers a page, and checks who holds each
// paragraph. The expectation is the generator's own rule — the country
// whose name the sentence puts as speaker — never the loader's reading.
// A country whose words another country holds breaks the one promise and
// always fails; a paragraph held by nobody fails too, except for the forms
// sweepUnheldOK lists as truly ambiguous.

// sweepShape is one way a page says who speaks: para makes the paragraph
// (or heading and paragraph) for a speaker named by name (the country's
// name in the shape's language, or its demonym when demonym is set) with
// claim as what it says.
type sweepShape struct {
	id      string
	lang    string // "en", "es", "fr"
	demonym bool   // the shape names the speaker by a demonym
	noParen bool   // no parenthesised name fits the shape (a record label's brackets, a possessive)
	para    func(name, claim string, second bool) string
}

// sweepClaims are what the first and the second speaker of a page say, in
// each language: distinct, so a statement's text shows whose paragraph it
// is, and free of any country's name.
var sweepClaims = map[string][2]string{
	"en": {"regional points of contact must be strengthened", "capacity-building must remain demand-driven"},
	"es": {"los puntos de contacto regionales deben reforzarse", "la creación de capacidades debe responder a la demanda"},
	"fr": {"les points de contact régionaux doivent être renforcés", "le renforcement des capacités doit répondre à la demande"},
}

var sweepShapes = []sweepShape{
	{id: "en-delegation", lang: "en", para: func(n, c string, _ bool) string {
		return "The delegation of " + theEN(n) + " said that " + c + "."
	}},
	{id: "en-possessive", lang: "en", noParen: true, para: func(n, c string, _ bool) string {
		return upperFirst(possessiveEN(theEN(n))) + " representative stressed that " + c + "."
	}},
	{id: "en-representative", lang: "en", para: func(n, c string, _ bool) string {
		return "The representative of " + theEN(n) + " noted that " + c + "."
	}},
	{id: "en-behalf", lang: "en", para: func(n, c string, _ bool) string {
		return "Speaking on behalf of " + theEN(n) + ", the Ambassador said that " + c + "."
	}},
	{id: "en-label", lang: "en", noParen: true, para: func(n, c string, second bool) string {
		who := "Mr. Lee"
		if second {
			who = "Ms. Diaz"
		}
		return who + " (" + n + "): " + upperFirst(c) + "."
	}},
	{id: "en-heading", lang: "en", para: func(n, c string, _ bool) string {
		return upperFirst(n) + "\n\nThe Government considers that " + c + "."
	}},
	{id: "en-statement-by", lang: "en", para: func(n, c string, _ bool) string {
		return "Statement by " + theEN(n) + "\n\nWe consider that " + c + "."
	}},
	{id: "en-demonym", lang: "en", demonym: true, para: func(d, c string, _ bool) string {
		return d + " officials warned that " + c + "."
	}},
	{id: "es-delegation", lang: "es", para: func(n, c string, _ bool) string {
		return "La delegación " + deES(n) + " señaló que " + c + "."
	}},
	{id: "es-representative", lang: "es", para: func(n, c string, _ bool) string {
		return "El representante " + deES(n) + " afirmó que " + c + "."
	}},
	{id: "es-demonym", lang: "es", demonym: true, para: func(d, c string, _ bool) string {
		return "El Gobierno " + d + " señaló que " + c + "."
	}},
	{id: "fr-delegation", lang: "fr", para: func(n, c string, _ bool) string {
		return "La délégation " + deFR(n) + " a souligné que " + c + "."
	}},
	{id: "fr-representative", lang: "fr", para: func(n, c string, _ bool) string {
		return "Le représentant " + deFR(n) + " a déclaré que " + c + "."
	}},
	{id: "fr-demonym", lang: "fr", demonym: true, para: func(d, c string, _ bool) string {
		return "Le gouvernement " + d + " a déclaré que " + c + "."
	}},
}

// sweepConfusable are the pairs of countries whose names are easily
// taken one for the other (one inside the other, one the other's old
// name, one a person's or a US state's name).
var sweepConfusable = [][2]string{
	{"Guinea", "Guinea-Bissau"}, {"Guinea", "Equatorial Guinea"}, {"Guinea", "Papua New Guinea"},
	{"Guinea-Bissau", "Equatorial Guinea"}, {"Equatorial Guinea", "Papua New Guinea"},
	{"Niger", "Nigeria"}, {"Congo", "DR Congo"}, {"Sudan", "South Sudan"},
	{"Dominica", "Dominican Republic"}, {"South Korea", "North Korea"}, {"Samoa", "Tonga"},
	{"Gambia", "Senegal"}, {"Ireland", "United Kingdom"}, {"Georgia", "United States"},
	{"Georgia", "Armenia"}, {"Jordan", "Israel"}, {"Chad", "Sudan"}, {"Türkiye", "Greece"},
	{"Czechia", "Slovakia"}, {"North Macedonia", "Greece"}, {"Eswatini", "South Africa"},
	{"Côte d'Ivoire", "Ghana"}, {"Cabo Verde", "Senegal"}, {"Timor-Leste", "Indonesia"},
	{"Myanmar", "Thailand"}, {"Holy See", "Italy"}, {"Palestine", "Israel"},
	{"China", "Taiwan"}, {"Austria", "Australia"}, {"Iran", "Iraq"}, {"Mali", "Malawi"},
	{"Slovakia", "Slovenia"}, {"Oman", "Yemen"}, {"Libya", "Liberia"}, {"India", "Indonesia"},
	{"Mauritius", "Mauritania"}, {"Dominican Republic", "Haiti"}, {"Micronesia", "Marshall Islands"},
	{"Venezuela", "Colombia"}, {"Bolivia", "Peru"}, {"Russia", "Belarus"}, {"Laos", "Viet Nam"},
	{"United Arab Emirates", "United States"}, {"United Kingdom", "United States"},
	{"Saint Kitts and Nevis", "Saint Lucia"}, {"Saint Lucia", "Saint Vincent and the Grenadines"},
	{"Antigua and Barbuda", "Barbados"}, {"Trinidad and Tobago", "Tonga"}, {"Kosovo", "Serbia"},
	{"European Union", "Belgium"}, {"Holy See", "Palestine"},
}

// sweepUnheldOK lists the (shape, name) pairs whose name is truly
// ambiguous in that shape, so that holding the paragraph by nobody is
// acceptable (held by another country still fails).
var sweepUnheldOK = map[[2]string]bool{}

// The classes the sweep still finds, not fixed yet: each (shape, name)
// listed may fail, for the reason given; the test fails when one no
// longer does, so the list only shrinks.
const (
	gapHeadingEnd = "a heading or title line that ends in a bracket or an abbreviation's dot (\"Congo (Brazzaville)\", " +
		"\"Statement by the U.K.\") reads as a sentence, not a heading (isHeadingText), so the heading before it goes on"
	gapTheForm       = "an alias with its own \"the\" (the States, the Emirates, the Union) is not read as a heading or a possessive"
	gapDotPossessive = "a possessive after a dotted abbreviation (\"the U.K.'s representative\") is not read"
	gapArgentine     = "\"l'Argentine\" is read as the English demonym Argentine, not the French name"
)

var sweepKnown = map[[2]string]string{
	{"en-heading", "Bolivia (Plurinational State of)"}:        gapHeadingEnd,
	{"en-heading", "Central African Rep."}:                    gapHeadingEnd,
	{"en-heading", "Congo (Brazzaville)"}:                     gapHeadingEnd,
	{"en-heading", "Congo (Kinshasa)"}:                        gapHeadingEnd,
	{"en-heading", "Dom. Rep."}:                               gapHeadingEnd,
	{"en-heading", "Iran (Islamic Republic of)"}:              gapHeadingEnd,
	{"en-heading", "Micronesia (Federated States of)"}:        gapHeadingEnd,
	{"en-heading", "Republic of China (Taiwan)"}:              gapHeadingEnd,
	{"en-heading", "Venezuela (Bolivarian Republic of)"}:      gapHeadingEnd,
	{"en-heading", "the Emirates"}:                            gapTheForm,
	{"en-heading", "the States"}:                              gapTheForm,
	{"en-heading", "the Union"}:                               gapTheForm,
	{"en-possessive", "C.A.R."}:                               gapDotPossessive,
	{"en-possessive", "Central African Rep."}:                 gapDotPossessive,
	{"en-possessive", "D.P.R.K."}:                             gapDotPossessive,
	{"en-possessive", "Dom. Rep."}:                            gapDotPossessive,
	{"en-possessive", "E.U."}:                                 gapDotPossessive,
	{"en-possessive", "U.A.E."}:                               gapDotPossessive,
	{"en-possessive", "U.K."}:                                 gapDotPossessive,
	{"en-possessive", "U.S."}:                                 gapDotPossessive,
	{"en-possessive", "U.S.A."}:                               gapDotPossessive,
	{"en-possessive", "the Emirates"}:                         gapTheForm,
	{"en-possessive", "the States"}:                           gapTheForm,
	{"en-possessive", "the Union"}:                            gapTheForm,
	{"en-statement-by", "Bolivia (Plurinational State of)"}:   gapHeadingEnd,
	{"en-statement-by", "C.A.R."}:                             gapHeadingEnd,
	{"en-statement-by", "Central African Rep."}:               gapHeadingEnd,
	{"en-statement-by", "Congo (Brazzaville)"}:                gapHeadingEnd,
	{"en-statement-by", "Congo (Kinshasa)"}:                   gapHeadingEnd,
	{"en-statement-by", "D.P.R.K."}:                           gapHeadingEnd,
	{"en-statement-by", "Dom. Rep."}:                          gapHeadingEnd,
	{"en-statement-by", "E.U."}:                               gapHeadingEnd,
	{"en-statement-by", "Iran (Islamic Republic of)"}:         gapHeadingEnd,
	{"en-statement-by", "Micronesia (Federated States of)"}:   gapHeadingEnd,
	{"en-statement-by", "Republic of China (Taiwan)"}:         gapHeadingEnd,
	{"en-statement-by", "U.A.E."}:                             gapHeadingEnd,
	{"en-statement-by", "U.K."}:                               gapHeadingEnd,
	{"en-statement-by", "U.S."}:                               gapHeadingEnd,
	{"en-statement-by", "U.S.A."}:                             gapHeadingEnd,
	{"en-statement-by", "Venezuela (Bolivarian Republic of)"}: gapHeadingEnd,
	{"fr-representative", "Argentine"}:                        gapArgentine,
}

// sweepPage is one generated page: its text and, per paragraph, the
// country that speaks in it and the name it is called by.
type sweepPage struct {
	shape    string
	text     string
	speakers [2]string
	names    [2]string
}

// sweepNames lists the names a shape can call a country by: the short and
// official names and the aliases in English (every one but the inverted
// "Korea, Republic of" forms; no parenthesised form in a record label),
// the Spanish or French names, or the demonyms.
func sweepNames(c Country, s sweepShape) []string {
	var names []string
	add := func(n string) {
		if n == "" || strings.Contains(n, ",") || s.noParen && strings.Contains(n, "(") || contains(names, n) {
			return
		}
		names = append(names, n)
	}
	switch {
	case s.demonym && s.lang == "en":
		for _, d := range c.Demonyms {
			if !nounDemonym[d] && !contains(c.Demonyms, strings.TrimSuffix(d, "s")) || d == "Swiss" {
				add(d)
			}
		}
	case s.demonym && s.lang == "es":
		if len(c.ESDemonyms) > 0 {
			add(c.ESDemonyms[0])
		}
	case s.demonym && s.lang == "fr":
		if len(c.FRDemonyms) > 0 {
			add(c.FRDemonyms[0])
		}
	case s.lang == "en":
		add(c.Short)
		add(c.Official)
		for _, a := range c.Aliases {
			add(a)
		}
	case s.lang == "es":
		for _, n := range c.ES {
			add(n)
		}
	case s.lang == "fr":
		for _, n := range c.FR {
			add(n)
		}
	}
	return names
}

// nounDemonym are English demonyms that are only nouns ("a Briton"), not
// adjectives before "officials".
var nounDemonym = toSet(`Briton Brit Turk Motswana Batswana Emaswati Aussie Bajan Kiwi Yank`)

// sweepPages builds every page: for each shape, each country under each
// of its names, followed by and following its alphabetical neighbour
// (called by its first name); and every confusable pair, both ways, under
// every pair of names.
func sweepPages(g *Gazetteer) []sweepPage {
	var pages []sweepPage
	cs := g.Countries
	byShort := map[string]Country{}
	for _, c := range cs {
		byShort[c.Short] = c
	}
	for _, s := range sweepShapes {
		claims := sweepClaims[s.lang]
		page := func(a, b Country, na, nb string) {
			pages = append(pages, sweepPage{
				shape:    s.id,
				text:     s.para(na, claims[0], false) + "\n\n" + s.para(nb, claims[1], true) + "\n",
				speakers: [2]string{a.Short, b.Short},
				names:    [2]string{na, nb},
			})
		}
		for i, c := range cs {
			next, prev := cs[(i+1)%len(cs)], cs[(i+len(cs)-1)%len(cs)]
			nn, pn := sweepNames(next, s), sweepNames(prev, s)
			for _, n := range sweepNames(c, s) {
				if len(nn) > 0 {
					page(c, next, n, nn[0])
				}
				if len(pn) > 0 {
					page(prev, c, pn[0], n)
				}
			}
		}
		for _, pair := range sweepConfusable {
			for _, ab := range [][2]string{pair, {pair[1], pair[0]}} {
				a, b := byShort[ab[0]], byShort[ab[1]]
				for _, na := range sweepNames(a, s) {
					for _, nb := range sweepNames(b, s) {
						page(a, b, na, nb)
					}
				}
			}
		}
	}
	return pages
}

// TestAttributionSweep loads every generated page and checks that each
// paragraph is held by its speaker alone.
func TestAttributionSweep(t *testing.T) {
	g := DefaultGazetteer()
	for _, s := range sweepShapes {
		if _, ok := sweepClaims[s.lang]; !ok {
			t.Fatalf("shape %s: no claims in %s", s.id, s.lang)
		}
	}
	pages := sweepPages(g)
	if len(pages) < 10*len(g.Countries) {
		t.Fatalf("only %d pages", len(pages))
	}
	fsys := fstest.MapFS{}
	for i, p := range pages {
		fsys[fmt.Sprintf("sweep/%05d.txt", i)] = &fstest.MapFile{Data: []byte(p.text)}
	}
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// holders[page][k]: the countries holding paragraph k of the page.
	holders := make([][2][]string, len(pages))
	for _, st := range c.Statements() {
		for _, src := range st.Sources {
			var i int
			if _, err := fmt.Sscanf(src, "sweep/%05d", &i); err != nil || i >= len(pages) {
				t.Fatalf("source %q", src)
			}
			claims := sweepClaims[shapeLang(pages[i].shape)]
			for k := range 2 {
				if strings.Contains(strings.ToLower(st.Text), claims[k]) && !contains(holders[i][k], st.Country) {
					holders[i][k] = append(holders[i][k], st.Country)
				}
			}
		}
	}
	type key struct{ shape, class string }
	counts := map[key]int{}
	byCountry := map[string]int{}
	var other, unheld []string
	knownSeen := map[[2]string]bool{}
	paras := 0
	for i, p := range pages {
		for k := range 2 {
			paras++
			got := holders[i][k]
			class := "ok"
			switch {
			case len(got) == 0:
				class = "unheld"
				if sweepUnheldOK[[2]string{p.shape, p.names[k]}] {
					class = "unheld-ok"
				}
			case len(got) > 1 || got[0] != p.speakers[k]:
				class = "other"
			}
			if class != "ok" && class != "unheld-ok" && sweepKnown[[2]string{p.shape, p.names[k]}] != "" {
				knownSeen[[2]string{p.shape, p.names[k]}] = true
				class = "known-" + class
			}
			counts[key{p.shape, class}]++
			if class != "other" && class != "unheld" {
				continue
			}
			byCountry[p.speakers[k]]++
			line := fmt.Sprintf("%s: %s paragraph %d (%q) held by %v, want %s\n%s", p.shape, p.speakers[k], k+1, p.names[k], got, p.speakers[k], p.text)
			if class == "other" {
				other = append(other, line)
			} else {
				unheld = append(unheld, line)
			}
		}
	}
	sweepShow := 40
	if os.Getenv("STANCEBOT_SWEEP_ALL") != "" {
		sweepShow = -1
	}
	var ks []key
	for k := range counts {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].shape+ks[i].class < ks[j].shape+ks[j].class })
	var sum strings.Builder
	knownN := 0
	for k, n := range counts {
		if strings.HasPrefix(k.class, "known-") {
			knownN += n
		}
	}
	fmt.Fprintf(&sum, "%d countries, %d shapes, %d pages, %d paragraphs; other-country %d, unheld %d, known gaps %d\n",
		len(g.Countries), len(sweepShapes), len(pages), paras, len(other), len(unheld), knownN)
	for _, k := range ks {
		fmt.Fprintf(&sum, "  %-20s %-10s %d\n", k.shape, k.class, counts[k])
	}
	var cn []string
	for c := range byCountry {
		cn = append(cn, c)
	}
	sort.Slice(cn, func(i, j int) bool {
		return byCountry[cn[i]] > byCountry[cn[j]] || byCountry[cn[i]] == byCountry[cn[j]] && cn[i] < cn[j]
	})
	for _, c := range cn {
		fmt.Fprintf(&sum, "  %s:%d", c, byCountry[c])
	}
	t.Log(sum.String())
	for k, why := range sweepKnown {
		if !knownSeen[k] {
			t.Errorf("%s %q no longer fails (%s): remove it from sweepKnown", k[0], k[1], why)
		}
	}
	for i, l := range other {
		if i == sweepShow {
			t.Errorf("… and %d more held by another country", len(other)-i)
			break
		}
		t.Errorf("held by another country: %s", l)
	}
	for i, l := range unheld {
		if i == sweepShow {
			t.Errorf("… and %d more held by nobody", len(unheld)-i)
			break
		}
		t.Errorf("held by nobody: %s", l)
	}
}

func shapeLang(id string) string { return id[:2] }

// theEN puts "the" before an English name that takes it: a state form
// ("the Republic of Korea", "the Russian Federation", "the Holy See"), a
// plural ("the Philippines", "the Solomon Islands") or a capitalised
// abbreviation ("the DPRK", "the UK"); a name that already has it, or
// another, stays as it is.
func theEN(n string) string {
	if strings.HasPrefix(n, "the ") || strings.HasPrefix(n, "The ") {
		return n
	}
	head, _, _ := strings.Cut(n, " (")
	for _, w := range strings.Fields(head) {
		switch strings.Trim(w, ".") {
		case "Republic", "Kingdom", "Federation", "Union", "Commonwealth", "Principality", "Duchy", "Sultanate",
			"State", "States", "Confederation", "Emirates", "Islands", "Netherlands", "Philippines", "Bahamas",
			"Maldives", "Comoros", "Gambia", "See", "Territory", "territories", "Authority":
			return "the " + n
		}
	}
	if len(n) >= 2 && strings.ToUpper(n) == n && !contains([]string{"PNG", "NZ"}, n) {
		return "the " + n
	}
	return n
}

// possessiveEN is an English name's possessive: "Peru's", "the
// Philippines'".
func possessiveEN(n string) string {
	if strings.HasSuffix(n, "s") && strings.HasPrefix(n, "the ") {
		return n + "'"
	}
	return n + "'s"
}

// deES is "de" and a Spanish name, with the article a state form takes
// ("de la Federación de Rusia", "del Reino Unido", "de los Emiratos
// Árabes Unidos", "de las Islas Marshall"); a name that has its article
// keeps it ("de las Bahamas").
func deES(n string) string {
	first, _, _ := strings.Cut(n, " ")
	switch first {
	case "el":
		return "del " + strings.TrimPrefix(n, "el ")
	case "la", "los", "las":
		return "de " + n
	case "República", "Federación", "Unión", "Santa", "Confederación", "Mancomunidad", "RDC", "RPDC", "RCA", "UE", "U.E.":
		return "de la " + n
	case "Reino", "Estado", "Principado", "Gran", "Sultanato":
		return "del " + n
	case "Emiratos", "Países", "Estados", "EE.", "EE.UU.", "EEUU", "EAU":
		return "de los " + n
	case "Islas":
		return "de las " + n
	}
	return "de " + n
}

// deFR is "de" and a French name with its article: "de la France", "du
// Pérou", "de l'Inde", "des Philippines", "de Cuba" (islands and city
// states take none: frNoArticle).
func deFR(n string) string {
	first, _, _ := strings.Cut(n, " ")
	first, _, _ = strings.Cut(first, "-")
	switch {
	case first == "le":
		return "du " + strings.TrimPrefix(n, "le ")
	case first == "la" || first == "l'" || strings.HasPrefix(n, "l'"):
		return "de " + n
	case first == "les":
		return "des " + strings.TrimPrefix(n, "les ")
	case frNoArticle[n]:
		if startsVowelFR(n) {
			return "d'" + n
		}
		return "de " + n
	case strings.ToUpper(n) == n: // RDC, RPDC, UE, EAU
		if n == "EAU" {
			return "des " + n
		}
		return "de la " + n
	}
	switch first {
	case "République", "Fédération", "Principauté", "Confédération", "Union", "Cité":
		return "de la " + n
	case "Royaume", "État", "Sultanat", "Grand":
		if startsVowelFR(n) {
			return "de l'" + n
		}
		return "du " + n
	case "États", "Émirats", "Pays", "Îles":
		return "des " + n
	}
	if plural := []string{"Philippines", "Comores", "Maldives", "Bahamas", "Seychelles", "Palaos", "Fidji"}; contains(plural, n) {
		return "des " + n
	}
	if startsVowelFR(n) {
		return "de l'" + n
	}
	if strings.HasSuffix(n, "e") && !frMasculineE[n] {
		return "de la " + n
	}
	return "du " + n
}

// frNoArticle are the French names used without an article (islands,
// city states): "de Cuba", "d'Israël".
var frNoArticle = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Split(`Cuba;Malte;Chypre;Madagascar;Singapour;Monaco;Bahreïn;Israël;Haïti;Oman;Djibouti;Maurice;Nauru;Tuvalu;`+
		`Kiribati;Antigua-et-Barbuda;Saint-Kitts-et-Nevis;Saint-Christophe-et-Niévès;Sainte-Lucie;Saint-Vincent-et-les-Grenadines;`+
		`Trinité-et-Tobago;Brunei;Brunéi;Brunéi Darussalam;Taïwan;Tonga;Samoa;Saint-Marin;Sri Lanka;Sao Tomé-et-Principe;Sao Tomé-et-Príncipe;`+
		`Andorre;Palau;Taipei chinois;Hong Kong;Porto Rico`, ";") {
		m[n] = true
	}
	return m
}()

// frMasculineE are the French masculine names that end in -e.
var frMasculineE = toSet(`Mexique Cambodge Mozambique Zimbabwe Belize Suriname Zaïre Liechtenstein Monténégro`)

func startsVowelFR(n string) bool {
	r, _ := utf8.DecodeRuneInString(Fold(n))
	return strings.ContainsRune("aeiouyh", unicode.ToLower(r)) && !strings.HasPrefix(n, "Hon")
}
