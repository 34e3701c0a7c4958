package bot

import (
	"testing"
	"time"
)

// asked23Bot is a Bot over testdata/asked23, the corpus of Barbadian,
// Turkmen, Bosnian, Papua New Guinean, Botswanan, Ethiopian, Central Asian
// (a think tank's commentary), Mauritian, Trinidadian, Dominican and
// Cameroonian pages the twenty-third set of questions is asked on.
func asked23Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked23") }

// TestAsked23Questions runs testdata/asked23-questions.tsv, English,
// Spanish and French questions typed as in Slack and Matrix, with the
// "open: why" mark of TestAsked8Questions.
func TestAsked23Questions(t *testing.T) {
	runOpenQuestions(t, asked23Bot(t), "testdata/asked23-questions.tsv")
}

// TestAsked23Conversations runs testdata/asked23-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked23Conversations(t *testing.T) {
	runConversationsAt(t, asked23Bot(t), "testdata/asked23-conversations.tsv", time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
}
