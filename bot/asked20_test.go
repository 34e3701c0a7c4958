package bot

import (
	"testing"
	"time"
)

// asked20Bot is a Bot over testdata/asked20, the corpus of Mongolian,
// Fijian, Marshallese, Kuwaiti, Jordanian, Finnish, Lesotho, EAC, Timorese,
// Uruguayan, Colombian, Chadian and Guinean pages the twentieth set of
// questions is asked on.
func asked20Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked20") }

// TestAsked20Questions runs testdata/asked20-questions.tsv, English,
// Spanish and French questions typed as in Slack and Matrix, with the
// "open: why" mark of TestAsked8Questions.
func TestAsked20Questions(t *testing.T) {
	runOpenQuestions(t, asked20Bot(t), "testdata/asked20-questions.tsv")
}

// TestAsked20Conversations runs testdata/asked20-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked20Conversations(t *testing.T) {
	runConversationsAt(t, asked20Bot(t), "testdata/asked20-conversations.tsv", time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC))
}
