package corpus

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/corpus/lang"
)

// TestTopicPrepositionAfterName: a Spanish or French topic preposition
// right after a name is kept as "on", so a demonym after its noun is not
// read as the adjective of the topic and a second name is what the first
// speaks about; elsewhere the preposition stays a stop word.
func TestTopicPrepositionAfterName(t *testing.T) {
	tr := DefaultTranslator()
	g := DefaultGazetteer()
	tests := []struct {
		lang, text string
		want       string // the English reading must contain it
		not        string // and must not
	}{
		{lang.Spanish, "la posicion saudi sobre la creacion de capacidades", "on capacity building", ""},
		{lang.Spanish, "que dice polonia sobre japon", "on Japon", ""},
		{lang.French, "que dit le canada sur la france", "on france", ""},
		{lang.French, "que dit le japon à propos de l'attribution", "on attribution", ""},
		{lang.Spanish, "¿y sobre la atribución?", "attribution", " on "},
		{lang.French, "qui parle sur la souveraineté", "sovereignty", " on "},
		{lang.Spanish, "¿Qué dice Japón? Sobre el ransomware", "ransomware", " on "},
	}
	for _, tt := range tests {
		got := tr.Translate(tt.lang, tt.text, g, nil)
		if !strings.Contains(got.English, tt.want) {
			t.Errorf("Translate(%q) = %q, want %q in it", tt.text, got.English, tt.want)
		}
		if tt.not != "" && strings.Contains(" "+got.English+" ", tt.not) {
			t.Errorf("Translate(%q) = %q, must not contain %q", tt.text, got.English, tt.not)
		}
	}
}
