package bot

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/corpus/lang"
)

// Every message has a text in each language, and the Spanish and French
// ones are not the English left untranslated (labels that are the same
// word in two languages, like "Sources", are listed).
func TestCatalogueComplete(t *testing.T) {
	same := map[string]bool{msgListSep: true, msgStanceSummary: true, msgThemeSummary: true, msgLabelSources: true, msgNCountries: true, "explain-dates": true}
	for _, e := range catalogueEntries {
		en := T(lang.English, e.key, 2, 3)
		for _, code := range []string{lang.Spanish, lang.French} {
			got := T(code, e.key, 2, 3)
			if got == "" && e.key != msgLabelEnglish {
				t.Errorf("%s: empty in %s", e.key, code)
			}
			if got == en && !same[e.key] && !(code == lang.French && e.key == msgLabelSources) {
				t.Errorf("%s: %s text is the English %q", e.key, code, en)
			}
		}
	}
}

func TestCataloguePlurals(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{lang.English, 1, "1 statement"}, {lang.English, 0, "0 statements"}, {lang.English, 3, "3 statements"},
		{lang.Spanish, 1, "1 declaración"}, {lang.Spanish, 0, "0 declaraciones"}, {lang.Spanish, 2, "2 declaraciones"},
		{lang.French, 1, "1 déclaration"}, {lang.French, 0, "0 déclaration"}, {lang.French, 2, "2 déclarations"},
	}
	for _, tt := range tests {
		if got := T(tt.lang, msgNStatements, tt.n); got != tt.want {
			t.Errorf("T(%s, n-statements, %d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
	if got := T("de", msgNStatements, 2); got != "2 statements" {
		t.Errorf("unsupported language: %q, want English", got)
	}
}

func TestLabelsAndJoin(t *testing.T) {
	if l := LabelsFor(lang.Spanish); l.English != "declaración en inglés" || l.More(3) != "…y 3 más" {
		t.Errorf("Spanish labels: %+v / %q", l, l.More(3))
	}
	if l := LabelsFor(lang.French); l.English != "déclaration en anglais" || l.Part(1, 2) != "partie 1 sur 2" {
		t.Errorf("French labels: %+v", l)
	}
	if l := LabelsFor(""); l.English != "" || l.Sources != "Sources" {
		t.Errorf("English labels: %+v", l)
	}
	if got := joinAndIn(lang.French, []string{"Inde", "Cuba", "Pérou"}); got != "Inde, Cuba et Pérou" {
		t.Errorf("joinAndIn = %q", got)
	}
	if !strings.Contains(T(lang.Spanish, msgHelp), "¿qué dice Perú sobre la atribución?") {
		t.Error("Spanish help has no Spanish example")
	}
}
