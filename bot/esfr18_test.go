package bot

import (
	"testing"
	"time"
)

// esfr18Bot is a Bot over testdata/esfr18, the corpus of Mexican,
// Panamanian-Dominican and Equatorial Guinean pages in Spanish, Moroccan,
// Cameroonian-Beninese and Burundian-Comorian-Swiss pages in French and
// Austrian, Malaysian-Vietnamese, Barbadian-Grenadian, Ethiopian and Greek
// pages in English the eighteenth set of questions is asked on.
func esfr18Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/esfr18") }

// TestESFR18Questions runs testdata/esfr18-questions.tsv, Spanish and
// French questions (and some mixed with English) typed as in Slack and
// Matrix, with the "open: why" mark of TestAsked8Questions.
func TestESFR18Questions(t *testing.T) {
	runOpenQuestions(t, esfr18Bot(t), "testdata/esfr18-questions.tsv")
}

// TestESFR18Conversations runs testdata/esfr18-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestESFR18Conversations(t *testing.T) {
	runConversationsAt(t, esfr18Bot(t), "testdata/esfr18-conversations.tsv", time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC))
}
