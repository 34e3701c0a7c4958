package corpus

import "testing"

// TestEnglishTypoStaysEnglish: an English question whose only evidence of a
// language was the foreign ending of a misspelt English word ("samoa
// sattelite backup": -ite is French) stays English. Mirrors: Spanish and
// French questions, a foreign word of the same ending that is no English
// typo, and a correct English word are read as before.
func TestEnglishTypoStaysEnglish(t *testing.T) {
	tr, g := DefaultTranslator(), DefaultGazetteer()
	for _, tc := range []struct{ q, want string }{
		{"samoa sattelite backup", "en"},
		{"angola sattelites", "en"},
		{"what does samoa say about sattelites", "en"},
		// mirrors
		{"samoa satellites", ""}, // a tie, as before: the room decides
		{"les sattelites", "fr"},
		{"que dit samoa sur les satelites", "fr"},
		{"samoa cybercriminalite", "fr"},
		{"¿qué dice samoa sobre los satélites?", "es"},
	} {
		if got := tr.DetectQuestion(tc.q, g).Lang; got != tc.want {
			t.Errorf("DetectQuestion(%q) = %q (%v), want %q", tc.q, got, tr.ExplainQuestion(tc.q, g).Evidence, tc.want)
		}
	}
	for _, tc := range []struct {
		w    string
		want bool
	}{{"sattelite", true}, {"satelite", true}, {"sattelites", true}, {"cybercriminalite", false}, {"communaute", false}} {
		if got := nearEnglishTypo(tc.w); got != tc.want {
			t.Errorf("nearEnglishTypo(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{{"sattelites", "satellites", true}, {"comitte", "committe", false}, {"insurance", "instance", false}, {"satellites", "satellites", false}} {
		if got := movedDouble(tc.a, tc.b); got != tc.want {
			t.Errorf("movedDouble(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
