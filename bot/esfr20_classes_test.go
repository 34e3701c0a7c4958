package bot

import (
	"slices"
	"testing"

	"github.com/stancebot/stancebot/corpus"
)

// TestVersusNeedsASide: "frente a" and "face à" read as "versus", and a
// typed "vs", compare only when a side follows them (a country, or the
// others); "la postura de costa rica frente al ransomware" and "¿cuál es
// la postura de nicaragua frente a la CIDH?" ask one country's stance
// towards a topic, and were one country's comparison (esfr20). Mirrors:
// two countries around them still compare.
func TestVersusNeedsASide(t *testing.T) {
	b := esfr20Bot(t)
	checkWordings(t, b, []wordingRow{
		{"la postura de costa rica frente al ransomware", IntentStance, "Costa Rica", "ransomware", "es"},
		{"¿cuál es la postura de nicaragua frente a la CIDH?", IntentStance, "Nicaragua", "Comisión Interamericana", "es"},
		{"cual es la postura de uruguay frente al programa de accion", IntentStance, "Uruguay", "Programa de Acción", "es"},
		{"la position de la suisse face à l'attribution", IntentStance, "Switzerland", "attribution", "fr"},
	})
	for _, c := range []struct{ q string }{
		// Mirrors.
		{"costa rica frente a guatemala en ciberdelincuencia"},
		{"uruguay vs paraguay en proteccion de datos"},
		{"la suisse face au costa rica sur l'attribution"},
		{"uruguay vs the rest on capacity building"},
	} {
		if r := b.Ask(c.q, 0); r.Intent != IntentCompare {
			t.Errorf("%q: %s, want compare", c.q, r.Intent)
		}
	}
}

// TestPoliteFrames: a polite frame around a question ("¿podrías decirme
// qué puedes hacer?", "pourriez-vous m'aider ?", "could you help me",
// "podrías ayudarme") and a request for a summary ("resúmeme la posición
// de uruguay", "pourriez-vous résumer la position de djibouti") were read
// as a topic "podrias", "pourriez", "resumeme": no answer, or a theme
// question no country holds (esfr20). Mirrors: the plain forms.
func TestPoliteFrames(t *testing.T) {
	b := esfr20Bot(t)
	checkWordings(t, b, []wordingRow{
		{"¿podrías decirme qué puedes hacer?", IntentHelp, "", "", "es"},
		{"podrias ayudarme", IntentHelp, "", "", "es"},
		{"pourriez-vous m'aider ?", IntentHelp, "", "", "fr"},
		{"tu peux m'aider ?", IntentHelp, "", "", "fr"},
		{"could you help me", IntentHelp, "", "", "en"},
		{"resumeme la posicion de uruguay", IntentCountry, "Uruguay", "", "es"},
		{"pourriez-vous resumer la position de djibouti", IntentCountry, "Djibouti", "", "fr"},
		{"podrias decirme que dice honduras sobre el convenio de budapest", IntentStance, "Honduras", "Budapest", "es"},
		// Mirrors.
		{"que puedes hacer", IntentHelp, "", "", "es"},
		{"aide", IntentHelp, "", "", "fr"},
		{"resume la posicion de uruguay", IntentCountry, "Uruguay", "", "es"},
		{"que dice honduras sobre el convenio de budapest", IntentStance, "Honduras", "Budapest", "es"},
		{"can you help with paraguay on ransomware", IntentStance, "Paraguay", "ransomware", "en"},
	})
}

// TestGluedElision: French typed without its apostrophes before a name
// or a word ("que dit luruguay", "qua dit la suisse", "cest quoi", "sur
// lintelligence artificielle") lost the country ("Je ne connais pas «
// Luruguay »") or read "qua", "cest" as the topic (esfr20); so did the
// demonym "helvètes". Mirrors: a name that opens with "l" or "d" ("laos",
// "dominique") and the apostrophe typed stay as they were.
func TestGluedElision(t *testing.T) {
	b := esfr20Bot(t)
	checkWordings(t, b, []wordingRow{
		{"que dit luruguay sur le droit international", IntentStance, "Uruguay", "derecho internacional", "fr"},
		{"qua dit la suisse en 2025", IntentCountry, "Switzerland", "", "fr"},
		{"la position dhonduras sur les infrastructures critiques", IntentStance, "Honduras", "infraestructura crítica", "fr"},
		{"cest quoi la position du gabon", IntentCountry, "Gabon", "", "fr"},
		{"kigali et lintelligence artificielle", IntentStance, "Rwanda", "artificial intelligence", "fr"},
		{"les helvetes et le droit international humanitaire", IntentStance, "Switzerland", "humanitaire", "fr"},
		// Mirrors.
		{"c'est quoi la position du gabon", IntentCountry, "Gabon", "", "fr"},
		{"les suisses et le droit international humanitaire", IntentStance, "Switzerland", "humanitaire", "fr"},
		{"que dit l'uruguay sur le droit international", IntentStance, "Uruguay", "derecho internacional", "fr"},
		{"qu'a dit la suisse en 2025", IntentCountry, "Switzerland", "", "fr"},
		{"que dit djibouti sur les infrastructures critiques", IntentStance, "Djibouti", "infrastructures critiques", "fr"},
	})
}

// TestThreeLetterTopicAfterCapital: a capital that is also a word opening
// a terse message before a topic read in English as a three-letter word
// ("berne diligence raisonnable", read "berne due diligence") asks its
// government, as before a longer word ("berne droit international"); it
// was a theme question (esfr20). Mirrors: see TestCapitalOpensTopic.
func TestThreeLetterTopicAfterCapital(t *testing.T) {
	b := esfr20Bot(t)
	checkWordings(t, b, []wordingRow{
		{"berne diligence raisonnable", IntentStance, "Switzerland", "diligence raisonnable", "fr"},
		{"berna diligencia debida", IntentStance, "Switzerland", "diligence raisonnable", "es"},
		// Mirrors.
		{"berne droit international", IntentStance, "Switzerland", "droit international", "fr"},
		{"qui parle de diligence raisonnable", IntentTheme, "Switzerland", "diligence raisonnable", "fr"},
	})
}

// TestThemeNameAcrossLanguages: a theme typed in one language
// ("ciberdelincuencia") on a page in another puts first the country's
// paragraph naming the theme in the page's language ("le décret de 2025
// sur la cybercriminalité") over the one whose English reading holds the
// theme by a bare word ("Convention de Budapest"); the Budapest paragraph
// came first (esfr19's open row, the known leftover of a bare word
// outranking the full theme phrase). Mirrors: the question typed in the
// page's language and in English stay as they were.
func TestThemeNameAcrossLanguages(t *testing.T) {
	b := esfr19Bot(t)
	checkWordings(t, b, []wordingRow{
		{"haiti ciberdelincuencia", IntentStance, "Haiti", "cybercriminalité", "es"},
		// Mirrors.
		{"haiti cybercriminalite", IntentStance, "Haiti", "cybercriminalité", "fr"},
		{"que dice peru sobre ciberdelincuencia", IntentStance, "Peru", "ciberdelincuencia", "es"},
	})
	tr := b.Corpus().Translator()
	got := themeNameWords(tr, []corpus.Step{{From: "ciberdelincuencia", To: "cybercrime", How: "theme"}}, []string{"ciberd"})
	if !slices.Contains(got, "cyberc") || !slices.Contains(got, "ciberd") {
		t.Errorf("theme name words %v, want cyberc and ciberd among them", got)
	}
	if got := themeNameWords(tr, []corpus.Step{{From: "dit", To: "says", How: "glossary"}}, nil); len(got) != 0 {
		t.Errorf("a glossary step added %v", got)
	}
}

// TestCountryOfTheTopic: a country after "de"/"du" inside the topic that
// "sobre"/"sur" opens ("que dice canada sobre la ley de nicaragua", "que
// dit la france sur le code du numérique du gabon") is the topic's, as
// "the law of Nicaragua" is in English; the reading dropped the "de"
// ("canada on law nicaragua") and compared the two, showing the second
// country's statements (esfr19's open row "el cert de haiti", esfr20).
// Mirrors: two countries joined, or a comparison asked, still compare; the
// speaker's own "de" ("la delegación de uruguay") stays the speaker.
func TestCountryOfTheTopic(t *testing.T) {
	b := esfr20Bot(t)
	for _, c := range []struct {
		q, intent string
		countries []string
	}{
		{"que dice canada sobre la ley de nicaragua", IntentStance, []string{"Canada"}},
		{"que dit la france sur le code du numerique du gabon", IntentStance, []string{"France"}},
		{"what does canada say about the law of nicaragua", IntentStance, []string{"Canada"}},
		// Mirrors.
		{"que dicen uruguay y paraguay sobre proteccion de datos", IntentCompare, []string{"Uruguay", "Paraguay"}},
		{"compara la posicion de uruguay con la de paraguay sobre proteccion de datos", IntentCompare, []string{"Uruguay", "Paraguay"}},
		{"que dice la delegacion de uruguay sobre el DIH", IntentStance, []string{"Uruguay"}},
	} {
		r := b.Ask(c.q, 0)
		if got := r.Countries; r.Intent != c.intent || !slices.Equal(got, c.countries) {
			t.Errorf("%q: %s %v, want %s %v", c.q, r.Intent, r.Countries, c.intent, c.countries)
		}
	}
}
