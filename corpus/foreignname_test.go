package corpus

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/corpus/lang"
)

// TestForeignNameNotDemonym: a country's name in the question's language
// that is spelt like its English demonym (French "Argentine") is read as
// the country, not as an English adjective: "comparer l'Argentine et le
// Chili" compared Chile alone. A real demonym stays one.
func TestForeignNameNotDemonym(t *testing.T) {
	tr, g := DefaultTranslator(), DefaultGazetteer()
	for _, tt := range []struct {
		lang, text, want, not string
	}{
		{lang.French, "comparer l'Argentine et le Chili", "Argentina", "Argentine"},
		{lang.French, "compare argentine et chili", "Argentina", "argentine"},
		{lang.French, "l'argentine sur les normes", "Argentina", "argentine"},
		// Mirrors: other French names and a Spanish name keep their form.
		{lang.French, "comparer l'Inde et Cuba", "Inde", "India"},
		{lang.Spanish, "compara argentina con chile", "argentina", "Argentine"},
	} {
		got := tr.Translate(tt.lang, tt.text, g, nil)
		if !strings.Contains(got.English, tt.want) || strings.Contains(got.English, tt.not) {
			t.Errorf("Translate(%s, %q) = %q, want %q in it and not %q", tt.lang, tt.text, got.English, tt.want, tt.not)
		}
	}
}
