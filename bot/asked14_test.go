package bot

import (
	"testing"
	"time"
)

// asked14Bot is a Bot over testdata/asked12, the corpus of Central
// American, Caribbean, West and Central African, Pacific and Central
// Asian pages the fourteenth set of questions is asked on.
func asked14Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked12") }

// TestAsked14Questions runs testdata/asked14-questions.tsv, English,
// Spanish and French questions typed as in Slack and Matrix (mentions,
// emoji, typos, abbreviations, context around the question, two questions
// in one message), with the "open: why" mark of TestAsked8Questions.
func TestAsked14Questions(t *testing.T) {
	runOpenQuestions(t, asked14Bot(t), "testdata/asked14-questions.tsv")
}

// TestAsked14Conversations runs testdata/asked14-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked14Conversations(t *testing.T) {
	runConversationsAt(t, asked14Bot(t), "testdata/asked14-conversations.tsv", time.Date(2026, 7, 1, 10, 0, 0, 0, time.UTC))
}
