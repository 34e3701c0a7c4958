package corpus

import (
	"strings"
	"testing"
)

// TestRequestWordsNoTopic: the words of a request as chat puts it ("j'ai
// besoin de …", "… pour demain", "et le Venezuela alors ?", "necesito …
// para mañana") are no topic: the verb after an elided "je" is never one
// ("j'ai" is no "AI"), and the request words are stop words.
func TestRequestWordsNoTopic(t *testing.T) {
	tr, g := DefaultTranslator(), DefaultGazetteer()
	for _, c := range []struct{ code, q, want string }{
		{"fr", "j'ai besoin de la position du yémen sur le terrorisme pour demain", "position yémen on terrorism"},
		{"fr", "et le venezuela alors ?", "venezuela"},
		{"es", "necesito la posicion de panama sobre ransomware para mañana", "panama on ransomware"},
	} {
		got := tr.Translate(c.code, c.q, g, nil).English
		if !strings.Contains(strings.ToLower(got), c.want) || strings.Contains(got, " ai ") || strings.HasPrefix(got, "ai ") {
			t.Errorf("%q read %q, want %q in it", c.q, got, c.want)
		}
	}
}

// TestUnknownSpeakerNamed: an unknown word where the speaker stands in a
// Spanish or French question is written as a name in the English
// reading ("says Narnia on …"), so that it is reported as unknown; a
// common word there ("la gente") stays a word.
func TestUnknownSpeakerNamed(t *testing.T) {
	tr, g := DefaultTranslator(), DefaultGazetteer()
	for _, c := range []struct{ code, q, want string }{
		{"fr", "que dit narnia sur les normes", "says Narnia on"},
		{"es", "que dice wakanda sobre las normas", "says Wakanda on"},
		{"es", "que dice la gente sobre la desinformacion", "says gente"},
	} {
		if got := tr.Translate(c.code, c.q, g, nil).English; !strings.Contains(got, c.want) {
			t.Errorf("%q read %q, want %q in it", c.q, got, c.want)
		}
	}
}
