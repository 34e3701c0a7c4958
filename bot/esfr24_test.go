package bot

import (
	"testing"
	"time"
)

// esfr24Bot is a Bot over testdata/esfr24, the corpus of Panamanian,
// Argentine, Venezuelan, Equatorial Guinean-Cameroonian and Andorran pages
// in Spanish, Haitian, Lebanese, ECOWAS (Togo, Guinea-Bissau, Benin, Cabo
// Verde, Ghana, Nigeria), Central African and Swiss-Monegasque pages in
// French and a Cambodian page in English the twenty-fourth set of
// questions is asked on.
func esfr24Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/esfr24") }

// TestESFR24Questions runs testdata/esfr24-questions.tsv, Spanish and
// French questions (and some English ones) typed as in Slack and Matrix,
// with the "open: why" mark of TestAsked8Questions.
func TestESFR24Questions(t *testing.T) {
	runOpenQuestions(t, esfr24Bot(t), "testdata/esfr24-questions.tsv")
}

// TestESFR24Conversations runs testdata/esfr24-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestESFR24Conversations(t *testing.T) {
	runConversationsAt(t, esfr24Bot(t), "testdata/esfr24-conversations.tsv", time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
}
