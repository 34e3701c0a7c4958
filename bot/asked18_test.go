package bot

import (
	"testing"
	"time"
)

// asked18Bot is a Bot over testdata/asked18, the corpus of Vietnamese,
// First Committee, Papua New Guinean, Danish, Caribbean, joint healthcare,
// IGAD, Malaysian, Equatorial Guinean, Iberian, Cuban, Cameroonian, ECCAS
// and Moroccan pages the eighteenth set of questions is asked on.
func asked18Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked18") }

// TestAsked18Questions runs testdata/asked18-questions.tsv, English,
// Spanish and French questions typed as in Slack and Matrix, with the
// "open: why" mark of TestAsked8Questions.
func TestAsked18Questions(t *testing.T) {
	runOpenQuestions(t, asked18Bot(t), "testdata/asked18-questions.tsv")
}

// TestAsked18Conversations runs testdata/asked18-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked18Conversations(t *testing.T) {
	runConversationsAt(t, asked18Bot(t), "testdata/asked18-conversations.tsv", time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC))
}
