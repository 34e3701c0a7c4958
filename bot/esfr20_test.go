package bot

import (
	"testing"
	"time"
)

// esfr20Bot is a Bot over testdata/esfr20, the corpus of Uruguayan,
// Honduran-Nicaraguan, Paraguayan and OAS workshop (Costa Rica, Guatemala)
// pages in Spanish, Swiss, Cameroonian, Guinean-Gabonese, Djiboutian and
// UNODC workshop (the Comoros, Burundi) pages in French and Rwandan and
// Cabo Verdean-Bissau-Guinean pages in English the twentieth set of
// questions is asked on.
func esfr20Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/esfr20") }

// TestESFR20Questions runs testdata/esfr20-questions.tsv, Spanish and
// French questions (and some mixed with English) typed as in Slack and
// Matrix, with the "open: why" mark of TestAsked8Questions.
func TestESFR20Questions(t *testing.T) {
	runOpenQuestions(t, esfr20Bot(t), "testdata/esfr20-questions.tsv")
}

// TestESFR20Conversations runs testdata/esfr20-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestESFR20Conversations(t *testing.T) {
	runConversationsAt(t, esfr20Bot(t), "testdata/esfr20-conversations.tsv", time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC))
}
