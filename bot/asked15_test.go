package bot

import (
	"testing"
	"time"
)

// asked15Bot is a Bot over testdata/asked15, the corpus of Bhutanese,
// Armenian, Pacific, Croatian-Cypriot-Maltese, Iraqi, Caribbean, Central
// American, Equatoguinean, Panamanian, Beninese, Mauritanian, West African
// and Djiboutian pages the fifteenth set of questions is asked on.
func asked15Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked15") }

// TestAsked15Questions runs testdata/asked15-questions.tsv, English,
// Spanish and French questions typed as in Slack and Matrix, with the
// "open: why" mark of TestAsked8Questions.
func TestAsked15Questions(t *testing.T) {
	runOpenQuestions(t, asked15Bot(t), "testdata/asked15-questions.tsv")
}

// TestAsked15Conversations runs testdata/asked15-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked15Conversations(t *testing.T) {
	runConversationsAt(t, asked15Bot(t), "testdata/asked15-conversations.tsv", time.Date(2026, 7, 1, 10, 0, 0, 0, time.UTC))
}
