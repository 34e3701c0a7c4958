package corpus

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/corpus/lang"
)

func TestTranslateThemesAndQuestionWords(t *testing.T) {
	tr := DefaultTranslator()
	g := DefaultGazetteer()
	tests := []struct {
		lang, text string
		want       []string // words the English reading must contain
		not        []string // words it must not contain
	}{
		// Theme phrases, with and without accents, plural or singular.
		{lang.Spanish, "¿Cuál es la postura de Cuba sobre la soberanía?", []string{"position", "Cuba", "sovereignty"}, []string{"cual", "sobre", "soberan"}},
		{lang.Spanish, "cual es la postura de Cuba sobre la soberania", []string{"sovereignty"}, nil},
		{lang.Spanish, "qué dice Perú sobre la diligencia debida", []string{"says", "Perú", "due diligence"}, []string{"que", "sobre"}},
		{lang.Spanish, "infraestructuras criticas", []string{"critical infrastructure"}, nil},
		{lang.Spanish, "instrumento juridicamente vinculante", []string{"legally binding instruments"}, nil},
		{lang.Spanish, "medidas de fomento de la confianza", []string{"confidence-building measures"}, nil},
		{lang.Spanish, "uso de la fuerza y legítima defensa", []string{"use of force"}, nil},
		// International humanitarian law keeps its "humanitarian" (a theme phrase of
		// international law, and the word that ranks the statements on it first).
		{lang.Spanish, "derecho internacional humanitario", []string{"international humanitarian law"}, nil},
		{lang.Spanish, "Suiza DIH", []string{"international humanitarian law"}, nil},
		{lang.French, "la Suisse et le DIH", []string{"international humanitarian law"}, nil},
		{lang.Spanish, "ciberdelincuencia", []string{"cybercrime"}, nil},
		{lang.Spanish, "¿qué países hablan de militarización?", []string{"countries", "talk", "militarisation"}, nil},
		{lang.French, "Quelle est la position de l'Inde sur la souveraineté ?", []string{"position", "Inde", "sovereignty"}, []string{"quelle", "sur", "l'Inde"}},
		{lang.French, "chaînes d'approvisionnement", []string{"supply chains"}, nil},
		{lang.French, "chaines d approvisionnement", []string{"supply chains"}, nil},
		{lang.French, "droits de l'homme", []string{"human rights"}, nil},
		{lang.French, "droits humains", []string{"human rights"}, nil},
		{lang.French, "diligence raisonnable", []string{"due diligence"}, nil},
		{lang.French, "instrument juridiquement contraignant", []string{"legally binding instruments"}, nil},
		{lang.French, "mesures de confiance", []string{"confidence-building measures"}, nil},
		// "quién más … como X", "qui d'autre … comme X": the English
		// reading's "else … like X" ("cómo" as "how" and "como" without
		// "quién más" are no marker; answers: bot's TestExceptElseLikeESFR).
		{lang.Spanish, "quién más quiere un tratado como Zambia", []string{"else", "like", "Zambia"}, nil},
		{lang.French, "qui d'autres veulent un traité comme la Zambie", []string{"else", "like", "Zambie"}, nil},
		{lang.Spanish, "¿cómo ve Zambia el tratado?", []string{"Zambia"}, []string{"like", "else"}},
		{lang.Spanish, "quien quiere un tratado como Zambia", []string{"Zambia"}, []string{"like", "else"}},
		{lang.Spanish, "qué países además de Zambia quieren un tratado", []string{"besides", "Zambia"}, nil},
		{lang.French, "emploi de la force", []string{"use of force"}, nil},
		{lang.French, "légitime défense", []string{"use of force"}, nil},
		{lang.French, "à propos de la militarisation", []string{"militarisation"}, []string{"propos"}},
		{lang.French, "comparer l'Inde et Cuba sur les normes volontaires", []string{"compare", "Inde", "Cuba", "voluntary norms"}, nil},
		// Glossary words become English content words for the full-text search.
		{lang.Spanish, "Perú elecciones", []string{"elections"}, nil},
		{lang.French, "Pérou rançongiciels", []string{"ransomware"}, nil},
		// A word the glossary does not know is kept as typed.
		{lang.Spanish, "Perú OEWG-bis Zeta", []string{"Zeta"}, nil},
		// Typos in Spanish and French words are corrected against the lexicon.
		{lang.Spanish, "soberanai de Cuba", []string{"sovereignty"}, nil},
		{lang.Spanish, "ciberdelincuenca", []string{"cybercrime"}, nil},
		{lang.French, "souverainetée", []string{"sovereignty"}, nil},
		{lang.French, "cybercriminalte", []string{"cybercrime"}, nil},
	}
	for _, tt := range tests {
		got := tr.Translate(tt.lang, tt.text, g, nil)
		for _, w := range tt.want {
			if !strings.Contains(got.English, w) {
				t.Errorf("Translate(%s, %q) = %q (steps %v), want it to contain %q", tt.lang, tt.text, got.English, got.Steps, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(strings.ToLower(got.English), strings.ToLower(w)) {
				t.Errorf("Translate(%s, %q) = %q, must not contain %q", tt.lang, tt.text, got.English, w)
			}
		}
	}
}

func TestTranslateEnglishUnchanged(t *testing.T) {
	tr := DefaultTranslator()
	q := "what does Peru say on attribution?"
	if got := tr.Translate(lang.English, q, DefaultGazetteer(), nil); got.English != q || len(got.Steps) != 0 {
		t.Errorf("English question changed: %+v", got)
	}
}

func TestTranslateStepsForExplain(t *testing.T) {
	got := DefaultTranslator().Translate(lang.Spanish, "Perú soberanai", DefaultGazetteer(), nil)
	var hows []string
	for _, s := range got.Steps {
		hows = append(hows, s.How+":"+s.From+">"+s.To)
	}
	want := []string{"country:Perú>Perú", "typo:soberanai>soberana", "theme:soberanai>sovereignty"}
	if strings.Join(hows, " ") != strings.Join(want, " ") {
		t.Errorf("steps = %v, want %v", hows, want)
	}
}

// Each language's theme file names only themes of the English lexicon,
// and every theme has a name in Spanish and French.
func TestTranslatedThemesCoverLexicon(t *testing.T) {
	tr := DefaultTranslator()
	for _, th := range DefaultLexicon().Themes {
		for _, code := range []string{lang.Spanish, lang.French} {
			if tr.ThemeName(code, th.Name) == th.Name && code == lang.Spanish {
				t.Errorf("theme %q has no Spanish name", th.Name)
			}
			if _, ok := tr.langs[code].names[th.Name]; !ok {
				t.Errorf("theme %q has no %s phrases", th.Name, code)
			}
		}
	}
	_, err := NewTranslator(map[string]string{lang.Spanish: "no such theme: algo"}, nil, nil, DefaultLexicon())
	if err == nil || !strings.Contains(err.Error(), "not a theme") {
		t.Errorf("unknown theme name: err = %v", err)
	}
}

func TestDetectWithLexicon(t *testing.T) {
	tr := DefaultTranslator()
	tests := map[string]string{
		"Perú atribución":                    lang.Spanish,
		"UE cybercriminalité":                lang.French,
		"India soberania":                    lang.Spanish,
		"Pérou chaines d'approvisionnement":  lang.French,
		"Cuba infraestructura critica":       lang.Spanish,
		"what does Cuba say on sovereignty?": lang.English,
		"Serbia ciberdelincuencia":           lang.Spanish,
		"Serbie cybercriminalite":            lang.French,
		"Cuba attribution":                   "",
		// English words with a French or Spanish ending carry no evidence
		// ("statement" is not French for its "-ement").
		"Japan latest statement":         "",
		"Kenya statement announcement":   "",
		"Ghana's engagement on capacity": lang.English,
		"gouvernement du Kenya":          lang.French,
		"Kenya seguridad":                lang.Spanish,
	}
	for text, want := range tests {
		if got := tr.Detect(text); got.Lang != want {
			t.Errorf("Detect(%q) = %q (%v), want %q", text, got.Lang, tr.ExplainQuestion(text, nil).Evidence, want)
		}
	}
}

// TestDetectTypos: a misspelt Spanish or French lexicon word speaks for
// its language in a tie, unless an English word is as near ("attribtion"
// is French "attribution" and English "attribution" alike).
func TestDetectTypos(t *testing.T) {
	tr := DefaultTranslator()
	g := DefaultGazetteer()
	tests := map[string]string{
		"Cuba attribtion":       "",
		"Cuba atribution":       "",
		"Cuba cybercrim":        "",
		"Cuba ciberdelincuenca": lang.Spanish,
		"Cuba cybercriminalte":  lang.French,
		"Cuba soberanai":        lang.Spanish,
	}
	for text, want := range tests {
		if got := tr.DetectQuestion(text, g); got.Lang != want {
			t.Errorf("DetectQuestion(%q) = %q (%v), want %q", text, got.Lang, tr.ExplainQuestion(text, g).Evidence, want)
		}
	}
}

// Country names in a Spanish or French question: a name typed in lower
// case is still found ("le salvador"), a capital in lower case is a word
// ("la paz" is peace), and a name of two-letter parts loses its dots ("EE.
// UU." reads "EE UU": a dot would end the sentence before the topic).
func TestTranslateCountryNames(t *testing.T) {
	tr := DefaultTranslator()
	g := DefaultGazetteer()
	tests := []struct {
		lang, text string
		country    string // the English reading must contain it ("" none)
		not        string
	}{
		{lang.French, "que dit le salvador sur le renforcement des capacites", "Salvador", ""},
		{lang.Spanish, "¿qué piensan sobre la guerra y la paz?", "", "paz"},
		{lang.Spanish, "¿Qué dice La Paz sobre la soberanía?", "La Paz", ""},
		{lang.Spanish, "que dice la habana sobre la militarizacion", "Habana", ""},
		{lang.French, "que dit la havane sur la souverainete", "Havane", ""},
		{lang.Spanish, "EE. UU. ciberdelincuencia", "EE UU cybercrime", "EE?"},
		{lang.Spanish, "postura de los EE.UU. sobre ransomware", "EE UU on ransomware", "."},
	}
	for _, tt := range tests {
		got := tr.Translate(tt.lang, tt.text, g, nil)
		if tt.country != "" && !strings.Contains(got.English, tt.country) {
			t.Errorf("Translate(%q) = %q (%v), want %q kept", tt.text, got.English, got.Steps, tt.country)
		}
		if tt.not != "" && strings.Contains(got.English, tt.not) {
			t.Errorf("Translate(%q) = %q, must not contain %q", tt.text, got.English, tt.not)
		}
	}
}

// TestCognateEN: a Spanish or French word no glossary holds is read as
// its English cognate when the corpus knows that word ("extremismo",
// "extrémisme" find a statement's "extremist"; "uranio" its "uranium");
// mirrors: a word the corpus knows as typed, a cognate the corpus does
// not know, and a short word stay as they are.
func TestCognateEN(t *testing.T) {
	known := func(w string) bool {
		switch w {
		case "extremist", "uranium", "terrorist", "medio":
			return true
		}
		return false
	}
	for _, tt := range []struct{ folded, want string }{
		{"extremismo", "extremist"},
		{"extremisme", "extremist"},
		{"uranio", "uranium"},
		{"terroristas", ""}, // "terrorists" is not known as such
		{"terrorista", "terrorist"},
		{"medio", ""},     // known as typed
		{"radio", ""},     // "radium" not known
		{"rio", ""},       // too short
		{"islamismo", ""}, // neither islamism nor islamist known
	} {
		if got := cognateEN(tt.folded, tt.folded, known); got != tt.want {
			t.Errorf("cognateEN(%q) = %q, want %q", tt.folded, got, tt.want)
		}
	}
}
