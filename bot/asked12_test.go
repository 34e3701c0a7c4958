package bot

import (
	"testing"
	"time"
)

// asked12Bot is a Bot over testdata/asked12: a twelfth corpus of fifteen
// pages in Spanish, French and English (ministry releases, national
// strategies, OAS/AU/OIF/PIF/OSCE/CARICOM meeting summaries, UN statements
// and a news article) whose holders are Central American, Caribbean,
// francophone African, Pacific and Central Asian countries the earlier
// testdata names least, written for asked12-questions.tsv before the bot
// was run on them.
func asked12Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked12") }

// TestAsked12Questions runs testdata/asked12-questions.tsv, Spanish, French
// and English questions typed as in chat, with the "open: why" mark of
// TestAsked8Questions.
func TestAsked12Questions(t *testing.T) {
	runOpenQuestions(t, asked12Bot(t), "testdata/asked12-questions.tsv")
}

// TestAsked12Conversations runs testdata/asked12-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked12Conversations(t *testing.T) {
	runConversationsAt(t, asked12Bot(t), "testdata/asked12-conversations.tsv", time.Date(2026, 3, 20, 10, 0, 0, 0, time.UTC))
}

// TestFollowUpLangSwitch: a follow-up whose own words decide a language
// is answered in it ("y costa rica?" after an English answer), a
// follow-up whose words decide nothing keeps the thread's ("sources", a
// bare name).
func TestFollowUpLangSwitch(t *testing.T) {
	c := asked12Bot(t).Corpus()
	for _, tt := range []struct{ text, thread, want string }{
		{"y costa rica?", "en", "es"},
		{"et la mauritanie ?", "en", "fr"},
		{"and samoa?", "es", "en"},
		{"y vanuatu?", "fr", "es"},
		{"fiji?", "es", "es"},
		{"sources", "fr", "fr"},
		{"y costa rica?", "es", "es"},
	} {
		if got := followUpLang(c, tt.text, tt.thread); got != tt.want {
			t.Errorf("followUpLang(%q, %s) = %s, want %s", tt.text, tt.thread, got, tt.want)
		}
	}
}
