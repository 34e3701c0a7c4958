package bot

import (
	"testing"
	"time"
)

// asked13Bot is a Bot over testdata/asked13: a thirteenth corpus of
// fourteen pages in English, Spanish and French (UN statements, a
// side-event summary, GCC, ASEAN, Andean Community and SADC meeting
// summaries, ministry releases, a national policy, news articles and
// interviews) whose holders are Nordic-Baltic, Gulf, South and Southeast
// Asian, Andean, Caribbean, Southern African and small island countries
// the earlier testdata names least, written for asked13-questions.tsv
// before the bot was run on them.
func asked13Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked13") }

// TestAsked13Questions runs testdata/asked13-questions.tsv, English,
// Spanish and French questions typed as in chat, with the "open: why" mark
// of TestAsked8Questions.
func TestAsked13Questions(t *testing.T) {
	runOpenQuestions(t, asked13Bot(t), "testdata/asked13-questions.tsv")
}

// TestAsked13Conversations runs testdata/asked13-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked13Conversations(t *testing.T) {
	runConversationsAt(t, asked13Bot(t), "testdata/asked13-conversations.tsv", time.Date(2026, 7, 1, 10, 0, 0, 0, time.UTC))
}
