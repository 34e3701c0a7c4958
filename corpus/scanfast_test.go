package corpus

import (
	"strings"
	"testing"
)

// TestAppendMultiKey holds appendMultiKey, used on every question, to
// multiKey, which builds the index, for ASCII and non-ASCII initials.
func TestAppendMultiKey(t *testing.T) {
	for _, tc := range []struct {
		word    string
		initial byte
	}{{"kingdom", 'u'}, {"", 'a'}, {"herzegovina", 'b'}, {"côte", 0xc3}, {"x", 0x80}, {"y", 0xff}, {"z", 0}, {strings.Repeat("long", 20), 'l'}} {
		if got, want := string(appendMultiKey(nil, tc.word, tc.initial)), multiKey(tc.word, tc.initial); got != want {
			t.Errorf("appendMultiKey(%q, %#x) = %q, want %q", tc.word, tc.initial, got, want)
		}
	}
}

// TestDetectTokensMatchesDetectQuestion holds DetectTokens, given the
// question's tokens, to DetectQuestion, which tokenises itself.
func TestDetectTokensMatchesDetectQuestion(t *testing.T) {
	tr, g := DefaultTranslator(), DefaultGazetteer()
	for _, q := range []string{
		"what does Peru say on attribution?", "¿Qué dice el Perú sobre la atribución?", "Que pense l'Estonie de la souveraineté ?",
		"El Salvador cybercriminalité", "Corea del Sur ciberdelincuenca", "Cuba attribution", "", "!!!", "Bosnia Herzegovnia on norms",
	} {
		got, want := tr.DetectTokens(q, Tokenize(q), g), tr.DetectQuestion(q, g)
		if got.Lang != want.Lang || !equalScores(got.ScoreMap(), want.ScoreMap()) || strings.Join(got.Candidates, ",") != strings.Join(want.Candidates, ",") {
			t.Errorf("DetectTokens(%q) = %+v, want %+v", q, got, want)
		}
	}
}

func equalScores(a, b map[string]float64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
