package bot

import (
	"testing"
	"time"
)

// asked22Bot is a Bot over testdata/asked22, the corpus of Samoan, Kyrgyz,
// Montenegrin, Guyanese, Ugandan, Pacific (a think tank's blog), Zambian,
// Albanian, Tajik, Andorran and Senegalese pages the twenty-second set of
// questions is asked on.
func asked22Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked22") }

// TestAsked22Questions runs testdata/asked22-questions.tsv, English,
// Spanish and French questions typed as in Slack and Matrix, with the
// "open: why" mark of TestAsked8Questions.
func TestAsked22Questions(t *testing.T) {
	runOpenQuestions(t, asked22Bot(t), "testdata/asked22-questions.tsv")
}

// TestAsked22Conversations runs testdata/asked22-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked22Conversations(t *testing.T) {
	runConversationsAt(t, asked22Bot(t), "testdata/asked22-conversations.tsv", time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
}
