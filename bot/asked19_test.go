package bot

import (
	"testing"
	"time"
)

// asked19Bot is a Bot over testdata/asked19, the corpus of Uzbek, Central
// Asian, Azerbaijani, Pacific Islands Forum, Tuvaluan, Qatari, Omani,
// Baltic, Botswanan, SADC, Bolivian, Peruvian, Lebanese and Moldovan pages
// the nineteenth set of questions is asked on.
func asked19Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked19") }

// TestAsked19Questions runs testdata/asked19-questions.tsv, English,
// Spanish and French questions typed as in Slack and Matrix, with the
// "open: why" mark of TestAsked8Questions.
func TestAsked19Questions(t *testing.T) {
	runOpenQuestions(t, asked19Bot(t), "testdata/asked19-questions.tsv")
}

// TestAsked19Conversations runs testdata/asked19-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked19Conversations(t *testing.T) {
	runConversationsAt(t, asked19Bot(t), "testdata/asked19-conversations.tsv", time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC))
}
