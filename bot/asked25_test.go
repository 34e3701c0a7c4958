package bot

import (
	"testing"
	"time"
)

// asked25Bot is a Bot over testdata/asked25, the corpus of Maltese (a
// Libyan official quoted), Horn of Africa (a wire story on Somalia, South
// Sudan and Eritrea), Swedish, Slovenian, South-East Asian (a think tank's
// brief on Brunei, Laos and Timor-Leste), Georgian and Saudi, Kittitian,
// Bhutanese, Equatorial Guinean (Cabo Verde's minister quoted), Central
// American (Panama, Cuba, Belize), Seychellois and Beninese pages the
// twenty-fifth set of questions is asked on.
func asked25Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked25") }

// TestAsked25Questions runs testdata/asked25-questions.tsv, English,
// Spanish and French questions typed as in Slack and Matrix, with the
// "open: why" mark of TestAsked8Questions.
func TestAsked25Questions(t *testing.T) {
	runOpenQuestions(t, asked25Bot(t), "testdata/asked25-questions.tsv")
}

// TestAsked25Conversations runs testdata/asked25-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked25Conversations(t *testing.T) {
	runConversationsAt(t, asked25Bot(t), "testdata/asked25-conversations.tsv", time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
}
