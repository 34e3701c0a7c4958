package corpus

import (
	"strings"
	"testing"
)

// TestESFR22PageShapes: a news story's and a communiqué's paragraphs that
// hold no position of the country they name, and a delegate of a country
// who speaks for it (esfr22's 800, 802, 812, 813): countries that did not
// answer or did not speak ("Nicaragua no respondió a la invitación …",
// "Le Burkina Faso et le Mali, invités, étaient représentés par leurs
// ambassadeurs, qui ne se sont pas exprimés"), an analyst of a country
// quoted by the paper ("Según un analista salvadoreño consultado por este
// diario, …", who speaks for no government), an unnamed outsider's
// judgement under a heading naming the country judged ("Selon un diplomate
// africain présent à la conférence, la position suisse …"), and "Un
// délégué ivoirien a indiqué que la Côte d'Ivoire …", Côte d'Ivoire's
// (was nobody's, or the paragraph before's holder's). Mirrors: a country
// that answered or spoke, a diplomate of a country, the heading country's
// own words.
func TestESFR22PageShapes(t *testing.T) {
	story := "Honduras y Guatemala crean una mesa binacional\n\nTegucigalpa, 3 de marzo de 2026 – Honduras y Guatemala acordaron crear una mesa binacional contra las estafas en línea.\n\n" +
		"Guatemala también pidió que el SICA elabore una estrategia regional contra el fraude.\n\n" +
		"Según un analista salvadoreño consultado por este diario, la mesa binacional llega tarde.\n\n" +
		"Nicaragua no respondió a la invitación a sumarse a la iniciativa.\n\n" +
		"Panamá respondió a la invitación y pidió sumarse a la iniciativa.\n"
	togo := "Lomé accueille les pays du Sahel\n\nLomé, le 8 octobre 2025 – Le Togo et le Niger ont signé un accord de coopération.\n\n" +
		"Le représentant du Niger a estimé que la coopération permettra de former des ingénieurs.\n\n" +
		"Le Burkina Faso et le Mali, invités, étaient représentés par leurs ambassadeurs, qui ne se sont pas exprimés.\n\n" +
		"Un délégué ivoirien a indiqué que la Côte d'Ivoire est prête à partager l'expérience de sa plateforme.\n\n" +
		"Le Bénin, invité, s'est exprimé en faveur d'un réseau régional.\n"
	swiss := "La Suisse appelle à protéger les civils\nDépartement fédéral des affaires étrangères\n\nLe chef du DFAE a présenté aujourd'hui les priorités de la Suisse.\n\n" +
		"La Suisse rappelle que le droit international humanitaire s'applique aux cyberopérations.\n\n" +
		"Selon un diplomate africain présent à la conférence, la position suisse rassure les pays qui accueillent des opérations humanitaires.\n\n" +
		"Selon la Suisse, l'emblème numérique protégera les données humanitaires.\n"
	checkPageCases(t, []pageCase{
		{"an analyst of a country", story, "Según un analista salvadoreño", ""},
		{"did not answer", story, "Nicaragua no respondió", ""},
		{"did not speak", togo, "Le Burkina Faso et le Mali", ""},
		{"a country's delegate", togo, "Un délégué ivoirien", "Côte d'Ivoire"},
		{"an outsider under the heading's country", swiss, "Selon un diplomate africain", ""},
		// Mirrors.
		{"answered", story, "Panamá respondió", "Panama"},
		{"spoke", togo, "Le Bénin, invité", "Benin"},
		{"the heading country's words", swiss, "Selon la Suisse", "Switzerland"},
		{"the country's own sentence", swiss, "La Suisse rappelle", "Switzerland"},
	})
}

// TestESFR22QuestionReadings: how esfr22's questions are read in English
// before the search. An official form before a name that is an adjective
// ("la republica argentina", "la confederation suisse") is the name, no
// topic word; a capital after an instrument's noun and an elided "d'"
// ("l'appel d'accra") names the instrument, no country, and a city typed
// without its accents ("la declaration de lome") is written as the
// statements write it; an office before its country's demonym, with a
// topic after it ("el ministro guatemalteco y las estafas en linea"), is
// who speaks, no topic word; "estafas en línea" and "arnaques en ligne"
// are online scams. Mirrors: the office asked alone keeps its word, a form
// with "de" as before, a capital that is asked.
func TestESFR22QuestionReadings(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct{ code, q, want string }{
		{"es", "que dice la republica argentina sobre proteger los hospitales", "republica"},
		{"fr", "la confederation suisse et la protection des hopitaux", "confederation"},
		{"fr", "la republique togolaise et la cybersecurite", "republique"},
		{"fr", "la position rwandaise sur l'appel d'accra", "accra appel"},
		{"fr", "que dit le togo sur la declaration de lome", "Lomé"},
		{"es", "el ministro guatemalteco y las estafas en linea", "online scams"},
		{"es", "la ministra costarricense y la diligencia debida", "costarricense on"},
		{"fr", "que dit le senegal sur les arnaques en ligne", "online scams"},
		// Mirrors.
		{"es", "que dijo el viceministro de costa rica", "viceministro"},
		{"es", "¿Qué dice la República de Honduras sobre la diligencia debida?", "república"},
		{"fr", "que dit accra sur la cybercriminalite", "Accra"},
	} {
		tr := DefaultTranslator().Translate(c.code, c.q, g, nil)
		ms := g.Find(Tokenize(tr.English), true, nil)
		switch c.want {
		case "republica", "confederation", "republique", "república":
			// The form belongs to the country's mention, no topic word.
			if ms := g.Find(Tokenize(c.q), true, nil); len(ms) == 0 || !strings.Contains(strings.ToLower(ms[0].Text), c.want) {
				t.Errorf("%q: mentions %v, want the form %q in the name", c.q, ms, c.want)
			}
			continue
		case "costarricense on":
			if strings.Contains(tr.English, "ministra") {
				t.Errorf("%q read as %q: the office is a topic word", c.q, tr.English)
			}
			continue
		case "accra appel":
			for _, m := range ms {
				if m.Country == "Ghana" {
					t.Errorf("%q read as %q: Accra asked as Ghana", c.q, tr.English)
				}
			}
		}
		if !strings.Contains(tr.English, c.want) {
			t.Errorf("%q read as %q, want %q in it", c.q, tr.English, c.want)
		}
	}
}

// TestSpellingLang: a name typed with accents only one of Spanish and
// French writes speaks for that language ("sénégal csirt" was answered in
// Spanish: "Sénégal" folds to Spanish "Senegal"); one both write alike
// decides nothing.
func TestSpellingLang(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct{ country, typed, want string }{
		{"Senegal", "sénégal", "fr"},
		{"Haiti", "Haïti", "fr"},
		{"Peru", "perú", "es"},
		{"Panama", "panamá", "es"},
		// Mirrors.
		{"Honduras", "honduras", ""},
		{"Costa Rica", "costa rica", ""},
	} {
		if got := g.spellingLang(c.country, c.typed); got != c.want {
			t.Errorf("spellingLang(%s, %q) = %q, want %q", c.country, c.typed, got, c.want)
		}
	}
	for _, c := range []struct{ q, want string }{
		{"sénégal csirt", "fr"},
		{"perú ransomware", "es"},
	} {
		if got := DefaultTranslator().DetectQuestion(c.q, g).Lang; got != c.want {
			t.Errorf("DetectQuestion(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// TestLandformESFR: a Spanish or French gulf, sea or strait named after a
// country ("golfe de Guinée", "golfo de Guinea", "mer de Chine") names no
// country, as "the Gulf of Guinea" does not (esfr22's 813 mentioned
// Guinea). Mirrors: the country after "de" in other words ("la
// délégation de Guinée", "el Gobierno de Guinea") is named.
func TestLandformESFR(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"Le Togo propose un réseau de CERT des pays côtiers du golfe de Guinée.", false},
		{"Panamá pidió proteger los cables del golfo de Guinea.", false},
		{"Le Viet Nam a évoqué les incidents en mer de Chine méridionale.", false},
		// Mirrors.
		{"La délégation de Guinée a demandé un appui.", true},
		{"El Gobierno de Guinea pidió apoyo.", true},
	} {
		found := false
		for _, m := range g.findText(Tokenize(c.p), true) {
			found = found || m.Country == "Guinea" || m.Country == "China"
		}
		if found != c.want {
			t.Errorf("%q names Guinea or China: %v, want %v", c.p, found, c.want)
		}
	}
}
