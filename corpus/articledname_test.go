package corpus

import (
	"fmt"
	"testing"
)

// TestArticledNameInQuestion: a Spanish or French name typed in lower case
// with its article in an English question is the country, though it is
// spelt like a Spanish word ("what does el japon say"); a Spanish or
// French abbreviation typed in lower case with dots ("u.e.") or after a
// plural article its common word cannot follow ("les eau") is the
// country; the common word and a capital stay words.
func TestArticledNameInQuestion(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct{ q, want string }{
		{"what does el japon say on countermeasures", "Japan"},
		{"el japon on due diligence", "Japan"},
		{"les eau mesures de confiance", "United Arab Emirates"},
		{"que disent les eau sur l'ia", "United Arab Emirates"},
		{"q dice la u.e. sobre las normas", "European Union"},
		{"u.e. on multistakeholder", "European Union"},
		// Mirrors: the common word in its plural; a name that is a French
		// word, alone with its article, is left to the translation.
		{"les eaux territoriales", ""},
		{"l'eau et le climat", ""},
		{"l'ue sur le ransomware", "European Union"},
		{"la grenade", ""},
	} {
		got := ""
		if ms := g.Find(Tokenize(c.q), true, nil); len(ms) > 0 {
			got = fmt.Sprint(ms[0].Country)
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.q, got, c.want)
		}
	}
}

// TestTypoNameReadInEnglish: a misspelt Spanish or French name in a
// Spanish or French question is read, in the question's English reading,
// as the country's English name, so the misspelling is not looked for
// again among English spellings and lost.
func TestTypoNameReadInEnglish(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct{ q, code, want string }{
		{"que dit la moldavi sur la desinformation", "fr", "Moldova"},
		{"que dit la roumnaie sur le droit international", "fr", "Romania"},
	} {
		tr := DefaultTranslator().Translate(c.code, c.q, g, nil).English
		if ms := g.Find(Tokenize(tr), true, nil); len(ms) == 0 || ms[0].Country != c.want {
			t.Errorf("%q read %q: %v, want %s", c.q, tr, ms, c.want)
		}
	}
}
