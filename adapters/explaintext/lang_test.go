package explaintext

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
)

// The explain view's row names are in the reply's language.
func TestWriteInLanguage(t *testing.T) {
	e := &bot.Explain{Lang: "es", English: "Peru attribution", Stems: []string{"attribut"},
		Translation: []corpus.Step{{From: "atribución", To: "attribution", How: "theme"}},
		Scores:      []bot.ScoreBreakdown{{Country: "Peru", Score: 2}}}
	for code, want := range map[string][]string{
		"es": {"traducido", "temas", "ninguno", "raíces", "puntuación"},
		"fr": {"traduit", "thèmes", "aucun", "radicaux", "correspondance"},
		"en": {"translated", "themes", "none", "stems", "holder decided by"},
	} {
		var b strings.Builder
		Write(&b, e, bot.LabelsFor(code))
		for _, w := range want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: %q lacks %q", code, b.String(), w)
			}
		}
		if code != "en" && strings.Contains(b.String(), "stems") {
			t.Errorf("%s: English row name in %q", code, b.String())
		}
	}
}
