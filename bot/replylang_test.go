package bot

import "testing"

// TestReplyLanguageInQuestion: a request for the reply's language at the
// end of a question sets the reply's language and is neither a country
// ("Spanish" is no comparison with Spain) nor a topic; a language name
// elsewhere stays a word.
func TestReplyLanguageInQuestion(t *testing.T) {
	tests := []struct {
		text, rest, code string
	}{
		{"what does Japan say on ransomware in Spanish", "what does Japan say on ransomware", "es"},
		{"que dice japon sobre ransomware, en ingles por favor", "que dice japon sobre ransomware", "en"},
		{"la position de la suisse en francais stp", "la position de la suisse", "fr"},
		{"¿qué dice España en español?", "¿qué dice España", "es"},
		{"the Spanish position on attribution", "the Spanish position on attribution", ""},
		{"what does Spain say in the OEWG", "what does Spain say in the OEWG", ""},
		{"in spanish", "in spanish", ""}, // the whole message: a follow-up's business
		{"what do French speakers say in Geneva", "what do French speakers say in Geneva", ""},
	}
	for _, tt := range tests {
		rest, code := cutReplyLang(tt.text)
		if rest != tt.rest || code != tt.code {
			t.Errorf("cutReplyLang(%q) = %q, %q; want %q, %q", tt.text, rest, code, tt.rest, tt.code)
		}
	}
	b := asked3Bot(t)
	r := b.Ask("what does japan say on ransomware in spanish", 0)
	if r.Lang != "es" || len(r.Countries) != 1 || r.Countries[0] != "Japan" {
		t.Errorf("in spanish: lang %q countries %v, want es [Japan]", r.Lang, r.Countries)
	}
}
