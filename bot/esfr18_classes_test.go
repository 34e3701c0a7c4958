package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestCapitalOpensTopic: a capital that is also a Spanish or French word
// ("rabat", "vienne") opening a terse message right before its topic asks
// its government, in French, Spanish and English questions, as "KE
// cables" asks Kenya's; it was dropped as a word and the question answered
// for every country on the theme. Mirrors: a function word after it
// ("damas de honor"), a two-word message, a capital after the first word,
// and a capital before "y" (TestCapitalOpensJoined) stay as they were.
func TestCapitalOpensTopic(t *testing.T) {
	b := esfr18Bot(t)
	for _, c := range []struct {
		q      string
		intent string
		want   []string // r.Countries
	}{
		{"rabat infrastructures critiques", IntentStance, []string{"Morocco"}},
		{"vienne droit international humanitaire", IntentStance, []string{"Austria"}},
		{"rabat critical infrastructure", IntentStance, []string{"Morocco"}},
		{"berna derecho internacional humanitario", IntentStance, []string{"Switzerland"}},
		// Mirrors.
		{"que dit rabat sur les infrastructures critiques", IntentStance, []string{"Morocco"}},
		{"damas de honor", IntentTheme, nil},
		{"lima tu ropa hoy", IntentTheme, nil},
		{"qui parle des infrastructures critiques", IntentTheme, nil},
	} {
		r := b.Ask(c.q, 0)
		if r.Intent != c.intent && !(c.want == nil && r.Intent == IntentNone) || !slices.Equal(r.Countries, c.want) {
			t.Errorf("%q: %s %v, want %s %v", c.q, r.Intent, r.Countries, c.intent, c.want)
		}
	}
}

// TestESFR18Wordings: words Spanish and French users type that had no
// reading: "CDMX" for Mexico's capital, "OEA" for the Organization of
// American States (its Spanish and French initials), "cambio climático" and
// "changement climatique" for an English page's "climate change", and "tu
// sers à quoi" / "para qué sirves" asking for help. Each row asked it
// before and got no answer, another country's or every country's.
// Mirrors: the neighbours that already worked stay as they are.
func TestESFR18Wordings(t *testing.T) {
	b := esfr18Bot(t)
	checkWordings(t, b, []wordingRow{
		{"q dice cdmx sobre ransomware", IntentStance, "Mexico", "ransomware", "es"},
		{"la rd y la OEA", IntentStance, "Dominican Republic", "Organización de los Estados Americanos", "es"},
		{"que dice barbados sobre el cambio climatico", IntentStance, "Barbados", "climate", "es"},
		{"que dit la barbade sur le changement climatique", IntentStance, "Barbados", "climate", "fr"},
		{"slt, tu sers a quoi ?", IntentHelp, "", "", "fr"},
		{"para que sirves", IntentHelp, "", "", "es"},
		// Mirrors.
		{"que dice ciudad de mexico sobre ransomware", IntentStance, "Mexico", "ransomware", "es"},
		{"que dice la rd sobre la organizacion de los estados americanos", IntentStance, "Dominican Republic", "Organización de los Estados Americanos", "es"},
		{"que dice barbados sobre la iniciativa de bridgetown", IntentStance, "Barbados", "Bridgetown Initiative", "es"},
		{"aide stp", IntentHelp, "", "", "fr"},
		{"que dit la suisse sur le DIH", IntentStance, "Switzerland", "humanitaire", "fr"},
	})
}

// wordingRow is a question and what its reply must be: intent, the first
// answer's country, sub in the first answer's text ("" for none), and the
// reply's language.
type wordingRow struct{ q, intent, country, sub, lang string }

// checkWordings asks b each row's question and checks its reply.
func checkWordings(t *testing.T, b *Bot, rows []wordingRow) {
	t.Helper()
	for _, c := range rows {
		r := b.Ask(c.q, 0)
		var got, first string
		if len(r.Answers) > 0 {
			got, first = r.Answers[0].Country, r.Answers[0].Text
		}
		if r.Intent != c.intent || got != c.country || r.Lang != c.lang || c.sub != "" && !strings.Contains(strings.ToLower(first), strings.ToLower(c.sub)) {
			t.Errorf("%q: %s %q %s %.60q, want %s %q %s %q", c.q, r.Intent, got, r.Lang, first, c.intent, c.country, c.lang, c.sub)
		}
	}
}
