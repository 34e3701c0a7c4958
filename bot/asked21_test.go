package bot

import (
	"testing"
	"time"
)

// asked21Bot is a Bot over testdata/asked21, the corpus of Kittitian, Sri
// Lankan, Somali, Irish, Austrian, Thai, Eswatini, Cypriot, Panamanian,
// Equatorial Guinean, Burkinabè and Moroccan pages the twenty-first set of
// questions is asked on.
func asked21Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked21") }

// TestAsked21Questions runs testdata/asked21-questions.tsv, English,
// Spanish and French questions typed as in Slack and Matrix, with the
// "open: why" mark of TestAsked8Questions.
func TestAsked21Questions(t *testing.T) {
	runOpenQuestions(t, asked21Bot(t), "testdata/asked21-questions.tsv")
}

// TestAsked21Conversations runs testdata/asked21-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked21Conversations(t *testing.T) {
	runConversationsAt(t, asked21Bot(t), "testdata/asked21-conversations.tsv", time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
}
