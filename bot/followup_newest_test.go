package bot

import "testing"

// TestNewestOneFollowUp: "which one was most recent", "¿cuál es la más
// reciente?", "laquelle est la plus récente ?" after a reply ask its
// question again, newest first, one answer; "the latest?" and "¿algo más
// reciente?" newest first, every answer; "which one is about cables?" is
// no such follow-up.
func TestNewestOneFollowUp(t *testing.T) {
	b := asked7Bot(t)
	rec := ReplyRecord{Question: "who talks about undersea cables besides Ireland", Lang: "en"}
	for _, tt := range []struct{ in, want string }{
		{"which one was most recent", "latest who talks about undersea cables besides Ireland top 1"},
		{"ok which is the latest?", "latest who talks about undersea cables besides Ireland top 1"},
		{"¿cuál es la más reciente?", "latest who talks about undersea cables besides Ireland top 1"},
		{"cual fue el ultimo", "latest who talks about undersea cables besides Ireland top 1"},
		{"laquelle est la plus récente ?", "latest who talks about undersea cables besides Ireland top 1"},
		{"the latest?", "latest who talks about undersea cables besides Ireland"},
		{"¿algo más reciente?", "latest who talks about undersea cables besides Ireland"},
		{"quelque chose de plus récent ?", "latest who talks about undersea cables besides Ireland"},
		{"which one is about cables?", ""},
		{"which is the best", ""},
	} {
		text, _ := dropReferring(followUpLead(followUpText(tt.in)))
		got, _, _ := chatFollowUp(b.Corpus(), rec, text)
		if got != tt.want {
			t.Errorf("chatFollowUp(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
