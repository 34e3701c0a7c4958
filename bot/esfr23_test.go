package bot

import (
	"testing"
	"time"
)

// esfr23Bot is a Bot over testdata/esfr23, the corpus of Cuban, Salvadoran,
// Spanish, Bolivian-Peruvian and CELAC (Colombia, Mexico, Chile, the
// Dominican Republic) pages in Spanish, Belgian, Indian Ocean Commission
// (Madagascar, the Comoros, the Seychelles, France), ECCAS (Gabon, Cameroon,
// Chad, the Congo), Mauritanian-Algerian and Canadian pages in French and a
// Mauritian page in English the twenty-third set of questions is asked on.
func esfr23Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/esfr23") }

// TestESFR23Questions runs testdata/esfr23-questions.tsv, Spanish and
// French questions (and some English ones) typed as in Slack and Matrix,
// with the "open: why" mark of TestAsked8Questions.
func TestESFR23Questions(t *testing.T) {
	runOpenQuestions(t, esfr23Bot(t), "testdata/esfr23-questions.tsv")
}

// TestESFR23Conversations runs testdata/esfr23-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestESFR23Conversations(t *testing.T) {
	runConversationsAt(t, esfr23Bot(t), "testdata/esfr23-conversations.tsv", time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
}
