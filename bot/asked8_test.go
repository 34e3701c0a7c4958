package bot

import (
	"testing"
	"time"
)

// asked8Bot is a Bot over testdata/asked8: an eighth corpus, half in
// Spanish and French (a Dominican press release, an OAS/CICTE summary, a
// Paraguayan plan, an Ecuadorian communiqué, an Argentine press article, a
// Gabonese strategy, a Francophonie summary, a Maghreb press article, a
// Belgian parliamentary answer, a Luxembourg speech) beside an English
// meeting record and atlas, whose holders are countries the earlier
// testdata names least, written for asked8-questions.tsv before the bot
// was run on them.
func asked8Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked8") }

// TestAsked8Questions runs testdata/asked8-questions.tsv as
// TestAskedQuestions runs its set, except that a line whose 7th column
// reads "open: why" is a known miss: logged, and an error once it passes
// (the mark must then go), as in TestTopics5Questions.
func TestAsked8Questions(t *testing.T) {
	runOpenQuestions(t, asked8Bot(t), "testdata/asked8-questions.tsv")
}

// TestAsked8Conversations runs testdata/asked8-conversations.tsv through
// the follow-up middleware, one conversation per block, with the same
// "open: why" mark in a 5th column.
func TestAsked8Conversations(t *testing.T) {
	runConversationsAt(t, asked8Bot(t), "testdata/asked8-conversations.tsv", time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC))
}
