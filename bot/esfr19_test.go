package bot

import (
	"testing"
	"time"
)

// esfr19Bot is a Bot over testdata/esfr19, the corpus of Salvadoran,
// Peruvian-Bolivian and Cuban pages in Spanish, Haitian,
// Tunisian-Algerian, Mauritanian and Francophonie (Lebanon, Central
// African Republic, Madagascar) pages in French and Belgian, Luxembourg
// and Chadian-Nigerien pages in English the nineteenth set of questions is
// asked on.
func esfr19Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/esfr19") }

// TestESFR19Questions runs testdata/esfr19-questions.tsv, Spanish and
// French questions (and some mixed with English) typed as in Slack and
// Matrix, with the "open: why" mark of TestAsked8Questions.
func TestESFR19Questions(t *testing.T) {
	runOpenQuestions(t, esfr19Bot(t), "testdata/esfr19-questions.tsv")
}

// TestESFR19Conversations runs testdata/esfr19-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestESFR19Conversations(t *testing.T) {
	runConversationsAt(t, esfr19Bot(t), "testdata/esfr19-conversations.tsv", time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC))
}
