package bot

import (
	"testing"
	"time"
)

// asked16Bot is a Bot over testdata/pages10, the corpus of twenty pages of
// unusual shapes (a wire story, blogs, a Hansard, a podcast, a translated
// statement, a joint statement, a tracker table, digests and readouts) the
// sixteenth set of questions is asked on.
func asked16Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/pages10") }

// TestAsked16Questions runs testdata/asked16-questions.tsv: English,
// Spanish and French questions on named instruments and processes, dates,
// counts, negatives, sources, comparisons of three or more, regions, long
// messages and countries the corpus does not hold, with the "open: why"
// mark of TestAsked8Questions.
func TestAsked16Questions(t *testing.T) {
	runOpenQuestions(t, asked16Bot(t), "testdata/asked16-questions.tsv")
}

// TestAsked16Conversations runs testdata/asked16-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked16Conversations(t *testing.T) {
	runConversationsAt(t, asked16Bot(t), "testdata/asked16-conversations.tsv", time.Date(2026, 7, 1, 10, 0, 0, 0, time.UTC))
}
