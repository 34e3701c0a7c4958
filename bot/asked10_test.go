package bot

import (
	"testing"
	"time"
)

// asked10Bot is a Bot over testdata/asked10: a tenth corpus of fifteen
// pages, most in Spanish and French (press releases, a speech, a strategy,
// summit and workshop summaries, press articles, a round table) beside an
// English statement, workshop summary and meeting record, whose holders are
// countries the earlier testdata names least, written for
// asked10-questions.tsv before the bot was run on them.
func asked10Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked10") }

// TestAsked10Questions runs testdata/asked10-questions.tsv, Spanish and
// French questions typed as in chat, with the "open: why" mark of
// TestAsked8Questions.
func TestAsked10Questions(t *testing.T) {
	runOpenQuestions(t, asked10Bot(t), "testdata/asked10-questions.tsv")
}

// TestAsked10Conversations runs testdata/asked10-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked10Conversations(t *testing.T) {
	runConversationsAt(t, asked10Bot(t), "testdata/asked10-conversations.tsv", time.Date(2026, 3, 20, 10, 0, 0, 0, time.UTC))
}
