package bot

import (
	"testing"
	"time"
)

// TestGroups22Questions runs testdata/groups22-questions.tsv, questions
// asking groups of countries (the Nordics, the Baltic states, ASEAN, the
// African Union, CARICOM, the Pacific Islands Forum), regions, counts,
// rankings and compares of three or more countries, on every test corpus
// loaded as one (oneCorpus): ranking and reading mistakes a ten-page
// corpus hides show in a corpus of many countries. A 7th column "open:
// why" marks a known miss, as in TestAsked8Questions.
func TestGroups22Questions(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every test corpus")
	}
	runOpenQuestions(t, dirBot(t, oneCorpus(t)), "testdata/groups22-questions.tsv")
}

// TestGroups22Conversations runs testdata/groups22-conversations.tsv
// through the follow-up middleware on every test corpus as one, one
// conversation per block.
func TestGroups22Conversations(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every test corpus")
	}
	runConversationsAt(t, dirBot(t, oneCorpus(t)), "testdata/groups22-conversations.tsv", time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
}
