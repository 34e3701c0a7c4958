package corpus

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestAttributionSpanishFrench: the attribution classes on pages written
// in Spanish and French, each after a paragraph held by another country,
// with mirrors that must keep the previous holder. English paragraphs are
// held to TestAttributionClasses, TestHeldOutCorpus and
// TestAltCorpusMirrors, which the Spanish and French words must not move.
func TestAttributionSpanishFrench(t *testing.T) {
	const es = "Honduras ha pedido la creación de un equipo regional de respuesta a incidentes.\n"
	const fr = "Le Mali a plaidé pour un renforcement des capacités des pays du Sahel.\n"
	tests := []struct {
		name, prev, para, holder string
	}{
		{"es subject", fr, "Bolivia ha sostenido que el derecho internacional se aplica al ciberespacio.", "Bolivia"},
		{"es reported view (según)", fr, "Según Costa Rica, la diligencia debida es una obligación.", "Costa Rica"},
		{"es reported view (para) with article", fr, "Para el Perú, la atribución es una decisión soberana.", "Peru"},
		{"es unlike X, Y acts", fr, "A diferencia de Chile, Guinea Ecuatorial no ha publicado una posición.", "Equatorial Guinea"},
		{"es Spanish name only", fr, "Corea del Sur ha apoyado las normas voluntarias.", "South Korea"},
		{"es government + demonym", fr, "El Gobierno uruguayo ha apoyado el Programa de Acción.", "Uruguay"},
		{"es delegation + demonym", fr, "La delegación paraguaya también ha denunciado las medidas coercitivas.", "Paraguay"},
		{"es mirror: country after a preposition", es, "En cooperación con Colombia, el país ha creado un centro regional.", "Honduras"},
		{"es mirror: continuation naming another", es, "El país también ha firmado un acuerdo con México.", "Honduras"},
		{"fr subject with article and auxiliary a", es, "Le Gabon a soutenu la création d'un programme d'action.", "Gabon"},
		{"fr reported view (selon)", es, "Selon le Burkina Faso, la souveraineté s'applique au cyberespace.", "Burkina Faso"},
		{"fr reported view (pour)", es, "Pour la Belgique, la diligence raisonnable reste une norme volontaire.", "Belgium"},
		{"fr like X, Y acts", es, "À l'instar du Sénégal, Haïti a demandé un soutien international.", "Haiti"},
		{"fr appositive without article", es, "Proche partenaire de la France, le Niger a soutenu le programme d'action.", "Niger"},
		{"fr French name after elision", es, "L'Espagne a publié sa position sur le droit international.", "Spain"},
		{"fr authorities + demonym", es, "Les autorités malgaches ont plaidé pour la protection des données.", "Madagascar"},
		{"fr delegation + demonym (nigérienne is Niger)", es, "Selon la délégation nigérienne, le droit humanitaire protège les hôpitaux.", "Niger"},
		{"fr mirror: country after de", fr, "Avec l'appui de la France, le pays a créé une agence nationale.", "Mali"},
		{"fr mirror: pronoun continuation", fr, "Il a également soutenu la position du Sénégal sur la cybercriminalité.", "Mali"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(context.Background(), fstest.MapFS{"f.txt": {Data: []byte(tt.prev + tt.para + "\n")}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			s := c.Statement(c.Len() - 1)
			if s.Country != tt.holder {
				t.Errorf("%.50q: held by %s (%s, %q), want %s", tt.para, s.Country, s.Attribution.Method, s.Attribution.Evidence, tt.holder)
			}
		})
	}
}

// TestSpanishFrenchStatementsIndexedInEnglish: a statement written in
// Spanish or French carries the themes its English reading has, and its
// language; an English one stays English.
func TestSpanishFrenchStatementsIndexedInEnglish(t *testing.T) {
	c, err := Load(context.Background(), fstest.MapFS{"f.txt": {Data: []byte(
		"Para España, la atribución pública de una operación cibernética es una decisión soberana.\n" +
			"Le Togo estime que la diligence raisonnable doit rester une norme volontaire.\n" +
			"Kenya has argued that capacity building must be demand-driven.\n")}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ country, lang, theme string }{
		{"Spain", "es", "attribution"}, {"Togo", "fr", "due diligence"}, {"Kenya", "en", "capacity building"},
	}
	if c.Len() != len(want) {
		t.Fatalf("%d statements", c.Len())
	}
	for i, w := range want {
		s := c.Statement(i)
		if s.Country != w.country || c.StatementLang(i) != w.lang || !slices.Contains(s.Themes, w.theme) {
			t.Errorf("statement %d: %s, lang %s, themes %v; want %s, %s, %s", i, s.Country, c.StatementLang(i), s.Themes, w.country, w.lang, w.theme)
		}
	}
}

func TestParagraphLang(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Kenya has argued that the OEWG should continue its work.", ""},
		{"Nicaragua ha sostenido que el derecho internacional vigente no basta.", "es"},
		{"Le Burkina Faso estime que la diligence raisonnable est une norme.", "fr"},
		{"Peru y Chile", ""}, // too short to tell
		{"The Comité de la sécurité, in its report, has said the law applies.", ""},
	} {
		if got := paragraphLang(Tokenize(tt.text)); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestInstrumentAfterDe: a capital after "de" and an instrument noun names
// the instrument, in Spanish and French as in English ("the Budapest
// Convention"); used as an actor it is still the country.
func TestInstrumentAfterDe(t *testing.T) {
	g := DefaultGazetteer()
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"Ghana y el Convenio de Budapest", []string{"Ghana"}},
		{"le Ghana et la Convention de Budapest", []string{"Ghana"}},
		{"Kenia y el Llamamiento de París", []string{"Kenya"}},
		{"¿qué dice Budapest sobre la soberanía?", []string{"Hungary"}},
	} {
		var got []string
		for _, m := range g.Find(Tokenize(tt.q), true, nil) {
			got = append(got, m.Country)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestTranslatorResolveTheme(t *testing.T) {
	tr := DefaultTranslator()
	for _, tt := range []struct{ code, words, want string }{
		{"es", "diligencia debida", "due diligence"},
		{"es", "atribucion", "attribution"},
		{"es", "soberanía", "sovereignty"},
		{"fr", "droits de l'homme", "human rights"},
		{"fr", "mesures de confiance", "confidence-building measures"},
		{"fr", "souverainete", "sovereignty"},
		{"es", "diligencia debida soberanía", ""}, // two themes are not one phrase
		{"en", "attribution", ""},
		{"fr", "fromage", ""},
	} {
		got, ok := tr.ResolveTheme(tt.code, tt.words)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("ResolveTheme(%s, %q) = %q, %v; want %q", tt.code, tt.words, got, ok, tt.want)
		}
	}
}

func TestEnglishAcronym(t *testing.T) {
	for _, tt := range []struct {
		key, english string
		want         bool
	}{
		{"CERT", "computer emergency response team", true},
		{"CSIRT", "computer security incident response team", true},
		{"TIC", "ICT", false},
		{"cert", "computer emergency response team", false},
		{"ONU", "United Nations", false},
	} {
		if got := englishAcronym(tt.key, tt.english); got != tt.want {
			t.Errorf("englishAcronym(%q, %q) = %v", tt.key, tt.english, got)
		}
	}
	// An English acronym is no evidence of Spanish or French.
	if l := DefaultTranslator().DetectQuestion("Mozambique CERT", DefaultGazetteer()).Lang; l == "es" || l == "fr" {
		t.Errorf("Mozambique CERT read as %s", l)
	}
}

func TestUndotted(t *testing.T) {
	for in, want := range map[string]string{"EE. UU.": "EE UU", "EE.UU.": "EE UU", "U.S.": "U.S.", "Perú": "Perú", "R.D. Congo": "R.D. Congo",
		"e.a.u.": "EAU", "u.e.": "UE", "r.c.a.": "RCA", "e.e.u.u.": "EEUU"} {
		if got := undotted(in); got != want {
			t.Errorf("undotted(%q) = %q, want %q", in, got, want)
		}
	}
}

// A cyber word inside a Spanish or French theme phrase does not break it,
// and a phrase made of such a word still matches ("fracture numérique").
func TestTranslateSkipsCyberInsidePhrases(t *testing.T) {
	tr, g := DefaultTranslator(), DefaultGazetteer()
	for _, tt := range []struct{ code, text, want string }{
		{"es", "capacidades cibernéticas ofensivas", "militarisation"},
		{"fr", "capacités cyber offensives", "militarisation"},
		{"fr", "fracture numérique", "digital divide"}, // a glossary phrase as long as a theme's wins: the asker's own words
		{"fr", "criminalité informatique", "cybercrime"},
	} {
		if got := tr.Translate(tt.code, tt.text, g, nil).English; !strings.Contains(got, tt.want) {
			t.Errorf("Translate(%s, %q) = %q, want %q", tt.code, tt.text, got, tt.want)
		}
	}
}

// French writes the people with a capital ("les Suisses", "les Chinois"):
// a demonym that is also a common word counts capitalised, as in lower case.
func TestCapitalisedFrenchPeople(t *testing.T) {
	g := DefaultGazetteer()
	for _, q := range []string{"que disent les Suisses du DIH", "que disent les suisses du DIH"} {
		ms := g.Find(Tokenize(q), true, nil)
		if len(ms) != 1 || ms[0].Country != "Switzerland" {
			t.Errorf("%q: %+v", q, ms)
		}
	}
}

// TestTextMarkersInTwoListsMarkNeither: a function word of two languages
// ("son") speaks for neither, whatever order the lists are read in; it
// once took a random one per process.
func TestTextMarkersInTwoListsMarkNeither(t *testing.T) {
	for _, w := range []string{"son"} {
		if !textMarkersES[w] || !textMarkersFR[w] {
			t.Fatalf("%q is no longer in both lists; pick another shared word", w)
		}
		if textMarkers[w] != 0 {
			t.Errorf("textMarkers[%q] = %d, want 0", w, textMarkers[w])
		}
	}
	toks := Tokenize("La représentante de la Tunisie a déclaré que son pays soutient un mécanisme permanent.")
	if got := paragraphLang(toks); got != "fr" {
		t.Errorf("paragraphLang = %q, want fr", got)
	}
}
