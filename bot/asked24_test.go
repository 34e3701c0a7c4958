package bot

import (
	"testing"
	"time"
)

// asked24Bot is a Bot over testdata/asked24, the corpus of Azerbaijani (a
// visiting Slovak minister quoted), Kiribati, West African (a wire story on
// Sierra Leone, Liberia and Guinea-Bissau), Danish, Irish, Gulf (a think
// tank's brief on Iraq, Kuwait and Yemen), Maldivian, Lesotho, Argentine and
// Armenian, Salvadoran, Congolese and Belgian pages the twenty-fourth set of
// questions is asked on.
func asked24Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked24") }

// TestAsked24Questions runs testdata/asked24-questions.tsv, English,
// Spanish and French questions typed as in Slack and Matrix, with the
// "open: why" mark of TestAsked8Questions.
func TestAsked24Questions(t *testing.T) {
	runOpenQuestions(t, asked24Bot(t), "testdata/asked24-questions.tsv")
}

// TestAsked24Conversations runs testdata/asked24-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked24Conversations(t *testing.T) {
	runConversationsAt(t, asked24Bot(t), "testdata/asked24-conversations.tsv", time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
}
