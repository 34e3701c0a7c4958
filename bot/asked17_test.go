package bot

import (
	"testing"
	"time"
)

// asked17Bot is a Bot over testdata/asked17, the corpus of Lao, Gulf,
// Bulgarian, Namibian-Zimbabwean, Seychellois, Venezuelan,
// Angolan-Mozambican, MERCOSUR, Ecuadorian, Tunisian, Algerian and
// Francophonie pages the seventeenth set of questions is asked on.
func asked17Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked17") }

// TestAsked17Questions runs testdata/asked17-questions.tsv, English,
// Spanish and French questions typed as in Slack and Matrix, with the
// "open: why" mark of TestAsked8Questions.
func TestAsked17Questions(t *testing.T) {
	runOpenQuestions(t, asked17Bot(t), "testdata/asked17-questions.tsv")
}

// TestAsked17Conversations runs testdata/asked17-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked17Conversations(t *testing.T) {
	runConversationsAt(t, asked17Bot(t), "testdata/asked17-conversations.tsv", time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC))
}
