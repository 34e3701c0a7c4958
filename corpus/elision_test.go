package corpus

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"
)

// TestParagraphLangElisions: French elided articles ("l'élaboration",
// "d'information") tell a French paragraph whose other function words are
// shared with Spanish ("la", "de"); an English paragraph naming Côte
// d'Ivoire stays English.
func TestParagraphLangElisions(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"La RDC soutient l'élaboration de mesures de confiance régionales au sein de la Communauté de développement de l'Afrique australe.", "fr"},
		{"Le Tchad soutient l'élaboration de mesures de confiance régionales.", "fr"},
		{"Côte d'Ivoire has argued that the norms apply to the State and that capacity building is a priority.", ""},
		{"L'", ""},
	} {
		if got := paragraphLang(Tokenize(tt.text)); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestShortFrenchParagraphKeepsItsHolder: a short French paragraph naming
// its country by a French name or abbreviation ("La RDC", "Le Tchad") is
// that country's, never the previous paragraph's holder, and carries the
// themes of its French words.
func TestShortFrenchParagraphKeepsItsHolder(t *testing.T) {
	c, err := Load(context.Background(), fstest.MapFS{"f.txt": {Data: []byte(
		"La Guinée a appelé à la protection des infrastructures critiques.\n\n" +
			"La RDC soutient l'élaboration de mesures de confiance régionales au sein de la Communauté de développement de l'Afrique australe.\n\n" +
			"Le Tchad soutient l'élaboration de mesures de confiance régionales.\n")}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Guinea", "DR Congo", "Chad"}
	if c.Len() != len(want) {
		t.Fatalf("%d statements", c.Len())
	}
	for i, w := range want {
		s := c.Statement(i)
		if s.Country != w {
			t.Errorf("statement %d %.40q: held by %s, want %s", i, s.Text, s.Country, w)
		}
		if i > 0 && !slices.Contains(s.Themes, "confidence-building measures") {
			t.Errorf("statement %d: themes %v lack confidence-building measures", i, s.Themes)
		}
	}
}
