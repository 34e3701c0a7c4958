package bot

import (
	"testing"
	"time"
)

// esfr21Bot is a Bot over testdata/esfr21, the corpus of Chilean,
// Mexican, Spanish, Colombian-Bolivian and UN First Committee (El Salvador,
// Cuba, Venezuela) pages in Spanish, Canadian, Egyptian, Burkinabè,
// Malagasy-Mauritian and ECCAS (Central African Republic, Chad) pages in
// French and a Vanuatu page in English the twenty-first set of questions
// is asked on.
func esfr21Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/esfr21") }

// TestESFR21Questions runs testdata/esfr21-questions.tsv, Spanish and
// French questions (and some mixed with English) typed as in Slack and
// Matrix, with the "open: why" mark of TestAsked8Questions.
func TestESFR21Questions(t *testing.T) {
	runOpenQuestions(t, esfr21Bot(t), "testdata/esfr21-questions.tsv")
}

// TestESFR21Conversations runs testdata/esfr21-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestESFR21Conversations(t *testing.T) {
	runConversationsAt(t, esfr21Bot(t), "testdata/esfr21-conversations.tsv", time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
}
