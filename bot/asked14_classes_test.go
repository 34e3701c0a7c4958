package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestAsked14Classes holds the classes of failure TestAsked14Questions
// found, each with its mirrors: the acronyms of a theme people type (CII,
// LBI), a request for a statement's link, and a Spanish speech verb that is
// an English word too ("dice sobre") in a question read as English, and an
// :emoji_code: whose words are French ones (":thinking_face:"), and "any
// updates on X" asking what X said, not about updates.
func TestAsked14Classes(t *testing.T) {
	b := asked14Bot(t)
	for _, c := range []struct {
		q, country, theme string
		topic             string // a word the reading must not keep as a topic ("" skips)
	}{
		{"rwanda cii", "Rwanda", "critical infrastructure", "cii"},
		{"uzbekistan CII", "Uzbekistan", "critical infrastructure", "cii"},
		{"kazakhstan lbi", "Kazakhstan", "legally binding instruments", "lbi"},
		{"does congo back an LBI?", "Congo", "legally binding instruments", "lbi"},
		{"kazakhstan lbis", "Kazakhstan", "legally binding instruments", "lbis"},
		{"link to the kazakhstan statement?", "Kazakhstan", "", "link"},
		{"links for jamaica pls", "Jamaica", "", "links"},
		{"can u send the url for the samoa statement", "Samoa", "", "url"},
		{"what does costa rica dice sobre ransomware", "Costa Rica", "", "dice"},
		{"what does mexico dice sobre derecho internacional", "Mexico", "international law", "dice"},
		{"what does fiji dice sobre cables", "Fiji", "", "dice"},
		{"samoa attribution :thinking_face:", "Samoa", "attribution", "face"},
		{"samoa + attribution :face_palm:", "Samoa", "attribution", "face"},
		{"jamaica ransomware :white_check_mark:", "Jamaica", "", "check"},
		{"any updates on kazakhstan?", "Kazakhstan", "", "updates"},
		{"updates from jamaica?", "Jamaica", "", "updates"},
		{"any news from samoa", "Samoa", "", "news"},
		{"kazakhstan updates", "Kazakhstan", "", "updates"},
		{"samoa news", "Samoa", "", "news"},
	} {
		r := b.Ask(c.q, 0)
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		if !slices.Contains(got, c.country) {
			t.Errorf("%q: answers by %v, want %s (%s)", c.q, got, c.country, r.Message)
		}
		if c.theme != "" && !slices.Contains(r.Themes, c.theme) {
			t.Errorf("%q: themes %v, want %s", c.q, r.Themes, c.theme)
		}
		if c.topic != "" && strings.Contains(strings.ToLower(r.Message), " on "+c.topic) {
			t.Errorf("%q: read %q as a topic: %s", c.q, c.topic, r.Message)
		}
	}
	// Mirrors: the same words where they are a topic or another word.
	for _, c := range []struct{ q, keep string }{
		{"satellite links for tonga", "links"},
		{"what does tonga say about satellite links", "links"},
		{"roll the dice on ransomware", "dice"},
		{"what does samoa say about fake news", "fake news"},
		{"what does png say about software updates", "software updates"},
		{"kazakhstan software updates", "software updates"},
	} {
		r := b.Ask(c.q, 0)
		if !strings.Contains(strings.ToLower(r.Message), c.keep) {
			t.Errorf("%q: %q dropped from the topic: %s", c.q, c.keep, r.Message)
		}
	}
}

// TestAsked14EmojiLanguage: an :emoji_code: decides no language, and a
// question in Spanish or French keeps its own with one.
func TestAsked14EmojiLanguage(t *testing.T) {
	b := asked14Bot(t)
	for _, c := range []struct{ q, lang, intent string }{
		{"samoa attribution :thinking_face:", "en", IntentStance},
		{"samoa attribution :face_with_monocle:", "en", IntentStance},
		{"que dice mexico sobre derecho internacional :eyes:", "es", IntentStance},
		{"que dit le senegal sur la protection des donnees :pray:", "fr", IntentStance},
		{"what did samoa say at 10:30:00 on attribution", "en", IntentStance},
	} {
		r := b.Ask(c.q, 0)
		if r.Lang != c.lang || r.Intent != c.intent {
			t.Errorf("%q: read as %s %s, want %s %s", c.q, r.Intent, r.Lang, c.intent, c.lang)
		}
	}
}
